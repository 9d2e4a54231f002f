import { startApp, type TestApp } from '../helpers/strapi';
import { blocks, createDocument } from '../helpers/content';

const UID = 'api::news-article.news-article';
type Item = { documentId: string; locale: string; title: string };

describe('locale fallback', () => {
  let app: TestApp;
  const ids: Record<'translated' | 'untranslated' | 'draftTranslation', string> = { translated: '', untranslated: '', draftTranslation: '' };

  const article = async (title: string, publishedDate: string) =>
    (await createDocument(app, UID, { title, body: blocks(title), publishedDate })).documentId;
  const translate = (documentId: string, title: string, status: 'draft' | 'published') =>
    app.strapi.documents(UID).update({ documentId, locale: 'tyz', data: { title, body: blocks(title) } as never, status });
  const get = async (url: string) => (await app.request().get(url).expect(200)).body;
  const byId = (items: Item[]) => Object.fromEntries(items.map((item) => [item.documentId, item]));

  beforeAll(async () => {
    app = await startApp();
    ids.translated = await article('Tin một', '2024-01-03');
    ids.untranslated = await article('Tin hai', '2024-01-02');
    ids.draftTranslation = await article('Tin ba', '2024-01-01');
    await translate(ids.translated, 'Tin một (Tày)', 'published');
    await translate(ids.draftTranslation, 'Tin ba (bản nháp Tày)', 'draft');
  });
  afterAll(() => app.stop());

  it('lists only the requested locale without fallback', async () => {
    const body = await get('/api/news-articles?locale=tyz');
    expect(body.data.map((item: Item) => item.title)).toEqual(['Tin một (Tày)']);
    expect((await get('/api/news-articles?locale=hnj')).data).toEqual([]);
  });

  it('fills missing translations from the fallback locale and says which fell back', async () => {
    const body = await get('/api/news-articles?locale=tyz&fallback=vi&sort=publishedDate:desc');
    expect(body.data.map((item: Item) => [item.title, item.locale])).toEqual([
      ['Tin một (Tày)', 'tyz'],
      ['Tin hai', 'vi'],
      ['Tin ba', 'vi'],
    ]);
    expect(body.meta.fallback).toEqual({
      locale: 'tyz',
      chain: ['tyz', 'vi'],
      documents: [
        { documentId: ids.untranslated, locale: 'vi' },
        { documentId: ids.draftTranslation, locale: 'vi' },
      ],
    });
    expect(body.meta.pagination.total).toBe(3);
  });

  it('returns every document in Vietnamese for a language with no translations yet', async () => {
    const body = await get('/api/news-articles?locale=hnj&fallback=vi');
    expect(body.data).toHaveLength(3);
    expect(body.data.every((item: Item) => item.locale === 'vi')).toBe(true);
    expect(body.meta.fallback.documents).toHaveLength(3);
  });

  it('keeps pagination exact across locales', async () => {
    const first = await get('/api/news-articles?locale=tyz&fallback=vi&sort=publishedDate:desc&pagination[page]=1&pagination[pageSize]=2');
    const second = await get('/api/news-articles?locale=tyz&fallback=vi&sort=publishedDate:desc&pagination[page]=2&pagination[pageSize]=2');
    expect(first.meta.pagination).toMatchObject({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
    expect([...first.data, ...second.data].map((item: Item) => item.documentId)).toEqual([ids.translated, ids.untranslated, ids.draftTranslation]);
  });

  it('applies filters to the version shown', async () => {
    const tay = await get(`/api/news-articles?locale=tyz&fallback=vi&filters[title][$containsi]=${encodeURIComponent('Tày')}`);
    expect(tay.data.map((item: Item) => item.documentId)).toEqual([ids.translated]);
    const vietnamese = await get(`/api/news-articles?locale=tyz&fallback=vi&filters[title][$eq]=${encodeURIComponent('Tin một')}`);
    expect(vietnamese.data).toEqual([]);
  });

  it('reflects a new translation at once', async () => {
    const before = await get('/api/news-articles?locale=tyz&fallback=vi&fields[0]=title');
    expect(byId(before.data)[ids.untranslated]).toMatchObject({ locale: 'vi' });
    await translate(ids.untranslated, 'Tin hai (Tày)', 'published');
    const after = await get('/api/news-articles?locale=tyz&fallback=vi&fields[0]=title');
    expect(byId(after.data)[ids.untranslated]).toMatchObject({ locale: 'tyz', title: 'Tin hai (Tày)' });
    expect(after.meta.fallback.documents.map((item: Item) => item.documentId)).toEqual([ids.draftTranslation]);
    await app.strapi.documents(UID).delete({ documentId: ids.untranslated, locale: 'tyz' });
    const reverted = await get('/api/news-articles?locale=tyz&fallback=vi');
    expect(byId(reverted.data)[ids.untranslated]).toMatchObject({ locale: 'vi' });
  });

  it('uses the configured chain for fallback=true', async () => {
    const body = await get('/api/news-articles?locale=hnj&fallback=true');
    expect(body.meta.fallback.chain).toEqual(['hnj', 'vi']);
    expect(body.data).toHaveLength(3);
  });

  it('reads a single document through the chain', async () => {
    const translated = await get(`/api/news-articles/${ids.translated}?locale=tyz&fallback=vi`);
    expect(translated.data.locale).toBe('tyz');
    expect(translated.meta.fallback.documents).toEqual([]);

    const fellBack = await get(`/api/news-articles/${ids.untranslated}?locale=tyz&fallback=vi`);
    expect(fellBack.data).toMatchObject({ locale: 'vi', title: 'Tin hai' });
    expect(fellBack.meta.fallback.documents).toEqual([{ documentId: ids.untranslated, locale: 'vi' }]);

    await app.request().get(`/api/news-articles/${ids.untranslated}?locale=tyz`).expect(404);
  });

  it('never shows a draft translation to readers', async () => {
    const body = await get(`/api/news-articles?locale=tyz&fallback=vi&status=draft`);
    expect(byId(body.data)[ids.draftTranslation]).toMatchObject({ locale: 'vi', title: 'Tin ba' });
  });

  it('offers the same over GraphQL, with inline arguments and variables', async () => {
    const list = await app
      .request()
      .post('/graphql')
      .send({
        query: `query ($locale: String, $fallback: [String!]) {
          newsArticlesWithFallback(locale: $locale, fallback: $fallback, sort: ["publishedDate:desc"], pagination: { pageSize: 2 }) {
            items { documentId title locale }
            fallback { locale chain documents { documentId locale } }
            pageInfo { total pageSize pageCount }
          }
        }`,
        variables: { locale: 'tyz', fallback: ['vi'] },
      })
      .expect(200);
    expect(list.body.errors).toBeUndefined();
    const result = list.body.data.newsArticlesWithFallback;
    expect(result.items.map((item: Item) => item.locale)).toEqual(['tyz', 'vi']);
    expect(result.fallback).toEqual({ locale: 'tyz', chain: ['tyz', 'vi'], documents: [{ documentId: ids.untranslated, locale: 'vi' }] });
    expect(result.pageInfo).toEqual({ total: 3, pageSize: 2, pageCount: 2 });

    const one = await app
      .request()
      .post('/graphql')
      .send({ query: `{ newsArticleWithFallback(documentId: "${ids.untranslated}", locale: "hnj") { item { title locale } fallback { chain } } }` })
      .expect(200);
    expect(one.body.data.newsArticleWithFallback).toEqual({ item: { title: 'Tin hai', locale: 'vi' }, fallback: { chain: ['hnj', 'vi'] } });

    const bogus = await app.request().post('/graphql').send({ query: '{ newsArticlesWithFallback(locale: "xx-bogus") { items { title } } }' });
    expect(bogus.status).toBeLessThan(500);
    expect(bogus.body.errors[0].message).toContain('xx-bogus');
  });

  it.each([
    ['fallback=xx-bogus', 'fallback'],
    ['locale=xx-bogus&fallback=vi', 'locale'],
  ])('rejects %s with a 400 listing the configured codes', async (query, field) => {
    const response = await app.request().get(`/api/news-articles?${query}`).expect(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.message).toContain(field);
    expect(response.body.error.message).toContain('tyz');
  });
});
