import { requiredEnv, requiredEnvList } from '../required-env';

describe('requiredEnv', () => {
  const NAME = 'CCHC_TEST_REQUIRED_SECRET';
  afterEach(() => delete process.env[NAME]);

  it('throws naming the variable when it is missing or empty', () => {
    expect(() => requiredEnv(NAME)).toThrow(`Missing required environment variable ${NAME}`);
    process.env[NAME] = '';
    expect(() => requiredEnv(NAME)).toThrow(NAME);
  });

  it('returns the value, and splits lists on commas', () => {
    process.env[NAME] = 'a, b,,c';
    expect(requiredEnv(NAME)).toBe('a, b,,c');
    expect(requiredEnvList(NAME)).toEqual(['a', 'b', 'c']);
  });
});
