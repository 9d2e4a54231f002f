import { startApp, type TestApp } from '../helpers/strapi';
import { bearer, createFullAccessToken } from '../helpers/auth';
import { signInSuperAdmin } from '../helpers/admin';
import { blocks, createReferenceData, post, validBodies, type Refs } from '../helpers/content';
import { ensureContentLocales } from '../../src/bootstrap/content-locales';
import { ensureDefaultLocale } from '../../src/bootstrap/default-locale';
import { CONTENT_LOCALES, displayName } from '../../src/locales/registry';

const ARTICLE_UID = 'api::news-article.news-article';
const LOCALE_UID = 'plugin::i18n.locale';

/** Fewer than the registry, so that creating one through the admin API can be tested. */
const CONFIGURED = ['vi', 'en', 'tyz', 'rad', 'jra'];

const translation = (title: string) => ({ title, body: blocks(`${title}.`), publishedDate: '2024-03-01' });

const graphql = (app: TestApp, query: string, variables?: Record<string, unknown>, token?: string) => {
  const request = app.request().post('/graphql');
  if (token) request.set(bearer(token));
  return request.send({ query, variables });
};

const expectUnknownLocale = (error: { message: string; details?: unknown }, code = 'xx-bogus') => {
  expect(error.message).toContain('locale');
  expect(error.message).toContain(`"${code}"`);
  for (const configured of CONFIGURED) expect(error.message).toContain(configured);
  expect(error.details).toMatchObject({ errors: [{ path: ['locale'], name: 'ValidationError' }] });
};

describe('locales', () => {
  let app: TestApp;
  let token: string;
  let adminJwt: string;
  let refs: Refs;

  beforeAll(async () => {
    app = await startApp({ contentLocales: CONFIGURED });
    token = await createFullAccessToken(app);
    adminJwt = (await signInSuperAdmin(app)).jwt;
    refs = await createReferenceData(app);
  });
  afterAll(() => app.stop());

  const localeCount = () => app.strapi.db.query(LOCALE_UID).count();
  const articleCount = () => app.strapi.db.query(ARTICLE_UID).count();

  describe('admin API', () => {
    const offeredLocales = async () => {
      const response = await app.request().get('/i18n/iso-locales').set(bearer(adminJwt)).expect(200);
      return new Map((response.body as { code: string; name: string }[]).map((locale) => [locale.code, locale.name]));
    };

    it('offers only the languages not configured yet, registry languages under their registry name', async () => {
      const offered = await offeredLocales();
      for (const locale of CONTENT_LOCALES) {
        expect(offered.get(locale.code)).toBe(CONFIGURED.includes(locale.code) ? undefined : displayName(locale));
      }
      expect(offered.get('fr')).toBe('French (fr)');
    });

    it('names the configured locales as the add-locale dialog does, English included', async () => {
      const response = await app.request().get('/i18n/locales').set(bearer(adminJwt)).expect(200);
      const names = new Map((response.body as { code: string; name: string }[]).map((locale) => [locale.code, locale.name]));
      expect(names.get('en')).toBe('Tiếng Anh (en)');
      for (const locale of CONTENT_LOCALES.filter(({ code }) => CONFIGURED.includes(code))) {
        expect(names.get(locale.code)).toBe(displayName(locale));
      }
    });

    it('renames only the name i18n gave its first locale, once, and keeps names staff chose', async () => {
      const english = await app.strapi.db.query(LOCALE_UID).findOne({ where: { code: 'en' } });
      const rename = (name: string) => app.strapi.db.query(LOCALE_UID).update({ where: { id: english.id }, data: { name } });
      const nameNow = async () => (await app.strapi.db.query(LOCALE_UID).findOne({ where: { id: english.id } })).name;
      try {
        await rename('English (en)');
        await ensureDefaultLocale(app.strapi);
        expect(await nameNow()).toBe('Tiếng Anh (en)');
        const update = jest.spyOn(app.strapi.plugin('i18n').service('locales'), 'update');
        await ensureDefaultLocale(app.strapi);
        expect(update).not.toHaveBeenCalled();
        update.mockRestore();

        await rename('Anh ngữ');
        await ensureDefaultLocale(app.strapi);
        expect(await nameNow()).toBe('Anh ngữ');
      } finally {
        await rename('Tiếng Anh (en)');
      }
    });

    it('offers a language again once its locale is deleted, and not while it exists', async () => {
      expect((await offeredLocales()).has('nut')).toBe(true);
      const created = await app
        .request()
        .post('/i18n/locales')
        .set(bearer(adminJwt))
        .send({ code: 'nut', name: 'Tiếng Nùng (nut)', isDefault: false })
        .expect(200);
      expect((await offeredLocales()).has('nut')).toBe(false);
      await app.request().delete(`/i18n/locales/${created.body.id}`).set(bearer(adminJwt)).expect(200);
      expect((await offeredLocales()).get('nut')).toBe('Tiếng Nùng (nut)');
    });

    it('creates a registry locale that Strapi’s list lacks', async () => {
      const created = await app
        .request()
        .post('/i18n/locales')
        .set(bearer(adminJwt))
        .send({ code: 'hnj', name: "Tiếng H'Mông (hnj)", isDefault: false })
        .expect(200);
      expect(created.body).toMatchObject({ code: 'hnj', isDefault: false });
      await app.request().get('/api/news-articles?locale=hnj').expect(200);
    });

    it('rejects an invalid or duplicate locale code and creates nothing', async () => {
      const before = await localeCount();
      const invalid = await app
        .request()
        .post('/i18n/locales')
        .set(bearer(adminJwt))
        .send({ code: 'xx-bogus', name: 'Bogus', isDefault: false })
        .expect(400);
      expect(JSON.stringify(invalid.body.error)).toContain('code');
      await app.request().post('/i18n/locales').set(bearer(adminJwt)).send({ code: 'tyz', isDefault: false }).expect(400);
      expect(await localeCount()).toBe(before);
    });
  });

  describe('bootstrap', () => {
    it('creates the configured locales once, named from the registry, with vi as default', async () => {
      const codes = (await app.strapi.db.query(LOCALE_UID).findMany({})).map((locale: { code: string }) => locale.code);
      expect(codes).toEqual(expect.arrayContaining(CONFIGURED));
      const tay = await app.strapi.db.query(LOCALE_UID).findOne({ where: { code: 'tyz' } });
      expect(tay.name).toBe('Tiếng Tày (tyz)');
      expect(await app.strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('vi');

      const before = await localeCount();
      await ensureContentLocales(app.strapi);
      await ensureContentLocales(app.strapi);
      expect(await localeCount()).toBe(before);
    });

    it('refuses to boot with a CONTENT_LOCALES code it does not know', async () => {
      const configured = app.strapi.config.get<string[]>('cchc.contentLocales');
      app.strapi.config.set('cchc.contentLocales', [...configured, 'xx-bogus']);
      try {
        await expect(ensureContentLocales(app.strapi)).rejects.toThrow('xx-bogus');
      } finally {
        app.strapi.config.set('cchc.contentLocales', configured);
      }
    });
  });

  describe('content API', () => {
    let documentId: string;

    beforeAll(async () => {
      const source = await post(app, token, 'news-articles', validBodies(refs)['news-articles']).expect(201);
      documentId = source.body.data.documentId;
      for (const [locale, title] of [
        ['tyz', 'Bài tiếng Tày'],
        ['rad', 'Bài tiếng Ê Đê'],
      ]) {
        await app
          .request()
          .put(`/api/news-articles/${documentId}?locale=${locale}&status=published`)
          .set(bearer(token))
          .send({ data: translation(title) })
          .expect(200);
      }
    });

    it('reads Tày and Ê Đê versions over REST', async () => {
      const list = await app.request().get('/api/news-articles?locale=tyz').expect(200);
      expect(list.body.data).toEqual([expect.objectContaining({ documentId, locale: 'tyz', title: 'Bài tiếng Tày' })]);
      const one = await app.request().get(`/api/news-articles/${documentId}?locale=rad`).expect(200);
      expect(one.body.data).toMatchObject({ documentId, locale: 'rad', title: 'Bài tiếng Ê Đê' });
      // Non-localized fields are shared with the vi source.
      expect(one.body.data.publishedDate).toBe('2024-03-01');
    });

    it('reads them over GraphQL with an inline locale and with a variable', async () => {
      const inline = await graphql(app, `{ newsArticles(locale: "tyz") { documentId locale title } }`).expect(200);
      expect(inline.body.errors).toBeUndefined();
      expect(inline.body.data.newsArticles).toEqual([{ documentId, locale: 'tyz', title: 'Bài tiếng Tày' }]);

      const byVariable = await graphql(
        app,
        `query One($documentId: ID!, $locale: I18NLocaleCode) { newsArticle(documentId: $documentId, locale: $locale) { locale title } }`,
        { documentId, locale: 'rad' }
      ).expect(200);
      expect(byVariable.body.errors).toBeUndefined();
      expect(byVariable.body.data.newsArticle).toEqual({ locale: 'rad', title: 'Bài tiếng Ê Đê' });
    });

    it('creates and updates a translation through GraphQL mutations', async () => {
      const created = await graphql(
        app,
        `mutation Translate($data: NewsArticleInput!) {
          updateNewsArticle(documentId: "${documentId}", locale: "jra", status: PUBLISHED, data: $data) { locale title }
        }`,
        { data: translation('Bài tiếng Gia Rai') },
        token
      ).expect(200);
      expect(created.body.errors).toBeUndefined();
      expect(created.body.data.updateNewsArticle).toEqual({ locale: 'jra', title: 'Bài tiếng Gia Rai' });
    });

    it('answers an unknown locale on every REST read and write with 400 listing the codes, writing nothing', async () => {
      const before = await articleCount();
      const data = { data: validBodies(refs)['news-articles'] };
      const attempts = [
        app.request().get('/api/news-articles?locale=xx-bogus'),
        app.request().get(`/api/news-articles/${documentId}?locale=xx-bogus`),
        app.request().post('/api/news-articles?locale=xx-bogus').set(bearer(token)).send(data),
        app.request().put(`/api/news-articles/${documentId}?locale=xx-bogus`).set(bearer(token)).send(data),
        app.request().delete(`/api/news-articles/${documentId}?locale=xx-bogus`).set(bearer(token)),
      ];
      for (const attempt of attempts) {
        const response = await attempt.expect(400);
        expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
        expectUnknownLocale(response.body.error);
      }
      expect(await articleCount()).toBe(before);
    });

    it('treats a code from Strapi’s list that is not configured here as unknown', async () => {
      const response = await app.request().get('/api/news-articles?locale=fr').expect(400);
      expectUnknownLocale(response.body.error, 'fr');
    });

    it('answers an unknown locale in GraphQL queries and mutations with a validation error, writing nothing', async () => {
      const before = await articleCount();
      const attempts = [
        graphql(app, `{ newsArticles(locale: "xx-bogus") { documentId } }`),
        graphql(app, `query List($locale: I18NLocaleCode) { newsArticles(locale: $locale) { documentId } }`, { locale: 'xx-bogus' }),
        graphql(app, `mutation { createNewsArticle(locale: "xx-bogus", data: { title: "Sai", publishedDate: "2024-03-01" }) { documentId } }`, undefined, token),
        graphql(app, `mutation { updateNewsArticle(documentId: "${documentId}", locale: "xx-bogus", data: { title: "Sai" }) { documentId } }`, undefined, token),
      ];
      for (const attempt of attempts) {
        const response = await attempt;
        expect(response.status).toBeLessThan(500);
        expect(response.body.errors).toHaveLength(1);
        expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
        expectUnknownLocale(response.body.errors[0].extensions.error);
      }
      expect(await articleCount()).toBe(before);
    });

    it('leaves locale=* and the default locale to Strapi', async () => {
      const all = await app.request().get('/api/news-articles?locale=*').expect(200);
      expect(new Set(all.body.data.map((item: { locale: string }) => item.locale))).toEqual(new Set(['vi', 'tyz', 'rad', 'jra']));
      const byDefault = await app.request().get('/api/news-articles').expect(200);
      expect(byDefault.body.data.every((item: { locale: string }) => item.locale === 'vi')).toBe(true);
    });
  });
});
