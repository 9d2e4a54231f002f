import qs from 'qs';
import { startApp, type TestApp } from '../helpers/strapi';
import { bearer, createFullAccessToken, registerUser } from '../helpers/auth';
import { freshIp, submitComment } from '../helpers/comments';
import { createDocument, createReferenceData, validBodies } from '../helpers/content';

const COMMENT = 'api::comment.comment';
const PRIVATE_KEYS = ['authorEmail', 'ipHash', 'moderationNote', 'reports', 'reportCount', 'reporter'];

/*
 * Comments' private data (Decree 13/2023): email, IP hash, moderation note, reports. Comments are
 * made through the real flow; afterwards no value of theirs may appear, nor any private key, in
 * what the public role or a signed-in reader gets back from the comment routes, REST or GraphQL.
 */
describe('comments privacy', () => {
  let app: TestApp;
  let readerJwt: string;
  let token: string;
  let article: string;
  let comment: string;
  let reply: string;
  /** Every private value stored for the fixtures, read back from the database. */
  const secrets: string[] = [];
  let ipHash: string;

  type Role = 'public' | 'reader';
  const ROLES: Role[] = ['public', 'reader'];
  const headers = (role: Role): Record<string, string> => ({ 'X-Forwarded-For': freshIp(), ...(role === 'reader' ? bearer(readerJwt) : {}) });

  /** Object keys anywhere in a body (an error message naming a refused field is not a leak). */
  const keysOf = (value: unknown): string[] =>
    Array.isArray(value) ? value.flatMap(keysOf) : value && typeof value === 'object' ? Object.entries(value).flatMap(([key, child]) => [key, ...keysOf(child)]) : [];

  function leaks(label: string, response: { status: number; text: string; body: unknown }) {
    const problems: string[] = [];
    if (response.status >= 500) problems.push(`${label}: status ${response.status}`);
    for (const secret of secrets) if (response.text.includes(secret)) problems.push(`${label}: value ${secret.slice(0, 24)}`);
    const keys = new Set(keysOf(response.body));
    for (const key of PRIVATE_KEYS) if (keys.has(key)) problems.push(`${label}: key ${key}`);
    if (/sentinel/i.test(response.text)) problems.push(`${label}: sentinel`);
    return problems;
  }

  beforeAll(async () => {
    Object.assign(process.env, { IS_PROXIED: 'true', COMMENT_CHALLENGE: 'false', COMMENT_REPORT_THRESHOLD: '100' });
    app = await startApp({ contentLocales: ['vi', 'tyz'] });
    token = await createFullAccessToken(app);
    readerJwt = (await registerUser(app)).jwt;
    const refs = await createReferenceData(app);
    article = (await createDocument(app, 'api::news-article.news-article', validBodies(refs)['news-articles'])).documentId;

    const submit = async (data: Record<string, unknown>) => {
      const response = await submitComment(app, { targetType: 'news-article', targetDocumentId: article, authorName: 'Lê Văn Cường', ...data }, { challenge: false });
      expect(response.status).toBe(202);
      expect(leaks('submit', response)).toEqual([]);
      return response.body.data.documentId as string;
    };
    const approve = (documentIds: string[]) =>
      app.request().post('/api/comments/moderate').set(bearer(token)).send({ data: { documentIds, action: 'approve', note: 'SENTINEL_NOTE' } }).expect(200);
    comment = await submit({ authorEmail: 'leak-sentinel@example.com', content: 'Ý kiến về thủ tục đăng ký hộ kinh doanh.' });
    await approve([comment]);
    reply = await submit({ authorEmail: 'leak-sentinel-reply@example.com', content: 'Tôi đồng ý.', parent: comment });
    await approve([reply]);
    for (const reason of ['abuse', 'personal_data']) {
      await app.request().post(`/api/comments/${reply}/report`).set('X-Forwarded-For', freshIp()).send({ data: { reason } }).expect(202);
    }

    const rows = await app.strapi.db.query(COMMENT).findMany({ where: { documentId: { $in: [comment, reply] } } });
    ipHash = String(rows[0].ipHash);
    for (const row of rows as Record<string, unknown>[]) {
      secrets.push(String(row.authorEmail), String(row.ipHash), String(row.moderationNote));
      for (const entry of (row.reports as { reporter: string }[] | null) ?? []) secrets.push(entry.reporter);
    }
    expect(secrets.filter((secret) => secret.length > 10).length).toBeGreaterThanOrEqual(8);
  }, 180000);

  afterAll(async () => {
    await app?.stop();
  });

  it.each(ROLES)('shows the thread, a submission and a report as %s without a private value or key', async (role) => {
    const thread = await app.request().get(`/api/comments/thread?targetType=news-article&targetDocumentId=${article}`).set(headers(role)).expect(200);
    expect(thread.body.data[0].replies[0].documentId).toBe(reply);
    const submitted = await app
      .request()
      .post('/api/comments/submit')
      .set(headers(role))
      .send({ data: { targetType: 'news-article', targetDocumentId: article, authorName: 'Phạm Dung', authorEmail: 'leak-sentinel-new@example.com', content: `Cảm ơn (${role}).` } })
      .expect(202);
    const reported = await app.request().post(`/api/comments/${comment}/report`).set(headers(role)).send({ data: { reason: 'other' } }).expect(202);
    expect([...leaks('thread', thread), ...leaks('submit', submitted), ...leaks('report', reported)]).toEqual([]);
  });

  it.each(ROLES)('keeps the moderation queue and decisions closed to %s', async (role) => {
    const queue = await app.request().get('/api/comments/moderation-queue').set(headers(role)).expect(403);
    const moderate = await app
      .request()
      .post('/api/comments/moderate')
      .set(headers(role))
      .send({ data: { documentIds: [comment], action: 'reject' } })
      .expect(403);
    expect([...leaks('queue', queue), ...leaks('moderate', moderate)]).toEqual([]);
  });

  it.each(ROLES)('reveals nothing private through /api/comments populate, fields, filters or sort as %s', async (role) => {
    const problems: string[] = [];
    const get = (query: Record<string, unknown>) => app.request().get(`/api/comments?${qs.stringify(query, { encode: false })}`).set(headers(role));
    const ids = (response: { body: { data?: { documentId: string }[] } }) => (response.body.data ?? []).map((item) => item.documentId).sort();
    for (const query of [
      { populate: '*' },
      { populate: { parent: { populate: '*' }, replies: { populate: '*' } } },
      { fields: ['authorEmail', 'ipHash', 'moderationNote', 'reports', 'reportCount'] },
      { populate: { parent: { fields: ['authorEmail', 'ipHash'] } } },
      { status: 'draft' },
    ]) {
      const response = await get(query);
      problems.push(...leaks(`GET ${JSON.stringify(query)}`, response));
    }
    // A filter or sort on a private field must not tell the right value from a wrong one.
    for (const [right, wrong] of [
      [{ authorEmail: { $eq: 'leak-sentinel@example.com' } }, { authorEmail: { $eq: 'nobody@example.com' } }],
      [{ ipHash: { $eq: ipHash } }, { ipHash: { $eq: 'WRONG' } }],
      [{ moderationNote: { $containsi: 'sentinel' } }, { moderationNote: { $containsi: 'zzzz' } }],
      [{ reports: { $containsi: 'abuse' } }, { reports: { $containsi: 'zzzz' } }],
      [{ reportCount: { $gt: 1 } }, { reportCount: { $gt: 1000 } }],
      [{ replies: { authorEmail: { $startsWith: 'leak' } } }, { replies: { authorEmail: { $startsWith: 'zzzz' } } }],
    ]) {
      const hit = await get({ filters: right });
      const miss = await get({ filters: wrong });
      problems.push(...leaks(`filter ${JSON.stringify(right)}`, hit));
      expect({ right, status: hit.status, ids: ids(hit) }).toEqual({ right, status: miss.status, ids: ids(miss) });
    }
    for (const field of ['authorEmail', 'ipHash', 'reportCount']) {
      const asc = await get({ sort: `${field}:asc` });
      const desc = await get({ sort: `${field}:desc` });
      expect({ field, asc: asc.body.data?.map((item: { documentId: string }) => item.documentId) }).toEqual({ field, asc: desc.body.data?.map((item: { documentId: string }) => item.documentId) });
    }
    expect(problems).toEqual([]);
  });

  it.each(ROLES)('rejects private comment fields in GraphQL selections and filters as %s', async (role) => {
    const gql = (query: string) => app.request().post('/graphql').set(headers(role)).send({ query });
    const problems: string[] = [];
    for (const field of ['authorEmail', 'ipHash', 'moderationNote', 'reports', 'reportCount']) {
      const selected = await gql(`{ comments { documentId ${field} replies { ${field} } } }`);
      expect(selected.body.errors?.[0]?.message).toMatch(new RegExp(`Cannot query field "${field}"`));
      problems.push(...leaks(`graphql ${field}`, selected));
    }
    const filtered = await gql(`{ comments(filters: { authorEmail: { eq: "leak-sentinel@example.com" } }) { documentId } }`);
    expect(filtered.body.errors).toBeDefined();
    const listed = await gql(`{ comments { documentId authorName content parent { documentId } replies { documentId } } }`);
    expect(listed.body.data.comments.map((item: { documentId: string }) => item.documentId)).toEqual(expect.arrayContaining([comment, reply]));
    problems.push(...leaks('graphql filter', filtered), ...leaks('graphql list', listed));
    expect(problems).toEqual([]);
  });
});
