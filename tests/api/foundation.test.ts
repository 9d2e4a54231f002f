import { startApp, type TestApp } from '../helpers/strapi';
import { bearer, createFullAccessToken, registerUser } from '../helpers/auth';

const draftArticle = {
  title: 'Bản nháp chưa được duyệt',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung nháp.' }] }],
  publishedDate: '2024-05-02',
};

describe('foundation', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startApp();
    token = await createFullAccessToken(app);
  });
  afterAll(() => app.stop());

  it('answers the health check with 204', async () => {
    await app.request().get('/_health').expect(204);
  });

  it('hides drafts from the public role', async () => {
    const created = await app
      .request()
      .post('/api/news-articles?status=draft')
      .set(bearer(token))
      .send({ data: draftArticle })
      .expect(201);
    const { documentId } = created.body.data;

    const list = await app.request().get('/api/news-articles').expect(200);
    expect(list.body.data.map((item: { documentId: string }) => item.documentId)).not.toContain(documentId);
    await app.request().get(`/api/news-articles/${documentId}`).expect(404);
    await app.request().get(`/api/news-articles/${documentId}?status=draft`).expect(404);

    const asEditor = await app
      .request()
      .get(`/api/news-articles/${documentId}?status=draft`)
      .set(bearer(token))
      .expect(200);
    expect(asEditor.body.data.title).toBe(draftArticle.title);
  });

  it('lets a full-access API token create, publish, update and delete', async () => {
    const created = await app
      .request()
      .post('/api/news-articles')
      .set(bearer(token))
      .send({ data: { ...draftArticle, title: 'Tin đã xuất bản' } })
      .expect(201);
    const { documentId } = created.body.data;

    const publicRead = await app.request().get(`/api/news-articles/${documentId}`).expect(200);
    expect(publicRead.body.data.title).toBe('Tin đã xuất bản');

    await app
      .request()
      .put(`/api/news-articles/${documentId}`)
      .set(bearer(token))
      .send({ data: { summary: 'Đã cập nhật' } })
      .expect(200);
    const reread = await app.request().get(`/api/news-articles/${documentId}`).expect(200);
    expect(reread.body.data.summary).toBe('Đã cập nhật');

    await app.request().delete(`/api/news-articles/${documentId}`).set(bearer(token)).expect(204);
    await app.request().get(`/api/news-articles/${documentId}`).expect(404);
  });

  it('lets a signed-in reader read published content but not write it', async () => {
    const { jwt } = await registerUser(app);
    await app.request().get('/api/news-articles').set(bearer(jwt)).expect(200);
    await app.request().get('/api/agencies').set(bearer(jwt)).expect(200);
    const attempt = await app
      .request()
      .post('/api/news-articles')
      .set(bearer(jwt))
      .send({ data: draftArticle })
      .expect(403);
    expect(attempt.body.error.name).toBe('ForbiddenError');
    await app.request().get('/api/contest-entries').set(bearer(jwt)).expect(403);
  });

  it('rejects an invalid token with 401', async () => {
    await app.request().get('/api/news-articles').set(bearer('not-a-real-token')).expect(401);
  });

  it('answers bad input with a 400 naming the field, not a 500', async () => {
    const missingTitle = await app
      .request()
      .post('/api/news-articles')
      .set(bearer(token))
      .send({ data: { body: draftArticle.body, publishedDate: '2024-05-02' } })
      .expect(400);
    expect(missingTitle.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(JSON.stringify(missingTitle.body.error)).toContain('title');

    const badFilter = await app.request().get('/api/news-articles?filters[noSuchField][$eq]=1').expect(400);
    expect(badFilter.body.error.message).toContain('noSuchField');

    await app.request().get('/api/news-articles?pagination[pageSize]=abc').expect((res) => {
      expect(res.status).toBeLessThan(500);
    });
  });
});
