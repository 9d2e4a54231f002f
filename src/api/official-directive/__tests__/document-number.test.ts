import { documentTypeOf, normalizeDocumentNumber, parseDocumentNumber } from '../document-number';

describe('parseDocumentNumber', () => {
  it.each([
    ['76/NQ-CP', { sequence: 76, year: null, typeCode: 'NQ', issuerCode: 'CP', unitCode: null }, 'resolution'],
    ['61/2018/NĐ-CP', { sequence: 61, year: 2018, typeCode: 'NĐ', issuerCode: 'CP', unitCode: null }, 'decree'],
    ['23/CT-TTg', { sequence: 23, year: null, typeCode: 'CT', issuerCode: 'TTg', unitCode: null }, 'directive'],
    ['1886/UBND-NC', { sequence: 1886, year: null, typeCode: null, issuerCode: 'UBND', unitCode: 'NC' }, 'official_letter'],
    ['80/2015/QH13', { sequence: 80, year: 2015, typeCode: null, issuerCode: 'QH13', unitCode: null }, 'law'],
    ['02/2023/TTLT-BTC-BNV', { sequence: 2, year: 2023, typeCode: 'TTLT', issuerCode: 'BTC-BNV', unitCode: null }, 'circular'],
    ['125/KH-UBND', { sequence: 125, year: null, typeCode: 'KH', issuerCode: 'UBND', unitCode: null }, 'plan'],
  ])('reads %s', (raw, expected, documentType) => {
    const parsed = parseDocumentNumber(raw);
    expect(parsed).toEqual(expected);
    expect(documentTypeOf(parsed!)).toBe(documentType);
  });

  it('accepts blanks pasted around separators', () => {
    expect(normalizeDocumentNumber(' 76 / NQ - CP ')).toBe('76/NQ-CP');
    expect(parseDocumentNumber('76 / NQ-CP')?.issuerCode).toBe('CP');
  });

  it.each(['', 'NQ-CP', '76/', '76/NQ CP', 'abc/NQ-CP', '76/18/NĐ-CP', '76/NQ-CP/', '76//NQ-CP'])('rejects %p', (raw) => {
    expect(parseDocumentNumber(raw)).toBeNull();
  });
});
