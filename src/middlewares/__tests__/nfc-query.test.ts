import qs from 'qs';
import { nfcQueryString } from '../nfc-query';

const NFD = 'Cao Bằng'.normalize('NFD');

describe('nfcQueryString', () => {
  it('composes a decomposed value whose marks are encoded apart from their letter', () => {
    const composed = nfcQueryString(`filters[province][$eq]=${encodeURIComponent(NFD)}&sort=title`);
    expect(qs.parse(composed)).toEqual({ filters: { province: { $eq: 'Cao Bằng' } }, sort: 'title' });
  });

  it('keeps "+" a space and an encoded "+" a plus', () => {
    const composed = nfcQueryString(`q=${encodeURIComponent(NFD)}+x%2By`);
    expect(qs.parse(composed)).toEqual({ q: 'Cao Bằng x+y' });
  });

  it('leaves composed and undecodable query strings as sent', () => {
    expect(nfcQueryString('filters[title][$eq]=Cao%20B%E1%BA%B1ng')).toBe('filters[title][$eq]=Cao%20B%E1%BA%B1ng');
    expect(nfcQueryString('a=%E0%A4%A&b=1')).toBe('a=%E0%A4%A&b=1');
  });
});
