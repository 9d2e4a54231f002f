/**
 * Text checks of a reader's comment that need no database: word lists, links, markup and Vietnamese
 * typed without diacritics. Pure functions, so they are unit-tested beside this file.
 */

/** Lower case, no diacritics (đ → d), every run of non-letters/digits a single space. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The folded words of a text, plus every run of two or more one-letter words joined up: readers
 * dodge lists with "đ.m", "Đ M" or "d-m", which all become "dm".
 */
function wordForms(text: string): { words: string[]; joined: Set<string> } {
  const words = fold(text).split(' ').filter(Boolean);
  const joined = new Set(words);
  let run: string[] = [];
  for (const word of [...words, '']) {
    if (word.length === 1) {
      run.push(word);
      continue;
    }
    if (run.length > 1) joined.add(run.join(''));
    run = [];
  }
  return { words, joined };
}

const containsSequence = (words: string[], phrase: string[]) =>
  words.some((_, start) => phrase.every((word, offset) => words[start + offset] === word));

/** The list entries the text contains, each compared in folded form, spaced or run together. */
export function matchWords(text: string, list: string[]): string[] {
  const { words, joined } = wordForms(text);
  return list.filter((entry) => {
    const phrase = fold(entry).split(' ').filter(Boolean);
    return phrase.length > 0 && (containsSequence(words, phrase) || joined.has(phrase.join('')));
  });
}

const LINK = /\b(?:https?:\/\/|www\.)\S+/gi;

export const countLinks = (text: string) => text.match(LINK)?.length ?? 0;

const MARKUP = /<\/?[a-z!][^<>]*>|&(?:[a-z]+|#\d+|#x[\da-f]+);/i;

/** HTML tags or entities: comments are plain text and are never stored as HTML. */
export const containsMarkup = (text: string) => MARKUP.test(text);

/** Everyday Vietnamese syllables as typed without diacritics ("khong" for "không"). */
const BARE_VIETNAMESE = new Set(
  (
    'khong duoc cua nguoi nay cho voi nhung nhieu trong thi tai sao lam viec chung toi ban minh dang ' +
    'rat biet can phai nhu the nao dung roi neu hay cung chua da se bao gio thu tuc giay to nop ho so ' +
    'xa phuong tinh huyen dan can bo tien luon vay moi nhat'
  ).split(' ')
);

/**
 * Vietnamese written without diacritics: ambiguous (ma/má/mà/mã) and a common way around word
 * lists, so a moderator should read it; it is flagged, never dropped.
 */
export function lacksDiacritics(text: string): boolean {
  if (/[^\u0000-\u007f]/.test(text)) return false;
  const words = fold(text).split(' ').filter(Boolean);
  const vietnamese = words.filter((word) => BARE_VIETNAMESE.has(word)).length;
  return words.length >= 3 && vietnamese >= 2 && vietnamese / words.length >= 0.25;
}

export type Verdict = { status: 'pending' | 'spam'; flags: string[] };

export interface ScreeningLists {
  bannedWords: string[];
  suspectWords: string[];
}

/**
 * What happens to an otherwise valid comment; `flags` are for the moderator's eyes only. The word
 * lists apply to the author's name too; a name is often written without diacritics, the content not.
 */
export function screen(content: string, lists: ScreeningLists, authorName = ''): Verdict {
  const text = `${authorName}\n${content}`;
  const banned = matchWords(text, lists.bannedWords);
  if (banned.length > 0) return { status: 'spam', flags: [`banned words: ${banned.join(', ')}`] };
  const suspect = matchWords(text, lists.suspectWords);
  const flags = [
    ...(suspect.length > 0 ? [`suspect words: ${suspect.join(', ')}`] : []),
    ...(lacksDiacritics(content) ? ['typed without diacritics'] : []),
  ];
  return { status: 'pending', flags };
}
