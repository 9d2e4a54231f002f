import crypto from 'crypto';
import { startApp, type TestApp } from '../helpers/strapi';
import { bearer, createFullAccessToken, registerUser } from '../helpers/auth';
import { signInSuperAdmin } from '../helpers/admin';
import { createDocument, createReferenceData, validBodies, type Refs } from '../helpers/content';

// The README's "Access" table, row by row.
const PUBLIC_LISTS = ['news-articles', 'official-directives', 'campaigns', 'contests', 'agencies', 'categories', 'reform-areas', 'comments'];

type Headers = Record<string, string>;

describe('access table', () => {
  let app: TestApp;
  let refs: Refs;
  let fullAccess: Headers;
  let readOnly: Headers;
  let reader: Headers;
  let translator: Headers;
  let draftOnlyId: string;

  const readOnlyToken = async () => {
    const token = await app.strapi.service('admin::api-token-content-api').create({
      name: `read-only-${crypto.randomBytes(4).toString('hex')}`,
      type: 'read-only',
      kind: 'content-api',
      lifespan: null,
    });
    return bearer(token.accessKey as string);
  };

  beforeAll(async () => {
    app = await startApp({ contentLocales: ['vi', 'tyz'] });
    refs = await createReferenceData(app);
    fullAccess = bearer(await createFullAccessToken(app));
    readOnly = await readOnlyToken();
    reader = bearer((await registerUser(app)).jwt);
    const translatorUser = await registerUser(app);
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'translator' } });
    await app.strapi.db.query('plugin::users-permissions.user').update({ where: { id: translatorUser.user.id }, data: { role: role.id } });
    translator = bearer(translatorUser.jwt);
    const article = validBodies(refs)['news-articles'];
    await createDocument(app, 'api::news-article.news-article', { ...article, title: 'Tin đã đăng' });
    draftOnlyId = (await createDocument(app, 'api::news-article.news-article', { ...article, title: 'Bản nháp mật' }, { status: 'draft' })).documentId;
  });
  afterAll(() => app.stop());

  const get = (path: string, headers: Headers = {}) => app.request().get(path).set(headers);

  async function expectReadsPublishedOnly(headers: Headers) {
    for (const list of PUBLIC_LISTS) expect([list, (await get(`/api/${list}`, headers)).status]).toEqual([list, 200]);
    const drafts = await get('/api/news-articles?status=draft', headers).expect(200);
    expect(JSON.stringify(drafts.body)).not.toContain('Bản nháp mật');
    await get(`/api/news-articles/${draftOnlyId}`, headers).expect(404);
  }

  async function expectNoWrites(headers: Headers) {
    const response = await app.request().post('/api/news-articles').set(headers).send({ data: { ...validBodies(refs)['news-articles'], title: 'Không được ghi' } });
    expect([401, 403]).toContain(response.status);
  }

  async function expectNoTranslationEndpoints(headers: Headers) {
    for (const path of ['/api/translations/coverage', '/api/translations/worklist?locale=tyz', `/api/translations/news-articles/${draftOnlyId}`]) {
      const response = await get(path, headers);
      expect([path, [401, 403].includes(response.status)]).toEqual([path, true]);
      expect(JSON.stringify(response.body)).not.toContain('Bản nháp mật');
    }
  }

  it('Public: reads published content of the listed types, writes nothing', async () => {
    await expectReadsPublishedOnly({});
    await expectNoWrites({});
    await expectNoTranslationEndpoints({});
    expect([401, 403]).toContain((await get('/api/users/me')).status);
  });

  it('Signed-in reader: the same as Public, plus their own account', async () => {
    await expectReadsPublishedOnly(reader);
    await expectNoWrites(reader);
    await expectNoTranslationEndpoints(reader);
    await get('/api/users/me', reader).expect(200);
  });

  it('Translator: the same as a signed-in reader, plus the translation endpoints', async () => {
    await expectReadsPublishedOnly(translator);
    await expectNoWrites(translator);
    await get('/api/users/me', translator).expect(200);
    await get('/api/translations/coverage', translator).expect(200);
    await get('/api/translations/worklist?locale=tyz', translator).expect(200);
    await get(`/api/translations/news-articles/${draftOnlyId}`, translator).expect(200);
  });

  it('Read-only API token: published content only, no translation endpoints, no writes', async () => {
    await expectReadsPublishedOnly(readOnly);
    await expectNoWrites(readOnly);
    await expectNoTranslationEndpoints(readOnly);
  });

  it('Full-access API token: full CRUD, drafts and the translation endpoints', async () => {
    const created = await app.request().post('/api/news-articles').set(fullAccess).send({ data: { ...validBodies(refs)['news-articles'], title: 'Tin mới' } }).expect(201);
    const drafts = await get('/api/news-articles?status=draft', fullAccess).expect(200);
    expect(JSON.stringify(drafts.body)).toContain('Bản nháp mật');
    await get(`/api/translations/news-articles/${draftOnlyId}`, fullAccess).expect(200);
    await app.request().delete(`/api/news-articles/${created.body.data.documentId}`).set(fullAccess).expect(204);
  });

  it('Staff: the admin panel by admin role', async () => {
    const { jwt } = await signInSuperAdmin(app);
    await get('/admin/users/me', bearer(jwt)).expect(200);
    expect([401, 403]).toContain((await get('/admin/users/me', reader)).status);
  });
});
