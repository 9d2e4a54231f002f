import { toNfc } from '../nfc';

const NFD = 'Cao Bằng'.normalize('NFD');

describe('toNfc', () => {
  it('composes strings anywhere in objects, arrays and JSON keys', () => {
    const value = { title: NFD, tags: [{ label: NFD }], json: { [NFD]: [NFD, 1, null, true] } };
    expect(toNfc(value)).toEqual({ title: 'Cao Bằng', tags: [{ label: 'Cao Bằng' }], json: { 'Cao Bằng': ['Cao Bằng', 1, null, true] } });
  });

  it('leaves dates and other values alone', () => {
    const date = new Date('2024-01-01');
    expect(toNfc({ date, count: 3 })).toEqual({ date, count: 3 });
  });
});
