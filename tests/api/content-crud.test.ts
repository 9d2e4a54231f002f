import { startApp, type TestApp } from '../helpers/strapi';
import { bearer, createFullAccessToken } from '../helpers/auth';
import { createReferenceData, post, validBodies, type MainType, type Refs } from '../helpers/content';

const GRAPHQL_LIST: Record<MainType, string> = {
  'news-articles': 'newsArticles { documentId title slug publishedDate category { name } reformAreas { code } }',
  'official-directives': 'officialDirectives { documentId documentNumber sequence typeCode issuerCode title issuingAgency { name } }',
  campaigns: 'campaigns { documentId name slug startDate endDate campaignStatus targets { channel targetCount } }',
  contests: 'contests { documentId title slug startAt endAt rounds { name questions { prompt points choices { label } } } }',
  comments: 'comments { documentId authorName content targetType targetDocumentId }',
};

const TITLE_FIELD: Record<MainType, string> = {
  'news-articles': 'title',
  'official-directives': 'title',
  campaigns: 'name',
  contests: 'title',
  comments: 'content',
};

describe('content types', () => {
  let app: TestApp;
  let token: string;
  let refs: Refs;
  let articleId: string;

  beforeAll(async () => {
    app = await startApp();
    token = await createFullAccessToken(app);
    refs = await createReferenceData(app);
    const article = await post(app, token, 'news-articles', { ...validBodies(refs)['news-articles'], title: 'Tin để bình luận' });
    articleId = article.body.data.documentId;
  });
  afterAll(() => app.stop());

  const types = Object.keys(GRAPHQL_LIST) as MainType[];

  describe.each(types)('%s', (type) => {
    const body = () => validBodies(refs, articleId)[type];
    const field = TITLE_FIELD[type];

    it('creates a draft the public cannot read, then publishes it for everyone', async () => {
      const draft = await post(app, token, type, body(), '?status=draft').expect(201);
      const { documentId } = draft.body.data;
      await app.request().get(`/api/${type}/${documentId}`).expect(404);
      const list = await app.request().get(`/api/${type}`).expect(200);
      expect(list.body.data.map((item: { documentId: string }) => item.documentId)).not.toContain(documentId);

      await app
        .request()
        .put(`/api/${type}/${documentId}?status=published`)
        .set(bearer(token))
        .send({ data: {} })
        .expect(200);
      const published = await app.request().get(`/api/${type}/${documentId}`).expect(200);
      expect(published.body.data[field]).toBe((body() as Record<string, unknown>)[field]);
    });

    it('updates and deletes durably', async () => {
      const created = await post(app, token, type, body()).expect(201);
      const { documentId } = created.body.data;
      const changed = `${(body() as Record<string, string>)[field]} (đã sửa)`;
      await app.request().put(`/api/${type}/${documentId}`).set(bearer(token)).send({ data: { [field]: changed } }).expect(200);
      const reread = await app.request().get(`/api/${type}/${documentId}`).expect(200);
      expect(reread.body.data[field]).toBe(changed);

      await app.request().delete(`/api/${type}/${documentId}`).set(bearer(token)).expect(204);
      await app.request().get(`/api/${type}/${documentId}`).expect(404);
      await app.request().get(`/api/${type}/${documentId}?status=draft`).set(bearer(token)).expect(404);
    });

    it('answers a public GraphQL list query with published items only', async () => {
      const draft = await post(app, token, type, body(), '?status=draft').expect(201);
      const response = await app.request().post('/graphql').send({ query: `{ ${GRAPHQL_LIST[type]} }` }).expect(200);
      expect(response.body.errors).toBeUndefined();
      const items = Object.values(response.body.data)[0] as { documentId: string }[];
      expect(items.length).toBeGreaterThan(0);
      expect(items.map((item) => item.documentId)).not.toContain(draft.body.data.documentId);

      const asDraft = await app
        .request()
        .post('/graphql')
        .send({ query: `{ ${GRAPHQL_LIST[type].replace(' {', '(status: DRAFT) {')} }` });
      const draftItems = (Object.values(asDraft.body.data ?? {})[0] ?? []) as { documentId: string }[];
      expect(draftItems.map((item) => item.documentId)).not.toContain(draft.body.data.documentId);
    });

    it('refuses writes from the public role', async () => {
      await app.request().post(`/api/${type}`).send({ data: body() }).expect(403);
    });
  });

  it('generates slugs from Vietnamese titles with diacritics folded, unique per locale', async () => {
    const data = { ...validBodies(refs)['news-articles'], title: 'Đẩy mạnh tuyên truyền' };
    const first = await post(app, token, 'news-articles', data).expect(201);
    const second = await post(app, token, 'news-articles', data).expect(201);
    expect(first.body.data.slug).toBe('day-manh-tuyen-truyen');
    expect(second.body.data.slug).toBe('day-manh-tuyen-truyen-1');

    const custom = await post(app, token, 'news-articles', { ...data, slug: 'ten-rieng' }).expect(201);
    expect(custom.body.data.slug).toBe('ten-rieng');
  });

  it('parses document numbers into their parts on save', async () => {
    const created = await post(app, token, 'official-directives', {
      ...validBodies(refs)['official-directives'],
      documentNumber: '61/2018/NĐ-CP',
      documentType: undefined,
      issuingAgency: refs.government,
      issuedDate: '2018-04-23',
      effectiveDate: '2018-06-21',
    }).expect(201);
    expect(created.body.data).toMatchObject({
      documentNumber: '61/2018/NĐ-CP',
      sequence: 61,
      year: 2018,
      typeCode: 'NĐ',
      issuerCode: 'CP',
      unitCode: null,
      documentType: 'decree',
    });

    const letter = await post(app, token, 'official-directives', {
      ...validBodies(refs)['official-directives'],
      documentNumber: '1886/UBND-NC',
      documentType: 'official_letter',
    }).expect(201);
    expect(letter.body.data).toMatchObject({ sequence: 1886, typeCode: null, issuerCode: 'UBND', unitCode: 'NC' });
  });
});
