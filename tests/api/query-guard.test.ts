import { startApp, type TestApp } from '../helpers/strapi';
import { createDocument, createReferenceData, validBodies } from '../helpers/content';

/*
 * Issue 7, items 1 and 4 (read side): a query the guard refuses answers 400 naming the parameter,
 * before Strapi's own traversals (a 100-segment populate used to block the event loop for minutes)
 * and never as a database error.
 */

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
  const refs = await createReferenceData(app);
  const bodies = validBodies(refs);
  const article = await createDocument(app, 'api::news-article.news-article', { ...bodies['news-articles'], tags: [{ label: 'cchc' }] });
  await createDocument(app, 'api::official-directive.official-directive', {
    ...bodies['official-directives'],
    documentNumber: '12/2024/KH-UBND',
    relatedArticles: [article.documentId],
  });
});

afterAll(async () => {
  await app?.stop();
});

const chain = (length: number) => Array.from({ length }, (_, index) => (index % 2 ? 'relatedArticles' : 'relatedDirectives'));
const bracketPopulate = (segments: string[]) =>
  segments.map((segment, index) => (index === 0 ? `populate[${segment}]` : `[populate][${segment}]`)).join('') + '=true';

/** Answers 400 ValidationError whose message starts with the parameter's path. */
async function expectRefused(url: string, parameter: string) {
  const response = await app.request().get(url);
  expect({ status: response.status, name: response.body.error?.name }).toEqual({ status: 400, name: 'ValidationError' });
  expect(response.body.data).toBeNull();
  expect(response.body.error.message.startsWith(`${parameter}:`) || response.body.error.message.startsWith(`${parameter}.`)).toBe(true);
  return response;
}

describe('query guard', () => {
  describe('populate', () => {
    it('refuses the 100-segment dotted populate of issue 7', async () => {
      await expectRefused(`/api/news-articles?populate=${chain(100).join('.')}`, 'populate');
    });

    it('refuses the same chain in bracket form', async () => {
      await expectRefused(`/api/news-articles?${bracketPopulate(chain(15))}`, 'populate');
    });

    it('refuses a wildcard below a nesting past the depth limit', async () => {
      const nested = chain(5).map((segment, index) => (index === 0 ? `populate[${segment}]` : `[populate][${segment}]`)).join('');
      await expectRefused(`/api/news-articles?${nested}[populate]=*`, 'populate');
    });

    it('refuses too many populated relations in an array of populate strings', async () => {
      const paths = Array.from({ length: 45 }, (_, index) => `populate[${index}]=relatedDirectives.relatedArticles.x${index}`).join('&');
      await expectRefused(`/api/news-articles?${paths}`, 'populate');
    });

    it('refuses the chain on the fallback route too', async () => {
      await expectRefused(`/api/news-articles?locale=tyz&fallback=vi&populate=${chain(100).join('.')}`, 'populate');
    });

    it('answers a populate within the limits', async () => {
      const response = await app.request().get('/api/news-articles?populate[relatedDirectives][populate][relatedArticles]=true&populate[category]=true');
      expect(response.status).toBe(200);
      expect(response.body.data[0].relatedDirectives[0].relatedArticles).toHaveLength(1);
    });
  });

  describe('filter shape', () => {
    it('refuses filters nested past the depth limit', async () => {
      const deep = Array.from({ length: 7 }, () => '[$and][0]').join('');
      await expectRefused(`/api/news-articles?filters${deep}[title][$eq]=x`, 'filters');
    });

    it('refuses an $or with more operands than the limit', async () => {
      const operands = Array.from({ length: 21 }, (_, index) => `filters[$or][${index}][title][$eq]=t${index}`).join('&');
      await expectRefused(`/api/news-articles?${operands}`, 'filters.$or');
    });

    it('refuses an $in with more values than the limit', async () => {
      const values = Array.from({ length: 101 }, (_, index) => `filters[id][$in][${index}]=${index + 1}`).join('&');
      await expectRefused(`/api/news-articles?${values}`, 'filters.id.$in');
    });

    it.each([
      ['filters[$or]=x', 'filters.$or'],
      ['filters[0]=a', 'filters'],
      ['filters=abc', 'filters'],
    ])('refuses %s', async (query, parameter) => {
      await expectRefused(`/api/news-articles?${query}`, parameter);
    });

    it('refuses a query string longer than the limit', async () => {
      await expectRefused(`/api/news-articles?filters[title][$eq]=${'a'.repeat(9000)}`, 'query');
    });

    it('refuses more parameters than the limit', async () => {
      const parameters = Array.from({ length: 301 }, (_, index) => `p${index}=1`).join('&');
      await expectRefused(`/api/news-articles?${parameters}`, 'query');
    });
  });

  describe('filter values', () => {
    it.each([
      ['/api/news-articles?filters[id][$eq]=abc', 'filters.id.$eq'],
      ['/api/news-articles?filters[category][id][$eq]=abc', 'filters.category.id.$eq'],
      ['/api/official-directives?filters[sequence][$eq]=abc', 'filters.sequence.$eq'],
      ['/api/official-directives?filters[year][$gt]=99999999999999999999', 'filters.year.$gt'],
      ['/api/news-articles?filters[title][$eq]=%00', 'filters.title.$eq'],
      ['/api/news-articles?filters[title][$between]=a', 'filters.title.$between'],
      ['/api/news-articles?filters[body][$contains]=x', 'filters.body.$contains'],
      ['/api/news-articles?filters[tags][$eq]=x', 'filters.tags.$eq'],
      ['/api/news-articles?filters[publishedDate][$gt]=yesterday', 'filters.publishedDate.$gt'],
      ['/api/news-articles?filters[publishedDate][$eq]=2024-02-30', 'filters.publishedDate.$eq'],
      ['/api/news-articles?filters[allowComments][$eq]=maybe', 'filters.allowComments.$eq'],
      ['/api/official-directives?filters[documentType][$eq]=poem', 'filters.documentType.$eq'],
      ['/api/official-directives?filters[year][$contains]=20', 'filters.year.$contains'],
      ['/api/news-articles?filters[title][$foo]=x', 'filters.title.$foo'],
      ['/api/news-articles?filters[category]=abc', 'filters.category'],
      ['/api/news-articles?populate[relatedDirectives][filters][sequence][$eq]=abc', 'populate.relatedDirectives.filters.sequence.$eq'],
    ])('refuses %s', async (url, parameter) => {
      await expectRefused(url, parameter);
    });

    it.each([
      ['/api/news-articles?pagination[start]=1e20', 'pagination.start'],
      ['/api/news-articles?pagination[page]=1e20', 'pagination.page'],
      ['/api/news-articles?pagination[pageSize]=99999999999', 'pagination.pageSize'],
    ])('refuses %s', async (url, parameter) => {
      await expectRefused(url, parameter);
    });

    it('refuses a NUL byte in the path id', async () => {
      await expectRefused('/api/news-articles/%00', 'path');
    });

    it.each([
      '/api/official-directives?filters[sequence][$eq]=12',
      '/api/official-directives?filters[year][$between][0]=2020&filters[year][$between][1]=2025',
      '/api/official-directives?filters[documentType][$in][0]=plan&filters[documentType][$in][1]=decision',
      '/api/official-directives?filters[issuedDate][$gte]=2024-01-01',
      '/api/news-articles?filters[category][name][$eq]=Tin tức',
      '/api/news-articles?filters[tags][label][$eq]=cchc',
      '/api/news-articles?filters[$or][0][title][$containsi]=cải cách&filters[$or][1][summary][$null]=true',
      '/api/news-articles?filters[allowComments][$ne]=false&filters[createdAt][$lt]=2999-01-01T00:00:00.000Z',
      '/api/news-articles?filters[title][$not][$eq]=x&pagination[page]=1&pagination[pageSize]=10',
    ])('answers %s', async (url) => {
      const response = await app.request().get(encodeURI(url));
      expect(response.status).toBe(200);
      expect(response.body.data).toHaveLength(1);
    });
  });
});
