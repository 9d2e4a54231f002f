import { env } from '@strapi/utils';
import pluginsConfig from '../../config/plugins';
import { startApp, type TestApp } from '../helpers/strapi';
import { createDocument, createReferenceData, validBodies } from '../helpers/content';

/*
 * Issue 7, item 2: GraphQL operations are bounded by aliases and by a cost that scales with page
 * sizes; a fragment cycle is a validation error (400), and errors carry no internals.
 */

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
  const refs = await createReferenceData(app);
  const bodies = validBodies(refs);
  const article = await createDocument(app, 'api::news-article.news-article', bodies['news-articles']);
  await createDocument(app, 'api::official-directive.official-directive', { ...bodies['official-directives'], relatedArticles: [article.documentId] });
});

afterAll(async () => {
  await app?.stop();
});

const post = (query: string, variables?: Record<string, unknown>) => app.request().post('/graphql').send({ query, variables });
const aliases = (count: number) =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: newsArticles(pagination: { pageSize: 100 }) { documentId }`).join(' ')} }`;

describe('graphql limits', () => {
  it('refuses the 2,000-alias query of issue 7 with a 400', async () => {
    const response = await post(aliases(2000));
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toMatch(/more th[ae][nt] 5000 tokens/);
    expect(response.body.data).toBeUndefined();
  });

  it('answers 30 aliases and refuses 31', async () => {
    expect((await post(aliases(30))).status).toBe(200);
    const refused = await post(aliases(31));
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toMatch(/more than 30 aliases/);
  });

  it('refuses a fragment cycle with a 400 naming the cycle', async () => {
    const response = await post('query { newsArticles { ...A } } fragment A on NewsArticle { ...B } fragment B on NewsArticle { ...A }');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it.each([[[]], [['DRAFT']], ['x']])('refuses a variable of the wrong type (status %j) with a 400 naming it', async (status) => {
    const response = await post('query Q($status: PublicationStatus) { newsArticles(status: $status) { documentId } }', { status });
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ message: expect.stringContaining('$status'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a subscription, which this API does not offer, with a 400', async () => {
    const response = await post('subscription { x }');
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ message: 'This API has no subscription operations', extensions: { code: 'BAD_USER_INPUT' } });
  });

  describe('cost', () => {
    const nested = 'query($size: Int) { newsArticles(pagination: { pageSize: $size }) { relatedDirectives(pagination: { pageSize: $size }) { relatedArticles(pagination: { pageSize: $size }) { title } } } }';

    it('refuses nested lists whose page sizes multiply past the limit', async () => {
      const response = await post(nested, { size: 100 });
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toMatchObject({ message: expect.stringMatching(/may cost \d+, more than the limit of 20000/), extensions: { code: 'BAD_USER_INPUT' } });
    });

    it('answers the same query with small pages', async () => {
      const response = await post(nested, { size: 5 });
      expect(response.status).toBe(200);
      expect(response.body.data.newsArticles[0].relatedDirectives[0].relatedArticles).toHaveLength(1);
    });

    it('answers nested lists at the default page size', async () => {
      const response = await post('{ newsArticles { title relatedDirectives { title issuingAgency { name } } category { name } } }');
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
    });
  });

  describe('filter values', () => {
    it.each([
      ['{ officialDirectives(filters: { documentType: { eq: "poem" } }) { documentId } }', 'filters.documentType.$eq'],
      ['{ newsArticles(filters: { body: { contains: "x" } }) { documentId } }', 'filters.body.$contains'],
      ['{ newsArticles(filters: { relatedDirectives: { legalStatus: { in: ["in_force", "x"] } } }) { documentId } }', 'filters.relatedDirectives.legalStatus.$in.1'],
      ['{ officialDirectives(filters: { title: { between: ["a"] } }) { documentId } }', 'filters.title.$between'],
      ['{ newsArticle(documentId: "abc\\u0000") { documentId } }', 'documentId'],
    ])('refuses %s naming the parameter, without internals', async (query, parameter) => {
      const response = await post(query);
      expect(response.body.errors).toHaveLength(1);
      const [error] = response.body.errors;
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.message.startsWith(`${parameter}:`)).toBe(true);
      expect(error.extensions).not.toHaveProperty('stacktrace');
      expect(error.extensions).not.toHaveProperty('exception');
    });

    it('refuses an integer past 32 bits before execution', async () => {
      const response = await post('{ officialDirectives(filters: { year: { gt: 99999999999 } }) { documentId } }');
      expect(response.status).toBe(400);
    });
  });

  describe('introspection and landing page', () => {
    it('are on outside production', async () => {
      const introspection = await post('{ __schema { queryType { name } } }');
      expect(introspection.body.data.__schema.queryType.name).toBe('Query');
      const landing = await app.request().get('/graphql').set('Accept', 'text/html');
      expect(landing.status).toBe(200);
      expect(landing.text).toMatch(/<html/i);
    });

    it('are off by default in production, without stack traces', () => {
      const previous = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      try {
        const graphql = pluginsConfig({ env } as never).graphql as { config: Record<string, unknown> & { apolloServer: Record<string, unknown> } };
        expect(graphql.config.landingPage).toBe(false);
        expect(graphql.config.apolloServer).toMatchObject({ introspection: false, includeStacktraceInErrorResponses: false });
      } finally {
        process.env.NODE_ENV = previous;
      }
    });
  });
});
