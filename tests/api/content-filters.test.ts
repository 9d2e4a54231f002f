import { startApp, type TestApp } from '../helpers/strapi';
import { createFullAccessToken } from '../helpers/auth';
import { createReferenceData, post, validBodies, type Refs } from '../helpers/content';

type Item = { title: string };
const titles = (response: { body: { data: Item[] } }) => response.body.data.map((item) => item.title).sort();

describe('content filters', () => {
  let app: TestApp;
  let refs: Refs;
  const get = (url: string) => app.request().get(url).expect(200);

  beforeAll(async () => {
    app = await startApp();
    const token = await createFullAccessToken(app);
    refs = await createReferenceData(app);
    const base = validBodies(refs);

    const resolution = await post(app, token, 'official-directives', {
      ...base['official-directives'],
      documentNumber: '76/NQ-CP',
      documentType: 'resolution',
      title: 'Nghị quyết 76',
      issuingAgency: refs.government,
      issuedDate: '2021-07-15',
      effectiveDate: '2021-07-15',
    }).expect(201);
    await post(app, token, 'official-directives', {
      ...base['official-directives'],
      documentNumber: '61/2018/NĐ-CP',
      documentType: 'decree',
      title: 'Nghị định 61',
      issuingAgency: refs.government,
      issuedDate: '2018-04-23',
      effectiveDate: '2018-06-21',
      legalStatus: 'partially_expired',
    }).expect(201);
    await post(app, token, 'official-directives', {
      ...base['official-directives'],
      documentNumber: '1886/UBND-NC',
      documentType: 'official_letter',
      title: 'Công văn 1886',
      issuedDate: '2023-08-03',
      effectiveDate: null,
    }).expect(201);

    await post(app, token, 'news-articles', {
      ...base['news-articles'],
      title: 'Tin Lạng Sơn',
      relatedDirectives: [resolution.body.data.documentId],
    }).expect(201);
    await post(app, token, 'news-articles', {
      ...base['news-articles'],
      title: 'Tin Cao Bằng',
      category: refs.otherCategory,
      agency: refs.government,
      province: 'Cao Bằng',
      reformAreas: [refs.digitalArea],
    }).expect(201);
  });
  afterAll(() => app.stop());

  it.each([
    ['category', `filters[category][documentId][$eq]=CATEGORY`, ['Tin Lạng Sơn']],
    ['category slug', 'filters[category][slug][$eq]=chuyen-doi-so', ['Tin Cao Bằng']],
    ['agency', `filters[agency][documentId][$eq]=GOVERNMENT`, ['Tin Cao Bằng']],
    ['province', `filters[province][$eq]=${encodeURIComponent('Cao Bằng')}`, ['Tin Cao Bằng']],
    ['reform area', 'filters[reformAreas][code][$eq]=administrative_procedures', ['Tin Lạng Sơn']],
    ['related directive', `filters[relatedDirectives][documentNumber][$eq]=${encodeURIComponent('76/NQ-CP')}`, ['Tin Lạng Sơn']],
  ])('finds articles by %s', async (_, query, expected) => {
    const resolved = query.replace('CATEGORY', refs.category).replace('GOVERNMENT', refs.government);
    expect(titles(await get(`/api/news-articles?${resolved}`))).toEqual(expected);
  });

  it.each([
    ['documentType', 'filters[documentType][$eq]=decree', ['Nghị định 61']],
    ['issuer code', 'filters[issuerCode][$eq]=CP', ['Nghị định 61', 'Nghị quyết 76']],
    ['issuing agency', 'filters[issuingAgency][abbreviation][$eq]=UBND', ['Công văn 1886']],
    ['year in the number', 'filters[year][$eq]=2018', ['Nghị định 61']],
    ['issued date range', 'filters[issuedDate][$gte]=2021-01-01&filters[issuedDate][$lte]=2021-12-31', ['Nghị quyết 76']],
    ['legal status', 'filters[legalStatus][$eq]=partially_expired', ['Nghị định 61']],
  ])('finds directives by %s', async (_, query, expected) => {
    expect(titles(await get(`/api/official-directives?${query}`))).toEqual([...expected].sort());
  });

  it('reads the inverse side of a directive relation', async () => {
    const response = await get(
      `/api/official-directives?filters[documentNumber][$eq]=${encodeURIComponent('76/NQ-CP')}&populate[relatedArticles][fields][0]=title`
    );
    expect(response.body.data[0].relatedArticles.map((article: Item) => article.title)).toEqual(['Tin Lạng Sơn']);
  });

  it('filters the same way over GraphQL', async () => {
    const response = await app
      .request()
      .post('/graphql')
      .send({
        query: `query ($area: String) { newsArticles(filters: { reformAreas: { code: { eq: $area } } }) { title } }`,
        variables: { area: 'digital_government' },
      })
      .expect(200);
    expect(response.body.data.newsArticles).toEqual([{ title: 'Tin Cao Bằng' }]);
  });

  it('refuses GraphQL queries nested deeper than the configured limit', async () => {
    const nested = Array.from({ length: 8 }).reduce<string>((inner) => `parent { ${inner} }`, 'name');
    const response = await app.request().post('/graphql').send({ query: `{ agencies { ${nested} } }` });
    expect(response.status).toBeLessThan(500);
    expect(JSON.stringify(response.body.errors)).toMatch(/depth/i);
  });

  it('caps GraphQL page sizes at the configured maximum', async () => {
    const response = await app
      .request()
      .post('/graphql')
      .send({ query: '{ newsArticles_connection(pagination: { pageSize: 1000 }) { pageInfo { pageSize } } }' })
      .expect(200);
    expect(response.body.data.newsArticles_connection.pageInfo.pageSize).toBeLessThanOrEqual(100);
  });

  it('caps page sizes at the configured maximum', async () => {
    const response = await get('/api/news-articles?pagination[pageSize]=1000');
    expect(response.body.meta.pagination.pageSize).toBeLessThanOrEqual(100);
  });
});
