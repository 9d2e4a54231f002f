import { startApp, type TestApp } from '../helpers/strapi';
import { bearer, createFullAccessToken } from '../helpers/auth';
import { CORRECT, QUESTIONS, createQuizContest, entryBody, nextIdNumber } from '../helpers/contests';
import { deriveTokenKey, signAttempt, type AttemptClaims } from '../../src/api/contest/quiz/attempt-token';

type Response = { status: number; body: { data?: Record<string, unknown>; error?: { status: number; message: string; details?: { errors?: { path: string[] }[] } } } };

describe('contest quiz', () => {
  let app: TestApp;
  let token: string;
  let contestId: string;

  const url = (path: string, documentId = contestId) => `/api/contests/${documentId}${path}`;
  const start = (round = 'open', documentId = contestId) => app.request().post(url(`/rounds/${round}/start`, documentId));
  const submit = (body: unknown, round = 'open', documentId = contestId) => app.request().post(url(`/rounds/${round}/entries`, documentId)).send(body as object);
  const attemptToken = async (round = 'open', documentId = contestId) => (await start(round, documentId).expect(201)).body.data.attemptToken as string;
  const entriesOf = (documentId = contestId) => app.strapi.db.query('api::contest-entry.contest-entry').findMany({ where: { contestDocumentId: documentId } });
  const signed = (claims: Partial<AttemptClaims>) =>
    signAttempt(deriveTokenKey(app.strapi.config.get('cchc.dataHashSecret') as string), {
      contest: contestId,
      round: 'open',
      locale: 'vi',
      startedAt: Date.now() - 60_000,
      expiresAt: Date.now() + 60_000,
      nonce: `test-${Math.random()}`,
      ...claims,
    });

  /** A 400 whose details name `field` and that stored nothing. */
  async function expectFieldError(response: Response, field: string, stored: number) {
    expect(response.status).toBe(400);
    expect(response.body.data).toBeNull();
    expect(response.body.error?.message).toContain(field);
    const paths = (response.body.error?.details?.errors ?? []).map((error) => error.path.join('.'));
    expect(paths.some((path) => path === field || path.endsWith(`.${field}`) || path === `data.${field}`)).toBe(true);
    expect(await entriesOf()).toHaveLength(stored);
  }

  beforeAll(async () => {
    app = await startApp();
    token = await createFullAccessToken(app);
    contestId = (await createQuizContest(app)).documentId;
  });
  afterAll(() => app.stop());

  it('serves an open round with its questions and choices in the editor order, without any answer key', async () => {
    const response = await app.request().get(url('/rounds/open')).expect(200);
    expect(response.body.data).toEqual({
      key: 'open',
      name: 'Vòng 1',
      startAt: expect.any(String),
      endAt: expect.any(String),
      state: 'open',
      predictionQuestion: 'Bao nhiêu bài dự thi?',
      questions: QUESTIONS.map(({ key, prompt, points, choices }) => ({ key, prompt, points, choices })),
    });
    expect(JSON.stringify(response.body)).not.toMatch(/correct|"id"/i);
  });

  it('shows a round that has not opened without its questions', async () => {
    const response = await app.request().get(url('/rounds/later')).expect(200);
    expect(response.body.data).toMatchObject({ key: 'later', state: 'upcoming', questions: [] });
  });

  it('answers 404 for an unknown round or contest', async () => {
    await app.request().get(url('/rounds/nope')).expect(404);
    await app.request().get(url('/rounds/open', 'nosuchcontest')).expect(404);
  });

  it('starts an attempt with a signed, expiring token and the question order', async () => {
    const before = Date.now();
    const response = await start().expect(201);
    const { attemptToken, startedAt, expiresAt, questionOrder } = response.body.data;
    expect(Object.keys(response.body.data).sort()).toEqual(['attemptToken', 'expiresAt', 'questionOrder', 'startedAt']);
    expect(attemptToken).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(new Date(startedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(new Date(startedAt).getTime());
    expect(questionOrder).toEqual(QUESTIONS.map((question) => question.key));
  });

  it('scores and stores an entry, answering only a receipt when the contest hides scores', async () => {
    const body = entryBody(await attemptToken(), { answers: [CORRECT[0], { question: 'mot-cua', choice: 1 }, CORRECT[2]], prediction: 42 });
    const response = await submit(body).expect(201);
    expect(Object.keys(response.body.data).sort()).toEqual(['receipt', 'submittedAt']);
    const [entry] = await entriesOf();
    expect(entry).toMatchObject({ receipt: response.body.data.receipt, roundKey: 'open', score: 7, prediction: 42, consent: true });
    expect(entry.idNumberHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(entry)).not.toContain(body.data.idNumber);
    expect(entry.ipHash).toMatch(/^[0-9a-f]{64}$/);
    expect(entry.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('reveals the score in the 201 when the contest says so', async () => {
    const revealing = (await createQuizContest(app, { revealScore: true })).documentId;
    const response = await submit(entryBody(await attemptToken('open', revealing)), 'open', revealing).expect(201);
    expect(response.body.data.score).toBe(10);
  });

  it('gives each participant an independently shuffled order when the contest shuffles', async () => {
    const shuffling = (await createQuizContest(app, { shuffleQuestions: true })).documentId;
    const orders = new Set<string>();
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const { questionOrder } = (await start('open', shuffling).expect(201)).body.data;
      expect([...questionOrder].sort()).toEqual(QUESTIONS.map((question) => question.key).sort());
      orders.add(questionOrder.join());
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('answers 409 to a second entry of the same citizen ID, with the same or a new token, storing one', async () => {
    const stored = (await entriesOf()).length;
    const idNumber = nextIdNumber();
    const first = await attemptToken();
    await submit(entryBody(first, { idNumber })).expect(201);
    const again = await submit(entryBody(first, { idNumber }));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ data: null, error: { status: 409, name: 'ConflictError' } });
    await submit(entryBody(await attemptToken(), { idNumber })).expect(409);
    expect(await entriesOf()).toHaveLength(stored + 1);
  });

  it('lets exactly one of simultaneous submissions of one person win; the others get 409', async () => {
    const stored = (await entriesOf()).length;
    const idNumber = nextIdNumber();
    const tokens = await Promise.all([1, 2, 3, 4, 5].map(() => attemptToken()));
    const responses = await Promise.all(tokens.map((attempt) => submit(entryBody(attempt, { idNumber }))));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(await entriesOf()).toHaveLength(stored + 1);
  });

  describe('rejects with 400 naming the field, storing nothing', () => {
    it.each([
      ['a bad citizen ID', { idNumber: '12345' }, 'idNumber'],
      ['a citizen ID given as a number', { idNumber: 1234567890123 }, 'idNumber'],
      ['a negative prediction', { prediction: -1 }, 'prediction'],
      ['a fractional prediction', { prediction: 1.5 }, 'prediction'],
      ['a prediction as text', { prediction: '12' }, 'prediction'],
      ['missing consent', { consent: undefined }, 'consent'],
      ['refused consent', { consent: false }, 'consent'],
      ['no answers', { answers: [] }, 'answers'],
      ['an unanswered question', { answers: CORRECT.slice(1) }, 'answers'],
      ['an unknown question', { answers: [...CORRECT.slice(1), { question: 'khong-co', choice: 0 }] }, 'answers.2.question'],
      ['an unknown choice', { answers: [{ question: 'nq76', choice: 3 }, ...CORRECT.slice(1)] }, 'answers.0.choice'],
      ['a question answered twice', { answers: [...CORRECT, CORRECT[0]] }, 'answers.3.question'],
      ['neither email nor phone', { email: undefined }, 'email'],
      ['an unknown field', { idNumberHash: 'x' }, 'data'],
    ])('%s', async (_case, override, field) => {
      const stored = (await entriesOf()).length;
      await expectFieldError(await submit(entryBody(await attemptToken(), override)), field, stored);
    });

    it('a token that has expired, was forged, altered or issued for another round', async () => {
      const stored = (await entriesOf()).length;
      const valid = await attemptToken();
      const [payload, signature] = valid.split('.');
      const altered = `${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), startedAt: Date.now() + 3_600_000 })).toString('base64url')}.${signature}`;
      const otherKey = signAttempt(deriveTokenKey('not-our-secret'), JSON.parse(Buffer.from(payload, 'base64url').toString()));
      for (const candidate of [signed({ expiresAt: Date.now() - 1 }), altered, otherKey, 'garbage', signed({ round: 'closed' })]) {
        await expectFieldError(await submit(entryBody(candidate)), 'attemptToken', stored);
      }
    });

    it('a token already used for another person’s entry', async () => {
      const reused = await attemptToken();
      await submit(entryBody(reused)).expect(201);
      const stored = (await entriesOf()).length;
      await expectFieldError(await submit(entryBody(reused)), 'attemptToken', stored);
    });

    it('a round that is closed or not open yet, by the server clock', async () => {
      const stored = (await entriesOf()).length;
      await expectFieldError(await start('closed'), 'key', stored);
      await expectFieldError(await start('later'), 'key', stored);
      await expectFieldError(await submit(entryBody(signed({ round: 'closed' })), 'closed'), 'key', stored);
      await expectFieldError(await submit(entryBody(signed({ round: 'later' })), 'later'), 'key', stored);
    });
  });

  it('keeps contest entries unreadable for the public role', async () => {
    await app.request().get('/api/contest-entries').expect(403);
    const response = await app.request().get('/api/contest-entries').set(bearer(token)).expect(200);
    expect(response.body.data.length).toBeGreaterThan(0);
  });
});
