import { deriveTokenKey, signAttempt, verifyAttempt, type AttemptClaims } from '../attempt-token';
import { csvCell, csvLine } from '../csv';
import { maskName } from '../masked-name';
import { scoreAnswers, shuffled, type StoredRound } from '../round';

const claims: AttemptClaims = { contest: 'c1', round: 'r1', locale: 'vi', startedAt: 1000, expiresAt: 5000, nonce: 'n1' };

describe('attempt token', () => {
  const key = deriveTokenKey('secret');

  it('verifies what it signed until it expires', () => {
    const token = signAttempt(key, claims);
    expect(verifyAttempt(key, token, 4999)).toEqual(claims);
    expect(verifyAttempt(key, token, 5000)).toBe('expired');
  });

  it('refuses altered, foreign and malformed tokens', () => {
    const [, signature] = signAttempt(key, claims).split('.');
    const altered = `${Buffer.from(JSON.stringify({ ...claims, startedAt: 4000 })).toString('base64url')}.${signature}`;
    expect(verifyAttempt(key, altered, 2000)).toBe('forged');
    expect(verifyAttempt(deriveTokenKey('other'), signAttempt(key, claims), 2000)).toBe('forged');
    expect(verifyAttempt(key, 'no-dot', 2000)).toBe('malformed');
    const notClaims = Buffer.from('{"contest":1}').toString('base64url');
    expect(verifyAttempt(key, `${notClaims}.${signAttempt(key, claims).split('.')[1]}`, 2000)).toBe('forged');
  });
});

describe('maskName', () => {
  it.each([
    ['Nguyễn Văn An', 'Nguyễn V. A.'],
    ['  Lò   thị  mai ', 'Lò T. M.'],
    ['Đặng Ánh Dương', 'Đặng Á. D.'],
    ['An', 'An'],
    ['', ''],
  ])('masks %j as %j', (input, masked) => expect(maskName(input)).toBe(masked));

  it('reads combining marks as one letter', () => expect(maskName('Tran E\u0301m')).toBe('Tran É.'));
});

describe('csv', () => {
  it('quotes separators and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-3)).toBe('-3');
    expect(csvLine(['Nguyễn', null, 10])).toBe('Nguyễn,,10\r\n');
  });
});

describe('scoreAnswers', () => {
  const round: StoredRound = {
    name: 'V1',
    questions: [
      { key: 'a', prompt: 'A?', choices: [{ label: '1' }, { label: '2' }], correctChoice: 1, points: 5 },
      { key: 'b', prompt: 'B?', choices: [{ label: '1' }, { label: '2' }], correctChoice: 0, points: 3 },
    ],
  };

  it('adds the points of the correct answers in any order', () => {
    expect(scoreAnswers(round, [{ question: 'b', choice: 0 }, { question: 'a', choice: 1 }])).toBe(8);
    expect(scoreAnswers(round, [{ question: 'a', choice: 0 }, { question: 'b', choice: 0 }])).toBe(3);
  });

  it.each([
    [[{ question: 'a', choice: 1 }], 'answers'],
    [[{ question: 'a', choice: 2 }, { question: 'b', choice: 0 }], 'answers.0.choice'],
    [[{ question: 'a', choice: 1 }, { question: 'a', choice: 1 }], 'answers.1.question'],
    [[{ question: 'x', choice: 1 }, { question: 'b', choice: 0 }], 'answers.0.question'],
  ])('names the field of %j', (answers, field) => {
    expect(() => scoreAnswers(round, answers)).toThrow(`${field}:`);
  });
});

describe('shuffled', () => {
  it('keeps every item and leaves the input alone', () => {
    const items = ['a', 'b', 'c', 'd'];
    expect(shuffled(items, () => 0)).toEqual(['b', 'c', 'd', 'a']);
    expect(items).toEqual(['a', 'b', 'c', 'd']);
  });
});
