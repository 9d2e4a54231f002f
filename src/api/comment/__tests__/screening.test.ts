import { containsMarkup, countLinks, fold, lacksDiacritics, matchWords, screen } from '../screening';

const lists = { bannedWords: ['đm', 'địt mẹ'], suspectWords: ['đồ ngu', 'cá độ'] };

describe('comment screening', () => {
  it('folds diacritics, đ, case and punctuation to one form', () => {
    expect(fold('Đ.M, Thủ tục!')).toBe('d m thu tuc');
    expect(fold('ĐỒ NGU')).toBe(fold('do ngu'));
  });

  it.each(['đm', 'ĐM', 'dm', 'đ.m', 'Đ M', 'd-m', 'bài này đ m quá', 'ditme', 'Địt  mẹ', 'd.i.t m.e'])('finds the banned word in "%s"', (text) => {
    expect(matchWords(text, lists.bannedWords).length).toBeGreaterThan(0);
  });

  it.each(['Đề nghị làm rõ thủ tục', 'đi mua hàng', 'cảm động mình', 'dmz', 'điểm A và B'])('finds no banned word in "%s"', (text) => {
    expect(matchWords(text, lists.bannedWords)).toEqual([]);
  });

  it('marks banned words spam and flags suspect words and bare Vietnamese, never dropping them', () => {
    expect(screen('Đ.M cán bộ', lists)).toEqual({ status: 'spam', flags: ['banned words: đm'] });
    expect(screen('Đồ ngu', lists)).toEqual({ status: 'pending', flags: ['suspect words: đồ ngu'] });
    expect(screen('do ngu', lists).flags).toContain('suspect words: đồ ngu');
    expect(screen('Tai sao thu tuc nay lau vay', lists)).toEqual({ status: 'pending', flags: ['typed without diacritics'] });
    expect(screen('Thủ tục này nhanh quá', lists)).toEqual({ status: 'pending', flags: [] });
    expect(screen('Tai sao thu tuc nay lau vay', lists, 'Trần Bình').flags).toEqual(['typed without diacritics']);
    expect(screen('Thủ tục này nhanh quá', lists, 'Nguyen Van A').flags).toEqual([]);
    expect(screen('Thủ tục này nhanh quá', lists, 'Đ.M').status).toBe('spam');
  });

  it('tells bare Vietnamese from English and from text with diacritics', () => {
    expect(lacksDiacritics('Toi khong biet nop ho so o dau')).toBe(true);
    expect(lacksDiacritics('Tôi không biết nộp hồ sơ ở đâu')).toBe(false);
    expect(lacksDiacritics('This procedure is very clear')).toBe(false);
  });

  it('counts links and recognises markup', () => {
    expect(countLinks('xem https://a.vn và www.b.vn, http://c.vn')).toBe(3);
    expect(countLinks('không có liên kết')).toBe(0);
    expect(containsMarkup('<b>đậm</b>')).toBe(true);
    expect(containsMarkup('a &lt; b')).toBe(true);
    expect(containsMarkup('a < b và c > d')).toBe(false);
  });
});
