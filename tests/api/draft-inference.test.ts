import qs from 'qs';
import { startApp, type TestApp } from '../helpers/strapi';
import { blocks, createDocument, createReferenceData, validBodies } from '../helpers/content';

/*
 * Issue 7, item 3: readers filter, sort and populate only by published data. A published article
 * with an unpublished edit, one with only an unpublished Tày translation, and a published directive
 * with an unpublished edit: every filtered answer is the same whether the draft text matches or not.
 */

const ARTICLE = 'api::news-article.news-article';
const DIRECTIVE = 'api::official-directive.official-directive';
const SECRET_EDIT = 'Bí mật sửa tin A';
const SECRET_TRANSLATION = 'Bí mật bản Tày tin B';
const SECRET_DIRECTIVE = 'Bí mật sửa chỉ thị';
const NOTHING = 'Không khớp gì cả';

let app: TestApp;
const translate = (documentId: string, title: string, status: 'draft' | 'published') =>
  app.strapi.documents(ARTICLE).update({ documentId, locale: 'tyz', data: { title, body: blocks(title) } as never, status });
let articleA: string;
let articleB: string;

beforeAll(async () => {
  app = await startApp();
  const refs = await createReferenceData(app);
  const bodies = validBodies(refs);
  const directive = await createDocument(app, DIRECTIVE, { ...bodies['official-directives'], title: 'Chỉ thị công khai' });
  await app.strapi.documents(DIRECTIVE).update({ documentId: directive.documentId, locale: 'vi', data: { title: SECRET_DIRECTIVE } as never, status: 'draft' });

  const a = await createDocument(app, ARTICLE, { ...bodies['news-articles'], title: 'Tin A công khai', relatedDirectives: [directive.documentId] });
  articleA = a.documentId;
  await translate(articleA, 'Tin A bản Tày', 'published');
  await app.strapi.documents(ARTICLE).update({ documentId: articleA, locale: 'vi', data: { title: SECRET_EDIT } as never, status: 'draft' });

  const b = await createDocument(app, ARTICLE, { ...bodies['news-articles'], title: 'Tin B công khai', slug: 'tin-b', relatedDirectives: [directive.documentId] });
  articleB = b.documentId;
  await translate(articleB, SECRET_TRANSLATION, 'draft');
});

afterAll(async () => {
  await app?.stop();
});

const rest = async (path: string, query: Record<string, unknown>) => {
  const response = await app.request().get(`${path}?${qs.stringify(query)}`);
  expect(response.status).toBe(200);
  return { data: response.body.data, meta: response.body.meta };
};

const graphql = async (query: string) => {
  const response = await app.request().post('/graphql').send({ query });
  expect(response.body.errors).toBeUndefined();
  return response.body.data;
};

const ids = (data: { documentId: string }[]) => data.map((item) => item.documentId).sort();

describe('draft inference', () => {
  describe('REST filters', () => {
    it.each([
      ['an unpublished edit through localizations', { locale: 'tyz', filters: { localizations: { title: { $startsWith: SECRET_EDIT.slice(0, 12) } } } }],
      ['an unpublished translation through localizations', { filters: { localizations: { title: { $startsWith: SECRET_TRANSLATION.slice(0, 12) } } } }],
      ['an unpublished translation in an $or', { filters: { $or: [{ localizations: { title: { $containsi: 'bản tày tin b' } } }, { title: NOTHING }] } }],
      ['an unpublished directive edit through a relation', { filters: { relatedDirectives: { title: { $startsWith: SECRET_DIRECTIVE.slice(0, 12) } } } }],
    ])('answers the same whether %s matches or not', async (_label, query) => {
      const matching = await rest('/api/news-articles', query);
      const other = await rest('/api/news-articles', JSON.parse(JSON.stringify(query).replace(/Bí mật[^"]*|bản tày tin b/g, NOTHING)));
      expect(matching).toEqual(other);
      expect(matching.data).toHaveLength(0);
    });

    it('finds only documents with a published translation by its locale', async () => {
      const { data } = await rest('/api/news-articles', { filters: { localizations: { locale: { $eq: 'tyz' } } } });
      expect(ids(data)).toEqual([articleA]);
    });

    it('answers the same on the fallback route whether the draft matches or not', async () => {
      const query = (title: string) => ({ locale: 'tyz', fallback: 'vi', filters: { localizations: { title: { $startsWith: title } } } });
      const matching = await rest('/api/news-articles', query(SECRET_TRANSLATION.slice(0, 12)));
      expect(matching).toEqual(await rest('/api/news-articles', query(NOTHING)));
      expect(matching.data).toHaveLength(0);
    });

    it('refuses to sort by localizations', async () => {
      const response = await app.request().get('/api/news-articles?sort=localizations.title:asc');
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/^sort:/);
    });
  });

  describe('REST populate', () => {
    it('answers the same populated relation filters whether a related draft matches or not', async () => {
      const query = (title: string) => ({ populate: { relatedDirectives: { filters: { relatedArticles: { localizations: { title: { $startsWith: title } } } } } } });
      const matching = await rest('/api/news-articles', query(SECRET_TRANSLATION.slice(0, 12)));
      expect(matching).toEqual(await rest('/api/news-articles', query(NOTHING)));
    });

    it('populates only published localizations and relations', async () => {
      const response = await app.request().get(`/api/news-articles?${qs.stringify({ populate: { localizations: { fields: ['title'] }, relatedDirectives: { fields: ['title'] } } })}`);
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.body)).not.toMatch(/Bí mật/);
      const a = response.body.data.find((item: { documentId: string }) => item.documentId === articleA);
      expect(a.relatedDirectives.map((item: { title: string }) => item.title)).toEqual(['Chỉ thị công khai']);
    });

    it('answers the same populate filters whether the draft matches or not', async () => {
      const query = (title: string) => ({ populate: { localizations: { filters: { title: { $startsWith: title } } } } });
      expect(await rest('/api/news-articles', query(SECRET_TRANSLATION.slice(0, 12)))).toEqual(await rest('/api/news-articles', query(NOTHING)));
    });
  });

  describe('GraphQL', () => {
    it('answers the same whether an unpublished edit matches or not', async () => {
      const query = (title: string) => `{ newsArticles(locale: "tyz", filters: { localizations: { title: { startsWith: "${title}" } } }) { documentId } }`;
      const matching = await graphql(query(SECRET_EDIT.slice(0, 12)));
      expect(matching).toEqual(await graphql(query(NOTHING)));
      expect(matching.newsArticles).toHaveLength(0);
    });

    it('answers the same in a fallback query whether an unpublished translation matches or not', async () => {
      const query = (title: string) =>
        `{ newsArticlesWithFallback(locale: "tyz", fallback: ["vi"], filters: { localizations: { title: { startsWith: "${title}" } } }) { items { documentId } } }`;
      const matching = await graphql(query(SECRET_TRANSLATION.slice(0, 12)));
      expect(matching).toEqual(await graphql(query(NOTHING)));
      expect(matching.newsArticlesWithFallback.items).toHaveLength(0);
    });

    it('finds only documents with a published translation by its locale', async () => {
      const data = await graphql('{ newsArticles(filters: { localizations: { locale: { eq: "tyz" } } }) { documentId } }');
      expect(ids(data.newsArticles)).toEqual([articleA]);
    });

    it('answers the same in a relation field whether a related draft matches or not', async () => {
      const query = (title: string) =>
        `{ officialDirectives { relatedArticles(filters: { localizations: { title: { startsWith: "${title}" } } }) { documentId } } }`;
      const matching = await graphql(query(SECRET_TRANSLATION.slice(0, 12)));
      expect(matching).toEqual(await graphql(query(NOTHING)));
      expect(matching.officialDirectives[0].relatedArticles).toHaveLength(0);
    });

    it('shows only published localizations and relations when a reader asks for drafts', async () => {
      const data = await graphql('{ newsArticles(status: DRAFT) { documentId localizations { title } relatedDirectives { title } } }');
      expect(JSON.stringify(data)).not.toMatch(/Bí mật/);
      expect(JSON.stringify(data)).toMatch(/Tin A bản Tày/);
    });

    it('shows only published localizations and relations', async () => {
      const data = await graphql('{ newsArticles { documentId title localizations { title locale } relatedDirectives { title } } }');
      expect(JSON.stringify(data)).not.toMatch(/Bí mật/);
      expect(data.newsArticles).toHaveLength(2);
    });
  });
});
