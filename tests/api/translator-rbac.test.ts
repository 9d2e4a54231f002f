import { startApp, type TestApp } from '../helpers/strapi';
import { bearer, createFullAccessToken } from '../helpers/auth';
import { signInAdmin } from '../helpers/admin';
import { blocks, createReferenceData, post, validBodies, type Refs } from '../helpers/content';
import { ensureEditorRole } from '../../src/bootstrap/editor-role';
import { ensureTranslatorRoles, translatorRoleName } from '../../src/bootstrap/translator-roles';
import { CONTENT_LOCALES, SOURCE_LOCALE_CODE } from '../../src/locales/registry';

const ARTICLE_UID = 'api::news-article.news-article';
const ARTICLES = `/content-manager/collection-types/${ARTICLE_UID}`;

describe('translator roles', () => {
  let app: TestApp;
  let token: string;
  let documentId: string;
  let translator: string;
  let refs: Refs;

  /** The draft, which is what the content manager edits. */
  const titleIn = async (locale: string) =>
    (await app.strapi.db.query(ARTICLE_UID).findOne({ where: { documentId, locale, publishedAt: null } }))?.title as string | undefined;

  const newArticle = async (title: string) => {
    const created = await post(app, token, 'news-articles', { ...validBodies(refs)['news-articles'], title }).expect(201);
    return created.body.data.documentId as string;
  };

  beforeAll(async () => {
    app = await startApp();
    token = await createFullAccessToken(app);
    refs = await createReferenceData(app);
    documentId = await newArticle('Bài gốc tiếng Việt');
    for (const [locale, title] of [
      ['tyz', 'Bài tiếng Tày'],
      ['rad', 'Bài tiếng Ê Đê'],
    ]) {
      await app
        .request()
        .put(`/api/news-articles/${documentId}?locale=${locale}`)
        .set(bearer(token))
        .send({ data: { title, body: blocks(`${title}.`) } })
        .expect(200);
    }
    translator = (await signInAdmin(app, { name: 'Biên dịch viên – Tày' })).jwt;
  });
  afterAll(() => app.stop());

  it('bootstraps one translator role per target language and an Editor, idempotently', async () => {
    const roles = () => app.strapi.db.query('admin::role').findMany({ select: ['name'] });
    const names = (await roles()).map((role: { name: string }) => role.name);
    const targets = CONTENT_LOCALES.filter((locale) => locale.code !== SOURCE_LOCALE_CODE);
    expect(names).toEqual(expect.arrayContaining(['Editor', ...targets.map((locale) => translatorRoleName(locale.code))]));
    expect(names).toContain('Biên dịch viên – Ê Đê');

    const permissionIds = () => app.strapi.db.query('admin::permission').findMany({ select: ['id'], orderBy: { id: 'asc' } });
    const [rolesBefore, permissionsBefore] = [await roles(), await permissionIds()];
    await ensureEditorRole(app.strapi);
    await ensureTranslatorRoles(app.strapi);
    expect(await roles()).toEqual(rolesBefore);
    expect(await permissionIds()).toEqual(permissionsBefore);
  });

  it('lets a Tày translator edit the tyz variant through the content manager', async () => {
    await app
      .request()
      .put(`${ARTICLES}/${documentId}?locale=tyz`)
      .set(bearer(translator))
      .send({ title: 'Bài tiếng Tày (đã sửa)' })
      .expect(200);
    expect(await titleIn('tyz')).toBe('Bài tiếng Tày (đã sửa)');
  });

  it('lets a Tày translator read the vi source but not edit it', async () => {
    const source = await app.request().get(`${ARTICLES}/${documentId}?locale=vi`).set(bearer(translator)).expect(200);
    expect(source.body.data.title).toBe('Bài gốc tiếng Việt');

    await app.request().put(`${ARTICLES}/${documentId}?locale=vi`).set(bearer(translator)).send({ title: 'Sửa trái phép' }).expect(403);
    expect(await titleIn('vi')).toBe('Bài gốc tiếng Việt');
  });

  it('keeps a Tày translator out of other languages', async () => {
    await app.request().get(`${ARTICLES}/${documentId}?locale=rad`).set(bearer(translator)).expect(403);
    await app.request().put(`${ARTICLES}/${documentId}?locale=rad`).set(bearer(translator)).send({ title: 'Sai' }).expect(403);
    expect(await titleIn('rad')).toBe('Bài tiếng Ê Đê');
  });

  it('keeps a Tày translator from creating documents or localizations in other languages', async () => {
    const article = { title: 'Bài viết', body: blocks('Nội dung.'), publishedDate: '2024-03-01' };
    const before = await app.strapi.db.query(ARTICLE_UID).count();
    await app.request().put(`${ARTICLES}/${documentId}?locale=hnj`).set(bearer(translator)).send(article).expect(403);
    await app.request().post(`${ARTICLES}?locale=vi`).set(bearer(translator)).send(article).expect(403);
    expect(await app.strapi.db.query(ARTICLE_UID).count()).toBe(before);

    await app.request().post(`${ARTICLES}?locale=tyz`).set(bearer(translator)).send(article).expect(201);
  });

  it('lets a Tày translator start the tyz variant of a document that has none', async () => {
    const untranslated = await newArticle('Bài chưa dịch');
    await app
      .request()
      .put(`${ARTICLES}/${untranslated}?locale=tyz`)
      .set(bearer(translator))
      .send({ title: 'Bài mới tiếng Tày', body: blocks('Tày.') })
      .expect(200);
    const tay = await app.strapi.db.query(ARTICLE_UID).findOne({ where: { documentId: untranslated, locale: 'tyz', publishedAt: null } });
    expect(tay?.title).toBe('Bài mới tiếng Tày');
  });

  it('lets an Editor create and edit in every language', async () => {
    const editor = (await signInAdmin(app, { code: 'strapi-editor' })).jwt;
    const article = { title: 'Bài của biên tập viên', body: blocks('Nội dung.'), publishedDate: '2024-03-01' };
    await app.request().post(`${ARTICLES}?locale=vi`).set(bearer(editor)).send(article).expect(201);
    await app.request().put(`${ARTICLES}/${documentId}?locale=vi`).set(bearer(editor)).send({ title: 'Bài gốc (biên tập)' }).expect(200);
    await app.request().put(`${ARTICLES}/${documentId}?locale=rad`).set(bearer(editor)).send({ title: 'Bài tiếng Ê Đê (biên tập)' }).expect(200);
    expect(await titleIn('vi')).toBe('Bài gốc (biên tập)');
    expect(await titleIn('rad')).toBe('Bài tiếng Ê Đê (biên tập)');
  });
});
