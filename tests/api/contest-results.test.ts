import { startApp, type TestApp } from '../helpers/strapi';
import { bearer, createFullAccessToken, registerUser } from '../helpers/auth';
import { createDocument } from '../helpers/content';
import { createQuizContest } from '../helpers/contests';
import { signInAdmin, signInSuperAdmin } from '../helpers/admin';

const ENTRY_UID = 'api::contest-entry.contest-entry';

/**
 * Eight crafted entries of the closed round, listed in the order SPEC §3 ranks them:
 * score desc → |prediction − 8 actual entries| asc → duration asc → submittedAt asc → created first.
 */
const RANKED = [
  { receipt: 'r-top', fullName: 'Trần Thị Bích', score: 12, prediction: null, durationMs: 9000, submittedAt: '2024-01-01T10:00:00.000Z' },
  { receipt: 'r-early', fullName: 'Nguyễn Văn An', score: 10, prediction: 8, durationMs: 3000, submittedAt: '2024-01-01T09:00:00.000Z' },
  { receipt: 'r-twin', fullName: 'Lò Văn Hùng', score: 10, prediction: 8, durationMs: 3000, submittedAt: '2024-01-01T09:00:00.000Z' },
  { receipt: 'r-late', fullName: 'Hoàng Thị Mai', score: 10, prediction: 8, durationMs: 3000, submittedAt: '2024-01-01T09:30:00.000Z' },
  { receipt: 'r-slow', fullName: 'Đặng Văn Bình', score: 10, prediction: 8, durationMs: 9000, submittedAt: '2024-01-01T08:00:00.000Z' },
  { receipt: 'r-near', fullName: 'Phạm Minh Châu', score: 10, prediction: 3, durationMs: 1000, submittedAt: '2024-01-01T08:00:00.000Z' },
  { receipt: 'r-far', fullName: 'Vi Thị Dung', score: 10, prediction: 100, durationMs: 1000, submittedAt: '2024-01-01T08:00:00.000Z' },
  { receipt: 'r-none', fullName: 'Ma Văn Em', score: 10, prediction: null, durationMs: 500, submittedAt: '2024-01-01T07:00:00.000Z' },
];
const MASKED = ['Trần T. B.', 'Nguyễn V. A.', 'Lò V. H.', 'Hoàng T. M.', 'Đặng V. B.', 'Phạm M. C.', 'Vi T. D.', 'Ma V. E.'];

describe('contest results', () => {
  let app: TestApp;
  let token: string;
  let published: string;
  let unpublished: string;

  const craft = (contestDocumentId: string, roundKey: string, entry: (typeof RANKED)[number], index: number) =>
    createDocument(app, ENTRY_UID, {
      ...entry,
      receipt: `${contestDocumentId}-${entry.receipt}`,
      contest: contestDocumentId,
      contestDocumentId,
      roundKey,
      idNumberHash: `hash-${index}`,
      email: `nguoi.du.thi.${index}@example.com`,
      organization: `Đơn vị ${index}`,
      province: 'Cao Bằng',
      consent: true,
    });
  const receiptOf = (documentId: string, index: number) => `${documentId}-${RANKED[index].receipt}`;

  beforeAll(async () => {
    app = await startApp();
    token = await createFullAccessToken(app);
    published = (await createQuizContest(app, { resultsPublished: true })).documentId;
    unpublished = (await createQuizContest(app)).documentId;
    // Created out of ranking order, except the full tie, where creation order is the last criterion.
    const order = [7, 0, 5, 1, 2, 6, 3, 4];
    for (const index of order) await craft(published, 'closed', RANKED[index], index);
    for (const index of order) await craft(unpublished, 'closed', RANKED[index], index);
    await craft(published, 'open', { ...RANKED[0], receipt: 'r-open' }, 0);
  });
  afterAll(() => app.stop());

  const leaderboard = (documentId: string, query = '', round = 'closed') =>
    app.request().get(`/api/contests/${documentId}/rounds/${round}/leaderboard${query}`);

  it('ranks by score, prediction distance to the actual entries, duration, submission time and creation', async () => {
    const response = await leaderboard(published, '?pageSize=100').expect(200);
    expect(response.body.data.map((row: { name: string }) => row.name)).toEqual(MASKED);
    expect(response.body.data.map((row: { rank: number }) => row.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(response.body.meta.round).toEqual({ key: 'closed', name: 'Vòng 0', actualEntries: 8 });
  });

  it('pages the leaderboard and shows only masked name, unit, province, score and rank', async () => {
    const response = await leaderboard(published, '?page=2&pageSize=3').expect(200);
    expect(response.body.data).toEqual([
      { rank: 4, name: 'Hoàng T. M.', organization: 'Đơn vị 3', province: 'Cao Bằng', score: 10 },
      { rank: 5, name: 'Đặng V. B.', organization: 'Đơn vị 4', province: 'Cao Bằng', score: 10 },
      { rank: 6, name: 'Phạm M. C.', organization: 'Đơn vị 5', province: 'Cao Bằng', score: 10 },
    ]);
    expect(response.body.meta.pagination).toEqual({ page: 2, pageSize: 3, pageCount: 3, total: 8 });
    expect(JSON.stringify(response.body)).not.toMatch(/example\.com|hash-|receipt|Nguyễn Văn An/);
  });

  it('answers one participant by receipt with rank and round', async () => {
    const response = await app.request().get(`/api/contests/${published}/results/${receiptOf(published, 2)}`).expect(200);
    expect(response.body.data).toMatchObject({
      rank: 3,
      name: 'Lò V. H.',
      score: 10,
      receipt: receiptOf(published, 2),
      round: { key: 'closed', name: 'Vòng 0', actualEntries: 8 },
    });
    await app.request().get(`/api/contests/${published}/results/unknown-receipt`).expect(404);
  });

  it('hides results with 404 until they are published and the round has closed', async () => {
    await leaderboard(unpublished).expect(404);
    await app.request().get(`/api/contests/${unpublished}/results/${receiptOf(unpublished, 0)}`).expect(404);
    await leaderboard(published, '', 'open').expect(404);
    await app.request().get(`/api/contests/${published}/results/${published}-r-top`).expect(200);
  });

  it('rejects bad pagination with 400 naming the parameter', async () => {
    const response = await leaderboard(published, '?pageSize=1000').expect(400);
    expect(response.body.error.message).toContain('pageSize');
    await leaderboard(published, '?sort=score').expect(400);
  });

  it('exports the full ranking as CSV with a BOM and the actual entry count for a full-access token only', async () => {
    const response = await app
      .request()
      .get(`/api/contests/${unpublished}/rounds/closed/results.csv`)
      .set(bearer(token))
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(null, text));
      })
      .expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['x-actual-entries']).toBe('8');
    const text = response.body as string;
    expect(text.startsWith('\uFEFFrank,receipt,fullName,organization,province,email,phone,score,prediction,predictionDistance,actualEntries,')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(9);
    expect(lines.slice(1).map((line) => line.split(',')[2])).toEqual(RANKED.map((entry) => entry.fullName));
    expect(lines[2]).toContain(`2,${receiptOf(unpublished, 1)},Nguyễn Văn An,Đơn vị 1,Cao Bằng,nguoi.du.thi.1@example.com,,10,8,0,8,3000,`);

    await app.request().get(`/api/contests/${unpublished}/rounds/closed/results.csv`).expect(403);
    const reader = await registerUser(app);
    await app.request().get(`/api/contests/${unpublished}/rounds/closed/results.csv`).set(bearer(reader.jwt)).expect(403);
  });

  it('exports the same CSV to staff whose admin role may read contest entries, and to no other staff', async () => {
    const path = `/admin/contests/${unpublished}/rounds/closed/results.csv`;
    const superAdmin = await signInSuperAdmin(app);
    const response = await app.request().get(path).set(bearer(superAdmin.jwt)).buffer(true).parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    });
    expect(response.status).toBe(200);
    expect(response.headers['x-actual-entries']).toBe('8');
    expect((response.body as string).slice(1).trim().split('\r\n')).toHaveLength(9);

    const translator = await signInAdmin(app, { code: 'cchc-translator-tyz' });
    await app.request().get(path).set(bearer(translator.jwt)).expect(403);
    await app.request().get(path).expect(401);
    await app.request().get(path).set(bearer(token)).expect(401);
  });
});
