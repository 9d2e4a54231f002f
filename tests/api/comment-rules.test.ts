import { startApp, type TestApp } from '../helpers/strapi';
import { bearer, createFullAccessToken, registerUser } from '../helpers/auth';
import { freshEmail, freshIp, solvedChallenge, submitComment } from '../helpers/comments';
import { createDocument, createReferenceData, validBodies } from '../helpers/content';

const COMMENT = 'api::comment.comment';
const ARTICLE = 'api::news-article.news-article';

/*
 * The rules of a reader's submission: each refusal a 400 naming the field that writes nothing;
 * the honeypot, the proof-of-work challenge, rate limits (429 + Retry-After), duplicates and the
 * word lists, whose verdict the submitter never learns.
 */
describe('comment submission rules', () => {
  let app: TestApp;
  let readerJwt: string;
  const targets: Record<string, string> = {};
  const comments: Record<string, string> = {};

  const valid = (overrides: Record<string, unknown> = {}) => ({
    targetType: 'news-article',
    targetDocumentId: targets.open,
    authorName: 'Trần Thị Bình',
    authorEmail: freshEmail(),
    content: `Đề nghị công khai thời hạn giải quyết hồ sơ (${Math.random()}).`,
    ...overrides,
  });
  const storedCount = () => app.strapi.db.query(COMMENT).count();
  const stored = async (documentId: string) =>
    (await app.strapi.db.query(COMMENT).findOne({ where: { documentId, publishedAt: null } })) as Record<string, unknown>;
  /** As a signed-in reader, who needs no challenge. */
  const asReader = (data: Record<string, unknown> | undefined, ip = freshIp()) =>
    app
      .request()
      .post('/api/comments/submit')
      .set({ 'X-Forwarded-For': ip, ...bearer(readerJwt) })
      .send(data === undefined ? {} : { data });
  const ACCEPTED = { data: { documentId: expect.any(String), moderationStatus: 'pending' } };

  beforeAll(async () => {
    Object.assign(process.env, {
      IS_PROXIED: 'true',
      COMMENT_CHALLENGE: 'true',
      COMMENT_CHALLENGE_MAX_COUNTER: '200',
      COMMENT_RATE_LIMIT_IP_POINTS: '3',
      COMMENT_RATE_LIMIT_EMAIL_POINTS: '3',
    });
    app = await startApp({ contentLocales: ['vi', 'tyz'] });
    const refs = await createReferenceData(app);
    const bodies = validBodies(refs);
    const article = (data: Record<string, unknown> = {}, status: 'draft' | 'published' = 'published') =>
      createDocument(app, ARTICLE, { ...bodies['news-articles'], ...data }, { status }).then((created) => created.documentId);
    targets.open = await article();
    targets.other = await article();
    targets.draft = await article({}, 'draft');
    targets.closed = await article({ allowComments: false });
    targets.withdrawn = await article({ withdrawal: { explanation: 'Thông tin đã cũ.', withdrawnAt: '2024-04-01T00:00:00.000Z' } });
    targets.directive = (await createDocument(app, 'api::official-directive.official-directive', bodies['official-directives'])).documentId;
    readerJwt = (await registerUser(app)).jwt;

    const token = await createFullAccessToken(app);
    const approve = (documentId: string) =>
      app.request().post('/api/comments/moderate').set(bearer(token)).send({ data: { documentIds: [documentId], action: 'approve' } }).expect(200);
    comments.pending = (await asReader(valid()).expect(202)).body.data.documentId;
    comments.onOther = (await asReader(valid({ targetDocumentId: targets.other })).expect(202)).body.data.documentId;
    await approve(comments.onOther);
  }, 180000);

  afterAll(async () => {
    await app?.stop();
  });

  const long = (length: number) => 'ý'.repeat(length);
  const INVALID: [string, () => Record<string, unknown> | undefined, string][] = [
    ['no targetType', () => ({ ...valid(), targetType: undefined }), 'data.targetType'],
    ['an unknown targetType', () => valid({ targetType: 'poll' }), 'data.targetType'],
    ['no targetDocumentId', () => ({ ...valid(), targetDocumentId: undefined }), 'data.targetDocumentId'],
    ['a missing target', () => valid({ targetDocumentId: 'nosuchdocument000000000' }), 'targetDocumentId'],
    ['a draft target', () => valid({ targetDocumentId: targets.draft }), 'targetDocumentId'],
    ['a target closed to comments', () => valid({ targetDocumentId: targets.closed }), 'targetDocumentId'],
    ['a withdrawn target', () => valid({ targetDocumentId: targets.withdrawn }), 'targetDocumentId'],
    ['a type without comments', () => valid({ targetType: 'official-directive', targetDocumentId: targets.directive }), 'targetType'],
    ['a one-letter name', () => valid({ authorName: 'A' }), 'data.authorName'],
    ['an 81-character name', () => valid({ authorName: long(81) }), 'data.authorName'],
    ['a name in markup', () => valid({ authorName: '<i>An</i>' }), 'data.authorName'],
    ['no email', () => ({ ...valid(), authorEmail: undefined }), 'data.authorEmail'],
    ['an invalid email', () => valid({ authorEmail: 'not-an-email' }), 'data.authorEmail'],
    ['empty content', () => valid({ content: '' }), 'data.content'],
    ['blank content', () => valid({ content: '   ' }), 'data.content'],
    ['2001 characters', () => valid({ content: long(2001) }), 'data.content'],
    ['HTML content', () => valid({ content: '<script>alert(1)</script>Xin chào' }), 'data.content'],
    ['content that is not text', () => valid({ content: 42 }), 'data.content'],
    ['too many links', () => valid({ content: 'Xem https://a.vn, https://b.vn và www.c.vn' }), 'content'],
    ['a pending parent', () => valid({ parent: comments.pending }), 'parent'],
    ['a parent on another document', () => valid({ parent: comments.onOther }), 'parent'],
    ['an unknown locale', () => valid({ locale: 'xx' }), 'data.locale'],
    ['a field readers may not set', () => valid({ moderationStatus: 'approved' }), 'moderationStatus'],
    ['no data', () => undefined, 'data'],
  ];

  it.each(INVALID)('refuses %s with a 400 naming the field and stores nothing', async (_label, data, field) => {
    const before = await storedCount();
    const response = await asReader(data());
    expect(response.status).toBe(400);
    const { error } = response.body;
    expect(error.name).toBe('ValidationError');
    expect([error.message, ...error.details.errors.map((detail: { path: string[] }) => detail.path.join('.'))].join(' ')).toContain(field);
    expect(await storedCount()).toBe(before);
  });

  it('accepts the smallest and largest valid comment', async () => {
    await asReader(valid({ authorName: 'An', content: 'Ừ' })).expect(202);
    await asReader(valid({ authorName: long(80), content: long(2000) })).expect(202);
  });

  it('answers a filled honeypot like success and stores the comment as spam, out of the queue', async () => {
    const trapped = await asReader(valid({ website: 'http://quang-cao.example' })).expect(202);
    const normal = await asReader(valid()).expect(202);
    expect(trapped.body).toEqual(ACCEPTED);
    expect(Object.keys(trapped.headers).sort()).toEqual(Object.keys(normal.headers).sort());
    expect(await stored(trapped.body.data.documentId)).toMatchObject({ moderationStatus: 'spam', moderationNote: expect.stringContaining('honeypot') });
    expect(await stored(normal.body.data.documentId)).toMatchObject({ moderationStatus: 'pending', moderationNote: null });
  });

  it('requires a solved, unexpired, unused challenge of anonymous readers only', async () => {
    const issued = await app.request().get('/api/comments/challenge').expect(200);
    expect(issued.body).toMatchObject({ parameters: { algorithm: 'SHA-256', expiresAt: expect.any(Number) }, signature: expect.any(String) });

    const refused = async (altcha: string | undefined) => {
      const before = await storedCount();
      const response = await submitComment(app, valid(), altcha === undefined ? { challenge: false } : { altcha });
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors[0].path).toEqual(['headers', 'x-altcha']);
      expect(await storedCount()).toBe(before);
    };
    await refused(undefined);
    await refused('not base64 json');
    const solved = await solvedChallenge(app);
    const payload = JSON.parse(Buffer.from(solved, 'base64').toString());
    const forged = { ...payload, solution: { ...payload.solution, counter: payload.solution.counter + 1 } };
    await refused(Buffer.from(JSON.stringify(forged)).toString('base64'));
    const unsigned = { ...payload, challenge: { ...payload.challenge, signature: 'f'.repeat(64) } };
    await refused(Buffer.from(JSON.stringify(unsigned)).toString('base64'));

    expect((await submitComment(app, valid(), { altcha: solved })).status).toBe(202);
    await refused(solved);
    expect((await submitComment(app, valid(), { jwt: readerJwt })).status).toBe(202);
  });

  it('limits submissions per address and per email with 429 and Retry-After', async () => {
    const ip = freshIp();
    for (let index = 0; index < 3; index += 1) await asReader(valid(), ip).expect(202);
    const limited = await asReader(valid(), ip).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.error).toMatchObject({ status: 429, name: 'RateLimitError' });
    await asReader(valid()).expect(202);

    const authorEmail = freshEmail();
    for (let index = 0; index < 3; index += 1) await asReader(valid({ authorEmail })).expect(202);
    const before = await storedCount();
    const byEmail = await asReader(valid({ authorEmail: authorEmail.toUpperCase() })).expect(429);
    expect(Number(byEmail.headers['retry-after'])).toBeGreaterThan(0);
    expect(await storedCount()).toBe(before);
  });

  it('refuses the same text from the same email within the window', async () => {
    const authorEmail = freshEmail();
    const content = 'Cần thêm hướng dẫn nộp hồ sơ trực tuyến cho người cao tuổi.';
    await asReader(valid({ authorEmail, content })).expect(202);
    const again = await asReader(valid({ authorEmail, content: `  ${content} ` })).expect(400);
    expect(again.body.error.details.errors[0].path).toEqual(['content']);
    await asReader(valid({ content })).expect(202);
  });

  it.each(['Bài này viết đ.m quá', 'Đ M cán bộ', 'dm', 'ĐM', 'Địt mẹ', 'dit me thu tuc'])(
    'stores "%s" as spam while answering like any comment',
    async (content) => {
      const response = await asReader(valid({ content })).expect(202);
      expect(response.body).toEqual(ACCEPTED);
      expect(await stored(response.body.data.documentId)).toMatchObject({ moderationStatus: 'spam', moderationNote: expect.stringContaining('banned words') });
    }
  );

  it.each([
    ['Đồ ngu, làm việc chậm quá', 'suspect words: đồ ngu'],
    ['do ngu, lam viec cham qua', 'suspect words: đồ ngu'],
    ['Toi khong biet nop ho so o dau', 'typed without diacritics'],
  ])('flags "%s" for the moderator and keeps it pending', async (content, flag) => {
    const response = await asReader(valid({ content })).expect(202);
    expect(response.body).toEqual(ACCEPTED);
    expect(await stored(response.body.data.documentId)).toMatchObject({ moderationStatus: 'pending', moderationNote: expect.stringContaining(flag) });
  });
});
