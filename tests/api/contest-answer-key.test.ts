import qs from 'qs';
import { startApp, type TestApp } from '../helpers/strapi';
import { bearer, createFullAccessToken, registerUser } from '../helpers/auth';
import { QUESTIONS, at, createQuizContest } from '../helpers/contests';

const HOUR = 3_600_000;

describe('contest answer key and round keys', () => {
  let app: TestApp;
  let token: string;
  let readerJwt: string;
  let contestId: string;

  beforeAll(async () => {
    app = await startApp();
    token = await createFullAccessToken(app);
    readerJwt = (await registerUser(app)).jwt;
    contestId = (await createQuizContest(app)).documentId;
    // Same prompts, other answers: a filter or sort on correctChoice that worked would tell them apart.
    await createQuizContest(app, {
      title: 'Cuộc thi đối chứng',
      rounds: [{ key: 'open', name: 'Vòng 1', startAt: at(-HOUR), endAt: at(HOUR), questions: QUESTIONS.map((q) => ({ ...q, correctChoice: 0 })) }],
    });
  });
  afterAll(() => app.stop());

  const deepPopulate = { rounds: { populate: { questions: { populate: '*' } } } };
  const get = (path: string, query: object, auth?: string) => {
    const request = app.request().get(`${path}?${qs.stringify(query, { encodeValuesOnly: true })}`);
    return auth ? request.set(bearer(auth)) : request;
  };
  const titles = (body: { data?: { title: string }[] }) => (body.data ?? []).map((contest) => contest.title).sort();

  describe.each([
    ['public', undefined],
    ['a signed-in reader', 'reader'],
  ])('for %s', (_who, who) => {
    const auth = () => (who ? readerJwt : undefined);

    it.each([
      ['populate=*', { populate: '*' }],
      ['deep populate of rounds.questions', { populate: deepPopulate }],
      ['fields naming correctChoice', { populate: { rounds: { populate: { questions: { fields: ['prompt', 'correctChoice'] } } } } }],
    ])('leaves correctChoice out of %s', async (_case, query) => {
      const response = await get('/api/contests', query, auth());
      // A 400 may repeat the name the client sent, never a value.
      expect(JSON.stringify(response.body)).not.toMatch(/"correctChoice":/);
      if (response.status === 200) expect(response.body.data.length).toBeGreaterThan(0);
      else expect(response.status).toBe(400);
    });

    it('refuses or ignores filters and sort on correctChoice, never telling contests apart by it', async () => {
      for (const choice of [0, 1]) {
        const filter = { filters: { rounds: { questions: { correctChoice: { $eq: choice } } } } };
        const response = await get('/api/contests', filter, auth());
        if (response.status === 200) expect(response.body.data).toHaveLength(2);
        else expect(response.status).toBe(400);
        expect(JSON.stringify(response.body)).not.toMatch(/"correctChoice":/);
      }
      const ascending = await get('/api/contests', { sort: 'rounds.questions.correctChoice:asc' }, auth());
      const descending = await get('/api/contests', { sort: 'rounds.questions.correctChoice:desc' }, auth());
      expect(ascending.status).toBe(descending.status);
      if (ascending.status === 200) expect(titles(ascending.body)).toEqual(titles(descending.body));
      else expect(ascending.status).toBe(400);
    });

    it('has no correctChoice in GraphQL, neither to read nor to filter', async () => {
      const graphql = (query: string) => {
        const request = app.request().post('/graphql').send({ query });
        return auth() ? request.set(bearer(auth() as string)) : request;
      };
      const read = await graphql('{ contests { rounds { key questions { key prompt points choices { label } } } } }');
      expect(read.status).toBe(200);
      expect(read.body.data.contests.length).toBeGreaterThan(0);
      expect(JSON.stringify(read.body)).not.toMatch(/correctChoice/);
      const asked = await graphql('{ contests { rounds { questions { correctChoice } } } }');
      expect(asked.body.errors?.length).toBeGreaterThan(0);
      expect(asked.body.data).toBeUndefined();
      const filtered = await graphql('{ contests(filters: { rounds: { questions: { correctChoice: { eq: 1 } } } }) { title } }');
      expect(filtered.body.errors?.length).toBeGreaterThan(0);
    });

    it('keeps the answer key out of the round route', async () => {
      const request = app.request().get(`/api/contests/${contestId}/rounds/open`);
      const response = await (auth() ? request.set(bearer(auth() as string)) : request).expect(200);
      expect(JSON.stringify(response.body)).not.toMatch(/correct/i);
    });
  });

  it('generates round and question keys on save and keeps them across edits', async () => {
    const created = await app
      .request()
      .post('/api/contests')
      .set(bearer(token))
      .send({
        data: {
          title: 'Cuộc thi không khai báo khoá',
          startAt: at(-HOUR),
          endAt: at(HOUR),
          rounds: [{ name: 'Vòng 1', questions: [{ prompt: 'Câu 1?', choices: [{ label: 'A' }, { label: 'B' }], correctChoice: 0 }] }],
        },
      })
      .expect(201);
    const documentId = created.body.data.documentId as string;
    const keysOf = async () => {
      const stored = await app.strapi.documents('api::contest.contest').findOne({
        documentId,
        status: 'draft',
        populate: { rounds: { populate: { questions: true } } },
      });
      const rounds = (stored?.rounds ?? []) as { id: number; key: string; name: string; questions: { id: number; key: string }[] }[];
      return rounds.map((round) => ({ id: round.id, key: round.key, questions: round.questions.map((question) => question.key) }));
    };
    const [first] = await keysOf();
    expect(first.key).toMatch(/^[0-9a-f]{8}$/);
    expect(first.questions[0]).toMatch(/^[0-9a-f]{8}$/);

    await app.request().put(`/api/contests/${documentId}`).set(bearer(token)).send({ data: { title: 'Đổi tên cuộc thi' } }).expect(200);
    expect((await keysOf())[0]).toMatchObject({ key: first.key, questions: first.questions });

    await app
      .request()
      .put(`/api/contests/${documentId}`)
      .set(bearer(token))
      .send({ data: { rounds: [{ id: first.id, name: 'Vòng 1 (sửa)' }] } })
      .expect(200);
    expect((await keysOf())[0].key).toBe(first.key);
  });

  it('refuses a round key used twice in one contest, naming it', async () => {
    const response = await app
      .request()
      .post('/api/contests')
      .set(bearer(token))
      .send({ data: { title: 'Trùng khoá', startAt: at(-HOUR), endAt: at(HOUR), rounds: [{ key: 'v1', name: 'Vòng 1' }, { key: 'v1', name: 'Vòng 2' }] } })
      .expect(400);
    expect(response.body.error.message).toContain('rounds.1.key');
    expect(await app.strapi.documents('api::contest.contest').count({ filters: { title: 'Trùng khoá' } })).toBe(0);
  });
});
