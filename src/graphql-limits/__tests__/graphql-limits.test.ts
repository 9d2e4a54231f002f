import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { aliasLimit } from '../alias-limit';
import { hasFragmentCycle } from '../fragment-cycles';
import { hideInternalDetails } from '../internal-errors';
import { operationCost, pageSizeOf } from '../query-cost';

const schema = buildSchema(`
  input PaginationArg { page: Int, pageSize: Int, start: Int, limit: Int }
  type Article { title: String, agency: Agency, directives(pagination: PaginationArg): [Directive], tags(pagination: PaginationArg): [ComponentSharedTag] }
  type ComponentSharedTag { label: String, agency: Agency }
  type Directive { title: String, articles(pagination: PaginationArg): [Article] }
  type Agency { name: String }
  type Query { articles(pagination: PaginationArg): [Article], article(id: ID!): Article }
`);
const sizes = { defaultLimit: 25, maxLimit: 100 };
const cost = (query: string, variables?: Record<string, unknown>) => operationCost(schema, parse(query), variables, undefined, sizes);

describe('pageSizeOf', () => {
  it('takes pageSize or limit, the default when absent and at most the maximum', () => {
    expect(pageSizeOf(undefined, sizes)).toBe(25);
    expect(pageSizeOf({ pageSize: 10 }, sizes)).toBe(10);
    expect(pageSizeOf({ limit: 500 }, sizes)).toBe(100);
    expect(pageSizeOf({ limit: -1 }, sizes)).toBe(100);
  });
});

describe('operationCost', () => {
  it('counts the objects a query may return, nested lists multiplying', () => {
    expect(cost('{ article(id: 1) { title agency { name } } }')).toBe(2);
    expect(cost('{ articles { title } }')).toBe(26);
    expect(cost('{ articles(pagination: { pageSize: 10 }) { directives(pagination: { limit: 4 }) { title } } }')).toBe(1 + 10 * (1 + 4));
  });

  it('counts a repeatable component as one object', () => {
    expect(cost('{ articles(pagination: { pageSize: 10 }) { tags(pagination: { pageSize: 100 }) { label agency { name } } } }')).toBe(1 + 10 * (1 + 1 * 1));
  });

  it('reads page sizes from variables', () => {
    const query = 'query($size: Int) { articles(pagination: { pageSize: $size }) { agency { name } } }';
    expect(cost(query, { size: 100 })).toBe(1 + 100 * 1);
    expect(cost(query, { size: 2 })).toBe(3);
  });

  it('adds up aliases', () => {
    expect(cost('{ a: articles(pagination: { pageSize: 100 }) { title } b: articles(pagination: { pageSize: 100 }) { title } }')).toBe(202);
  });
});

describe('aliasLimit', () => {
  const errorsOf = (query: string) => validate(schema, parse(query), [...specifiedRules, aliasLimit(2)]).map((error) => error.message);

  it('refuses more aliases than the limit, once', () => {
    expect(errorsOf('{ a: articles { title } b: articles { title } }')).toEqual([]);
    expect(errorsOf('{ a: articles { title } b: articles { title } c: articles { t: title } }')).toEqual(['The operation uses more than 2 aliases']);
  });
});

describe('hasFragmentCycle', () => {
  it('finds fragments that spread themselves through others', () => {
    expect(hasFragmentCycle(parse('{ articles { ...A } } fragment A on Article { ...B } fragment B on Article { ...A }'))).toBe(true);
    expect(hasFragmentCycle(parse('fragment A on Article { directives { articles { ...A } } }'))).toBe(true);
    expect(hasFragmentCycle(parse('{ articles { ...A ...B } } fragment A on Article { ...B } fragment B on Article { title }'))).toBe(false);
  });
});

describe('hideInternalDetails', () => {
  it('keeps only the code of an unexpected error', () => {
    const internal = { message: 'Internal Server Error', path: ['articles'], extensions: { code: 'INTERNAL_SERVER_ERROR', error: { message: 'relation "x" does not exist' }, stacktrace: ['at …'] } };
    expect(hideInternalDetails(internal)).toEqual({ message: 'Internal Server Error', path: ['articles'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('leaves client errors as they are', () => {
    const clientError = { message: 'filters.id.$eq: must be a whole number', extensions: { code: 'BAD_USER_INPUT', error: { name: 'ValidationError' } } };
    expect(hideInternalDetails(clientError)).toBe(clientError);
  });
});
