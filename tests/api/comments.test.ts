import { startApp, type TestApp } from '../helpers/strapi';
import { bearer, createFullAccessToken, registerUser } from '../helpers/auth';
import { freshEmail, freshIp, submitComment, userWithRole } from '../helpers/comments';
import { createDocument, createReferenceData, validBodies, type Refs } from '../helpers/content';
import { ensureCommentModeration } from '../../src/bootstrap/comment-moderation';

const COMMENT = 'api::comment.comment';

/*
 * Readers' comments, the whole flow: submission (pre-moderated), the public thread, reports, and
 * moderation. The challenge is on, as in production; rate limits and the report threshold are
 * small so they can be reached.
 */
describe('comments', () => {
  let app: TestApp;
  let refs: Refs;
  let token: string;
  let moderatorJwt: string;
  let readerJwt: string;
  let translatorJwt: string;
  let article: string;

  const valid = (overrides: Record<string, unknown> = {}) => ({
    targetType: 'news-article',
    targetDocumentId: article,
    authorName: 'Nguyễn Văn An',
    authorEmail: freshEmail(),
    content: `Thủ tục cấp đổi căn cước ở phường tôi đã nhanh hơn nhiều (${Math.random()}).`,
    ...overrides,
  });

  const thread = (query: string) => app.request().get(`/api/comments/thread?targetType=news-article&${query}`);
  const moderate = (documentIds: string[], action: string, note?: string, auth = moderatorJwt) =>
    app
      .request()
      .post('/api/comments/moderate')
      .set(bearer(auth))
      .send({ data: { documentIds, action, ...(note ? { note } : {}) } });
  const queue = (auth = moderatorJwt) => app.request().get('/api/comments/moderation-queue?pageSize=100').set(bearer(auth));
  const report = (documentId: string, reason: string, headers: Record<string, string> = { 'X-Forwarded-For': freshIp() }) =>
    app.request().post(`/api/comments/${documentId}/report`).set(headers).send({ data: { reason } });
  const stored = async (documentId: string) =>
    app.strapi.documents(COMMENT).findFirst({ filters: { documentId }, status: 'draft', locale: 'vi' }) as Promise<Record<string, unknown>>;
  const accepted = async (data: Record<string, unknown>) => {
    const response = await submitComment(app, data);
    expect({ status: response.status, body: response.body }).toEqual({
      status: 202,
      body: { data: { documentId: expect.any(String), moderationStatus: 'pending' } },
    });
    return response.body.data.documentId as string;
  };

  beforeAll(async () => {
    Object.assign(process.env, {
      IS_PROXIED: 'true',
      COMMENT_CHALLENGE: 'true',
      COMMENT_CHALLENGE_MAX_COUNTER: '200',
      COMMENT_RATE_LIMIT_IP_POINTS: '4',
      COMMENT_RATE_LIMIT_EMAIL_POINTS: '3',
      COMMENT_REPORT_THRESHOLD: '2',
    });
    app = await startApp({ contentLocales: ['vi', 'tyz'] });
    token = await createFullAccessToken(app);
    refs = await createReferenceData(app);
    article = (await createDocument(app, 'api::news-article.news-article', validBodies(refs)['news-articles'])).documentId;
    moderatorJwt = await userWithRole(app, 'moderator');
    readerJwt = (await registerUser(app)).jwt;
    const translator = await registerUser(app);
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'translator' } });
    await app.strapi.db.query('plugin::users-permissions.user').update({ where: { id: translator.user.id }, data: { role: role.id } });
    translatorJwt = translator.jwt;
  }, 180000);

  afterAll(async () => {
    await app?.stop();
  });

  it('keeps a comment out of sight until approved, then threads replies and hides a reported one', async () => {
    const first = await accepted(valid());
    expect((await thread(`targetDocumentId=${article}`).expect(200)).body).toEqual({
      data: [],
      meta: { pagination: { page: 1, pageSize: 25, pageCount: 0, total: 0 }, approvedCount: 0 },
    });
    await app.request().get(`/api/comments/${first}`).expect(404);
    const pending = (await queue().expect(200)).body.data.find((item: { documentId: string }) => item.documentId === first);
    expect(pending).toMatchObject({ moderationStatus: 'pending', authorEmail: expect.stringContaining('@example.com'), ipHash: expect.any(String) });

    expect((await moderate([first], 'approve').expect(200)).body.data).toEqual([{ documentId: first, locale: 'vi', moderationStatus: 'approved' }]);
    const visible = (await thread(`targetDocumentId=${article}`).expect(200)).body;
    expect(visible.meta.approvedCount).toBe(1);
    expect(visible.data).toEqual([
      { id: expect.any(Number), documentId: first, locale: 'vi', authorName: 'Nguyễn Văn An', content: expect.any(String), createdAt: expect.any(String), replies: [] },
    ]);
    await app.request().get(`/api/comments/${first}`).expect(200);

    const reply = await accepted(valid({ parent: first, content: 'Đồng ý, ở xã tôi cũng vậy.' }));
    await moderate([reply], 'approve', 'ok').expect(200);
    const threaded = (await thread(`targetDocumentId=${article}`).expect(200)).body;
    expect(threaded.meta.approvedCount).toBe(2);
    expect(threaded.data).toHaveLength(1);
    expect(threaded.data[0].replies.map((item: { documentId: string }) => item.documentId)).toEqual([reply]);

    // One report per reader: the same address twice and the same account from two addresses count once each.
    const sameIp = freshIp();
    await report(reply, 'abuse', { 'X-Forwarded-For': sameIp }).expect(202);
    await report(reply, 'spam', { 'X-Forwarded-For': sameIp }).expect(202);
    expect((await stored(reply)).reportCount).toBe(1);
    expect((await thread(`targetDocumentId=${article}`)).body.meta.approvedCount).toBe(2);
    await report(reply, 'off_topic', { 'X-Forwarded-For': freshIp(), ...bearer(readerJwt) }).expect(202);
    // Threshold 2 reached: hidden, back in the queue with the reasons (and no reporter keys).
    const hidden = (await thread(`targetDocumentId=${article}`)).body;
    expect(hidden.meta.approvedCount).toBe(1);
    expect(hidden.data[0].replies).toEqual([]);
    await report(reply, 'abuse', { 'X-Forwarded-For': freshIp(), ...bearer(readerJwt) }).expect(404);
    const queued = (await queue()).body.data.find((item: { documentId: string }) => item.documentId === reply);
    expect(queued).toMatchObject({ moderationStatus: 'pending', reportCount: 2, parent: first });
    expect(queued.reports.map((entry: { reason: string }) => entry.reason)).toEqual(['abuse', 'off_topic']);
    expect(JSON.stringify(queued.reports)).not.toMatch(/reporter/);

    // The moderator decides: approved again, the reports settled, visible again.
    await moderate([reply], 'approve').expect(200);
    expect((await thread(`targetDocumentId=${article}`)).body.meta.approvedCount).toBe(2);
    expect((await queue()).body.data.map((item: { documentId: string }) => item.documentId)).not.toContain(reply);
    await report(reply, 'abuse', { 'X-Forwarded-For': sameIp }).expect(202);
    expect((await stored(reply)).reportCount).toBe(0);
  });

  it('pages top-level comments oldest first and validates the thread query', async () => {
    const other = (await createDocument(app, 'api::news-article.news-article', validBodies(refs)['news-articles'])).documentId;
    const ids: string[] = [];
    for (let index = 0; index < 3; index += 1) ids.push(await accepted(valid({ targetDocumentId: other, content: `Ý kiến số ${index + 1}` })));
    await moderate(ids, 'approve').expect(200);
    const second = (await thread(`targetDocumentId=${other}&page=2&pageSize=2`).expect(200)).body;
    expect(second.data.map((item: { documentId: string }) => item.documentId)).toEqual([ids[2]]);
    expect(second.meta).toEqual({ pagination: { page: 2, pageSize: 2, pageCount: 2, total: 3 }, approvedCount: 3 });
    const first = (await thread(`targetDocumentId=${other}&pageSize=2`).expect(200)).body;
    expect(first.data.map((item: { documentId: string }) => item.documentId)).toEqual(ids.slice(0, 2));

    for (const [query, field] of [
      [`targetDocumentId=${other}&pageSize=101`, 'pageSize'],
      [`targetDocumentId=${other}&page=0`, 'page'],
      [`targetDocumentId=${other}&locale=xx`, 'locale'],
      [`targetDocumentId=${other}&status=draft`, 'status'],
      ['', 'targetDocumentId'],
    ]) {
      const { error } = (await thread(query).expect(400)).body;
      // Unknown keys are named in the message (their error sits on the object itself).
      expect([error.message, ...error.details.errors.map((detail: { path: string[] }) => detail.path.join('.'))].join(' ')).toContain(field);
    }
    await app.request().get(`/api/comments/thread?targetType=poll&targetDocumentId=${other}`).expect(400);
  });

  it('rejects and marks spam, unpublishing either way, with the note kept private', async () => {
    const rejected = await accepted(valid());
    const spam = await accepted(valid());
    await moderate([rejected], 'approve').expect(200);
    await moderate([rejected], 'reject', 'Lạc đề').expect(200);
    await moderate([spam], 'spam').expect(200);
    expect(await stored(rejected)).toMatchObject({ moderationStatus: 'rejected', moderationNote: 'Lạc đề' });
    expect((await stored(spam)).moderationStatus).toBe('spam');
    for (const documentId of [rejected, spam]) {
      await app.request().get(`/api/comments/${documentId}`).expect(404);
      expect((await queue()).body.data.map((item: { documentId: string }) => item.documentId)).not.toContain(documentId);
    }
    await moderate([rejected, 'nosuchdocumentid0000000'], 'approve').expect(400);
    expect((await stored(rejected)).moderationStatus).toBe('rejected');
    for (const body of [{ documentIds: [], action: 'approve' }, { documentIds: [rejected], action: 'publish' }, { documentIds: [rejected], action: 'approve', extra: 1 }]) {
      await app.request().post('/api/comments/moderate').set(bearer(moderatorJwt)).send({ data: body }).expect(400);
    }
  });

  it('lets moderators and full-access tokens moderate, and nobody else', async () => {
    const documentId = await accepted(valid());
    await queue(token).expect(200);
    await moderate([documentId], 'approve', undefined, token).expect(200);
    for (const jwt of [readerJwt, translatorJwt]) {
      await queue(jwt).expect(403);
      await moderate([documentId], 'reject', undefined, jwt).expect(403);
    }
    await app.request().get('/api/comments/moderation-queue').expect(403);
    await app.request().post('/api/comments/moderate').send({ data: { documentIds: [documentId], action: 'reject' } }).expect(403);
    // Even granted the action by mistake, a reader is refused by the route's policy.
    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    const authenticated = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    const granted = await permissions.create({ data: { action: 'api::comment.comment.moderationQueue', role: authenticated.id } });
    await queue(readerJwt).expect(403);
    await permissions.delete({ where: { id: granted.id } });
    expect((await stored(documentId)).moderationStatus).toBe('approved');
  });

  it('bootstraps the Kiểm duyệt viên and Moderator roles idempotently', async () => {
    const snapshot = async () => ({
      apiRoles: await app.strapi.db.query('plugin::users-permissions.role').findMany({ select: ['name', 'type'], orderBy: { id: 'asc' } }),
      apiPermissions: await app.strapi.db.query('plugin::users-permissions.permission').count(),
      adminPermissions: await app.strapi.db.query('admin::permission').findMany({ select: ['id'], orderBy: { id: 'asc' } }),
    });
    const before = await snapshot();
    expect(before.apiRoles).toEqual(expect.arrayContaining([{ name: 'Kiểm duyệt viên', type: 'moderator' }]));
    const admin = await app.strapi.db.query('admin::role').findOne({ where: { code: 'cchc-moderator' }, populate: ['permissions'] });
    const actions = admin.permissions.filter((permission: { subject: string }) => permission.subject === COMMENT).map((permission: { action: string }) => permission.action);
    expect(actions.sort()).toEqual(['plugin::content-manager.explorer.publish', 'plugin::content-manager.explorer.read', 'plugin::content-manager.explorer.update']);
    await ensureCommentModeration(app.strapi);
    expect(await snapshot()).toEqual(before);
  });

  it('counts every accepted report when readers report one comment at the same moment', async () => {
    const visible = await accepted(valid());
    await moderate([visible], 'approve').expect(200);
    const answers = await Promise.all(Array.from({ length: 6 }, () => report(visible, 'spam')));
    const acceptedReports = answers.filter((response) => response.status === 202).length;
    expect(answers.every((response) => response.status === 202 || response.status === 404)).toBe(true);
    expect(acceptedReports).toBeGreaterThanOrEqual(2);
    const comment = await stored(visible);
    expect(comment).toMatchObject({ reportCount: acceptedReports, moderationStatus: 'pending' });
    expect(comment.reports).toHaveLength(acceptedReports);
  });

  it('reports only with a listed reason on a visible comment', async () => {
    const pending = await accepted(valid());
    await report(pending, 'abuse').expect(404);
    await moderate([pending], 'approve').expect(200);
    for (const body of [{ data: { reason: 'boring' } }, { data: {} }, { data: { reason: 'spam', details: 'x' } }, {}]) {
      const response = await app.request().post(`/api/comments/${pending}/report`).set('X-Forwarded-For', freshIp()).send(body).expect(400);
      expect(response.body.error.name).toBe('ValidationError');
    }
    expect((await stored(pending)).reportCount).toBe(0);
  });
});
