import { checkFilterValues, operandProblem, type FilterModel } from '../filter-values';

const models: Record<string, FilterModel> = {
  article: {
    uid: 'article',
    attributes: {
      title: { type: 'string' },
      body: { type: 'blocks' },
      meta: { type: 'json' },
      year: { type: 'integer' },
      views: { type: 'biginteger' },
      score: { type: 'decimal' },
      day: { type: 'date' },
      at: { type: 'datetime' },
      opensAt: { type: 'time' },
      open: { type: 'boolean' },
      kind: { type: 'enumeration', enum: ['plan', 'decision'] },
      category: { type: 'relation', relation: 'manyToOne', target: 'category' },
      tags: { type: 'component', component: 'tag' },
      cover: { type: 'media' },
    },
  },
  category: { uid: 'category', attributes: { name: { type: 'string' } } },
  tag: { uid: 'tag', attributes: { label: { type: 'string' } } },
  'plugin::upload.file': { uid: 'plugin::upload.file', attributes: { name: { type: 'string' }, size: { type: 'decimal' } } },
};
const problemOf = (filters: Record<string, unknown>) => {
  try {
    checkFilterValues(filters, models.article, (uid) => models[uid]);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('checkFilterValues', () => {
  it.each([
    { title: 'x' },
    { title: { $containsi: 'x', $notNull: 'true' } },
    { id: { $in: ['1', 2] }, documentId: 'abc' },
    { year: { $between: ['2020', '2025'] }, views: '9223372036854775807', score: '1.5e3' },
    { day: { $gte: '2024-02-29' }, at: { $lt: '2024-01-01T10:00:00.000Z' }, opensAt: '08:30' },
    { open: 'false', kind: { $in: ['plan', 'decision'] }, meta: { $null: true } },
    { kind: { $containsi: 'pla' } },
    { category: { name: { $eq: 'x' } }, tags: { label: 'cchc' }, cover: { name: { $startsWith: 'a' } } },
    { category: { $null: 'true' }, tags: { $notNull: true } },
    { $or: [{ title: 'a' }, { $not: { year: 3 } }], title: { $not: { $eq: 'x' } } },
    { unknownKey: { $foo: 'left to Strapi' } },
  ])('accepts %j', (filters) => {
    expect(problemOf(filters)).toBeUndefined();
  });

  it.each([
    [{ id: { $eq: 'abc' } }, /^filters\.id\.\$eq: must be a whole number/],
    [{ category: { id: { $eq: 'abc' } } }, /^filters\.category\.id\.\$eq/],
    [{ category: 'abc' }, /^filters\.category: must be a whole number/],
    [{ year: { $gt: '99999999999999999999' } }, /^filters\.year\.\$gt/],
    [{ year: '2147483648' }, /^filters\.year: must be a whole number/],
    [{ views: '99999999999999999999' }, /^filters\.views: must be a whole number within 64 bits/],
    [{ score: 'NaN' }, /^filters\.score: must be a number/],
    [{ day: '2024-02-30' }, /^filters\.day: must be a date/],
    [{ at: 'yesterday' }, /^filters\.at: must be an ISO 8601/],
    [{ opensAt: '25:00' }, /^filters\.opensAt: must be a time/],
    [{ open: 'maybe' }, /^filters\.open: must be true or false/],
    [{ kind: 'poem' }, /^filters\.kind: must be one of plan, decision/],
    [{ title: { $between: 'a' } }, /^filters\.title\.\$between: needs exactly two values/],
    [{ title: { $eq: ['a', 'b'] } }, /^filters\.title\.\$eq: must be a single value/],
    [{ title: { $foo: 'x' } }, /^filters\.title\.\$foo: is not supported on string fields/],
    [{ title: { nested: 'x' } }, /^filters\.title\.nested/],
    [{ body: { $contains: 'x' } }, /^filters\.body\.\$contains: is not supported on blocks fields/],
    [{ meta: 'x' }, /^filters\.meta: json fields can only be filtered with \$null or \$notNull/],
    [{ year: { $contains: '20' } }, /^filters\.year\.\$contains: is not supported on integer fields/],
    [{ tags: { $eq: 'x' } }, /^filters\.tags\.\$eq: components are filtered by their fields/],
    [{ tags: 'x' }, /^filters\.tags: components are filtered by their fields/],
    [{ $eq: 'x' }, /^filters\.\$eq: an operator must follow a field name/],
    [{ $or: [{ year: 'x' }] }, /^filters\.\$or\.0\.year/],
    [{ $not: 'x' }, /^filters\.\$not: must be an object/],
    [{ title: { $null: 'maybe' } }, /^filters\.title\.\$null: must be true or false/],
  ])('refuses %j', (filters, message) => {
    expect(problemOf(filters)).toMatch(message);
  });

  it('reads numbers and booleans the way GraphQL passes them', () => {
    expect(operandProblem(12, { type: 'integer' })).toBeUndefined();
    expect(operandProblem(1.5, { type: 'integer' })).toMatch(/whole number/);
    expect(operandProblem(true, { type: 'boolean' })).toBeUndefined();
  });
});
