import { startApp, type TestApp } from '../helpers/strapi';
import { bearer, createFullAccessToken, registerUser } from '../helpers/auth';
import { blocks, createReferenceData, post, validBodies, type Refs } from '../helpers/content';

const ARTICLE = 'api::news-article.news-article';
const RECORD = 'api::translation-record.translation-record';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const AUDIO = Buffer.from('ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000', 'binary');

type LocaleStatus = { locale: string; status: string; sourceRevision: number | null };
type Row = { id: number } & Record<string, unknown>;
type StoredArticle = Record<string, unknown> & {
  changeNotes: Row[];
  tags: Row[];
  cover: Row;
  audio: Row;
  category: { documentId: string } | null;
  agency: Row | null;
  reformAreas: Row[];
};
type StoredContest = { slug: string; rounds: { questions: { choices: Row[] }[] }[] };
type WorkItem = { contentType: string; documentId: string; title: string; status: string; sourceUpdatedAt: string; translationUpdatedAt: string | null };

describe('translation status, worklist and start translation', () => {
  let app: TestApp;
  let token: string;
  let translatorJwt: string;
  let readerJwt: string;
  let refs: Refs;
  // A: translated into tyz and rad; B: never translated; C: translated into tyz only.
  let articleA: string;
  let articleB: string;
  let articleC: string;

  const get = (path: string, auth = token) => app.request().get(path).set(bearer(auth));
  const postTo = (path: string, auth = token) => app.request().post(path).set(bearer(auth)).send({});
  const put = (documentId: string, data: Record<string, unknown>, locale = 'vi') =>
    app.request().put(`/api/news-articles/${documentId}?locale=${locale}`).set(bearer(token)).send({ data });
  const statusOf = async (documentId: string) => {
    const response = await get(`/api/translations/news-articles/${documentId}`).expect(200);
    return Object.fromEntries((response.body.data.translations as LocaleStatus[]).map((item) => [item.locale, item.status]));
  };
  const sourceRevision = async (documentId: string) =>
    (await get(`/api/translations/news-articles/${documentId}`).expect(200)).body.data.sourceRevision as number;
  const coverage = async (locale: string) => {
    const response = await get(`/api/translations/coverage?locale=${locale}`).expect(200);
    return response.body.data.find((row: { contentType: string }) => row.contentType === 'news-articles');
  };
  const upload = async (name: string, buffer: Buffer, contentType: string) => {
    const response = await app.request().post('/api/upload').set(bearer(token)).attach('files', buffer, { filename: name, contentType }).expect(201);
    return response.body[0].id as number;
  };

  beforeAll(async () => {
    app = await startApp({ contentLocales: ['vi', 'en', 'tyz', 'rad'] });
    const locales = app.strapi.plugin('i18n').service('locales');
    for (const [code, name] of [['tyz', 'Tiếng Tày (tyz)'], ['rad', 'Tiếng Ê Đê (rad)']]) {
      if (!(await locales.findByCode(code))) await locales.create({ code, name });
    }
    token = await createFullAccessToken(app);
    refs = await createReferenceData(app);
    readerJwt = (await registerUser(app)).jwt;
    const translator = await registerUser(app);
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'translator' } });
    await app.strapi.db.query('plugin::users-permissions.user').update({ where: { id: translator.user.id }, data: { role: role.id } });
    translatorJwt = translator.jwt;

    const article = (title: string, extra: Record<string, unknown> = {}) =>
      post(app, token, 'news-articles', { ...validBodies(refs)['news-articles'], title, ...extra }).expect(201);
    articleA = (await article('Tin A: một cửa liên thông')).body.data.documentId;
    articleB = (
      await article('Tin B: dịch vụ công trực tuyến', {
        summary: 'Tóm tắt tin B',
        coverCaption: 'Chú thích ảnh',
        cover: await upload('anh.png', PNG, 'image/png'),
        audio: await upload('doc-tin-b.mp3', AUDIO, 'audio/mpeg'),
        changeNotes: [{ date: '2024-03-02', note: 'Đính chính số liệu' }],
        tags: [{ label: 'CCHC' }],
      })
    ).body.data.documentId;
    articleC = (await article('Tin C: chuyển đổi số')).body.data.documentId;

    // A new locale is created through PUT, where Strapi does not generate the slug.
    await put(articleA, { title: 'Tày: tin A', slug: 'tay-tin-a', body: blocks('Tày A') }, 'tyz').expect(200);
    await put(articleA, { title: 'Ê Đê: tin A', slug: 'e-de-tin-a', body: blocks('Ê Đê A') }, 'rad').expect(200);
    await put(articleC, { title: 'Tày: tin C', slug: 'tay-tin-c', body: blocks('Tày C') }, 'tyz').expect(200);
  });
  afterAll(() => app.stop());

  it('reports new translations as current and untranslated locales as missing', async () => {
    expect(await statusOf(articleA)).toEqual({ en: 'missing', rad: 'current', tyz: 'current' });
    expect(await statusOf(articleB)).toEqual({ en: 'missing', rad: 'missing', tyz: 'missing' });
  });

  it('keeps translations current when the source changes only in shared fields or a write is rejected', async () => {
    const before = await sourceRevision(articleA);
    await put(articleA, { publishedDate: '2024-03-05', province: 'Cao Bằng' }).expect(200);
    await put(articleA, { title: 'Tin A: một cửa liên thông' }).expect(200);
    await put(articleA, { title: 'Tin A (sửa)', sourceUrl: 'not a url' }).expect(400);
    expect(await sourceRevision(articleA)).toBe(before);
    expect(await statusOf(articleA)).toMatchObject({ rad: 'current', tyz: 'current' });
  });

  it('turns every translation outdated when the vi source text changes', async () => {
    const before = await sourceRevision(articleA);
    await put(articleA, { title: 'Tin A: một cửa liên thông (cập nhật)' }).expect(200);
    expect(await sourceRevision(articleA)).toBe(before + 1);
    expect(await statusOf(articleA)).toMatchObject({ rad: 'outdated', tyz: 'outdated' });
  });

  it('lists outdated and missing work for a locale, newest source change first', async () => {
    const response = await get('/api/translations/worklist?locale=tyz&contentType=news-articles').expect(200);
    const items = response.body.data as WorkItem[];
    expect(items.map((item) => [item.documentId, item.status])).toEqual([
      [articleA, 'outdated'],
      [articleB, 'missing'],
    ]);
    expect(items[0]).toMatchObject({ contentType: 'news-articles', title: 'Tin A: một cửa liên thông (cập nhật)', translationUpdatedAt: expect.any(String) });
    expect(items[1]).toMatchObject({ title: 'Tin B: dịch vụ công trực tuyến', translationUpdatedAt: null });
    expect(Date.parse(items[0].sourceUpdatedAt)).toBeGreaterThanOrEqual(Date.parse(items[1].sourceUpdatedAt));
    expect(response.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 2 });

    const paged = await get('/api/translations/worklist?locale=tyz&page=2&pageSize=1').expect(200);
    expect(paged.body.data.map((item: WorkItem) => item.documentId)).toEqual([articleB]);
    expect(paged.body.meta.pagination).toEqual({ page: 2, pageSize: 1, pageCount: 2, total: 2 });

    const missingOnly = await get('/api/translations/worklist?locale=rad&status=missing').expect(200);
    expect(missingOnly.body.data.map((item: WorkItem) => item.documentId).sort()).toEqual([articleB, articleC].sort());
  });

  it('summarises coverage per locale and type with exact counts and percentages', async () => {
    expect(await coverage('tyz')).toEqual({
      locale: 'tyz',
      contentType: 'news-articles',
      total: 3,
      current: 1,
      outdated: 1,
      missing: 1,
      percentCurrent: 33.3,
      percentTranslated: 66.7,
    });
    expect(await coverage('rad')).toMatchObject({ total: 3, current: 0, outdated: 1, missing: 2, percentCurrent: 0, percentTranslated: 33.3 });

    const all = await get('/api/translations/coverage').expect(200);
    const rows = all.body.data as { locale: string; contentType: string; total: number; percentCurrent: number | null }[];
    expect(new Set(rows.map((row) => row.locale))).toEqual(new Set(['en', 'rad', 'tyz']));
    expect(rows).toHaveLength(3 * 4);
    expect(rows.find((row) => row.locale === 'en' && row.contentType === 'contests')).toMatchObject({ total: 0, percentCurrent: null });
  });

  it('keeps an edited translation outdated until the translator marks it reviewed', async () => {
    await put(articleA, { title: 'Tày: tin A (sửa lời)' }, 'tyz').expect(200);
    expect(await statusOf(articleA)).toMatchObject({ tyz: 'outdated' });

    const reviewed = await postTo(`/api/translations/news-articles/${articleA}/tyz/review`, translatorJwt).expect(200);
    expect(reviewed.body.data.translations).toEqual([
      expect.objectContaining({ locale: 'tyz', status: 'current', sourceRevision: reviewed.body.data.sourceRevision, reviewedAt: expect.any(String) }),
    ]);
    expect(await statusOf(articleA)).toMatchObject({ rad: 'outdated', tyz: 'current' });
    expect(await coverage('tyz')).toMatchObject({ current: 2, outdated: 0, missing: 1, percentCurrent: 66.7, percentTranslated: 66.7 });
  });

  it('starts a translation as a draft prefilled from the vi source, once', async () => {
    // The category exists in Tày, the agency does not: only the category link can be kept.
    await app.strapi.documents('api::category.category').update({ documentId: refs.category, locale: 'tyz', data: { name: 'Tin tức (Tày)', slug: 'tin-tuc' } });

    const started = await postTo(`/api/translations/news-articles/${articleB}/tyz/start`, translatorJwt).expect(201);
    expect(started.body.data).toMatchObject({ documentId: articleB, locale: 'tyz', title: 'Tin B: dịch vụ công trực tuyến', publishedAt: null });

    const populate = ['changeNotes', 'tags', 'cover', 'audio', 'category', 'agency', 'reformAreas'] as const;
    const find = async (locale: string) =>
      (await app.strapi.documents(ARTICLE).findOne({ documentId: articleB, locale, status: 'draft', populate: [...populate] })) as unknown as StoredArticle;
    const [vi, tyz] = await Promise.all([find('vi'), find('tyz')]);
    for (const field of ['title', 'slug', 'summary', 'body', 'coverCaption', 'publishedDate', 'province']) expect(tyz[field]).toEqual(vi[field]);
    const withoutIds = (items: Record<string, unknown>[]) => items.map(({ id: _id, ...rest }) => rest);
    expect(withoutIds(tyz.changeNotes)).toEqual(withoutIds(vi.changeNotes));
    expect(tyz.changeNotes[0].id).not.toBe(vi.changeNotes[0].id);
    expect(withoutIds(tyz.tags)).toEqual(withoutIds(vi.tags));
    expect(tyz.audio.id).toBe(vi.audio.id);
    expect(tyz.cover.id).toBe(vi.cover.id);
    expect(tyz.category?.documentId).toBe(refs.category);
    expect(tyz.agency).toBeNull();
    expect(tyz.reformAreas).toEqual([]);
    expect(await app.strapi.documents(ARTICLE).findOne({ documentId: articleB, locale: 'tyz', status: 'published' })).toBeNull();

    expect(await statusOf(articleB)).toMatchObject({ tyz: 'current', rad: 'missing' });
    const again = await postTo(`/api/translations/news-articles/${articleB}/tyz/start`, translatorJwt).expect(409);
    expect(again.body).toMatchObject({ data: null, error: { status: 409, name: 'ConflictError' } });
  });

  it('starts a contest translation with its rounds, questions and choices', async () => {
    const contest = await post(app, token, 'contests', validBodies(refs).contests).expect(201);
    const { documentId } = contest.body.data;
    await postTo(`/api/translations/contests/${documentId}/rad/start`).expect(201);
    const populate = { rounds: { populate: { questions: { populate: ['choices' as const] } } } };
    const find = async (locale: string) =>
      (await app.strapi.documents('api::contest.contest').findOne({ documentId, locale, status: 'draft', populate })) as unknown as StoredContest;
    const [vi, rad] = await Promise.all([find('vi'), find('rad')]);
    const strip = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(strip) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, item]) => [key, strip(item)])) : value;
    expect(strip(rad.rounds)).toEqual(strip(vi.rounds));
    expect(rad.rounds[0].questions[0].choices).toHaveLength(2);
    expect(rad.slug).toBe(vi.slug);
  });

  it('keeps one revision record per document and locale', async () => {
    const duplicate = { contentType: ARTICLE, targetDocumentId: articleA, language: 'tyz', sourceRevision: 0 };
    // Compared as a boolean: the SQLite driver's error class may come from another test file's realm.
    const inserted = await app.strapi.db.query(RECORD).create({ data: duplicate }).then(
      () => true,
      () => false
    );
    expect(inserted).toBe(false);
    expect(await app.strapi.db.query(RECORD).count({ where: { targetDocumentId: articleA, language: 'tyz' } })).toBe(1);

    const listed = await get(`/api/translation-records?filters[targetDocumentId][$eq]=${articleA}&sort=language`).expect(200);
    expect(listed.body.data.map((row: { language: string }) => row.language)).toEqual(['rad', 'tyz', 'vi']);
    expect(listed.body.data[2]).not.toHaveProperty('sourceHash');
  });

  it('removes a deleted translation from the records, so it shows as missing', async () => {
    await app.request().delete(`/api/news-articles/${articleC}?locale=tyz`).set(bearer(token)).expect(204);
    expect(await statusOf(articleC)).toMatchObject({ tyz: 'missing' });
    const rows = await app.strapi.db.query(RECORD).count({ where: { targetDocumentId: articleC, language: 'tyz' } });
    expect(rows).toBe(0);
  });

  it('answers bad input with a 400 naming the field and unknown documents with a 404', async () => {
    const expectField = async (path: string, field: string, method: 'get' | 'post' = 'get') => {
      const response = await (method === 'get' ? get(path) : postTo(path)).expect(400);
      expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
      expect(JSON.stringify(response.body.error)).toContain(field);
    };
    await expectField('/api/translations/worklist', 'locale');
    await expectField('/api/translations/worklist?locale=xx-bogus', 'locale');
    await expectField('/api/translations/worklist?locale=vi', 'locale');
    await expectField('/api/translations/worklist?locale=tyz&contentType=comments', 'contentType');
    await expectField('/api/translations/worklist?locale=tyz&pageSize=1000', 'pageSize');
    await expectField('/api/translations/worklist?locale=tyz&sort=title', 'sort');
    await expectField('/api/translations/coverage?locale=klingon', 'locale');
    await expectField(`/api/translations/articles/${articleA}`, 'contentType');
    await expectField(`/api/translations/news-articles/${articleA}/xx/start`, 'locale', 'post');
    await expectField(`/api/translations/news-articles/${articleA}/vi/review`, 'locale', 'post');
    await expectField(`/api/translations/bogus/${articleA}/tyz/review`, 'contentType', 'post');

    await get('/api/translations/news-articles/no-such-document').expect(404);
    await postTo('/api/translations/news-articles/no-such-document/tyz/start').expect(404);
    await postTo(`/api/translations/news-articles/${articleC}/rad/review`).expect(404);
    expect(await app.strapi.db.query(ARTICLE).count({ where: { documentId: 'no-such-document' } })).toBe(0);
  });

  it('is closed to the public and to plain readers, open to translators and full-access tokens', async () => {
    const paths = ['/api/translations/worklist?locale=tyz', '/api/translations/coverage', `/api/translations/news-articles/${articleA}`];
    for (const path of paths) {
      await app.request().get(path).expect(403);
      await get(path, readerJwt).expect(403);
      await get(path, translatorJwt).expect(200);
      await get(path, token).expect(200);
    }
    await app.request().post(`/api/translations/news-articles/${articleA}/rad/review`).expect(403);
    await postTo(`/api/translations/news-articles/${articleA}/rad/review`, readerJwt).expect(403);
    await postTo(`/api/translations/news-articles/${articleC}/tyz/start`, readerJwt).expect(403);
    await app.request().get('/api/translation-records').expect(403);
    await get('/api/translation-records', readerJwt).expect(403);
    expect(await statusOf(articleA)).toMatchObject({ rad: 'outdated' });
    expect(await statusOf(articleC)).toMatchObject({ tyz: 'missing' });
  });
});
