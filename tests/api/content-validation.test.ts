import type { UID } from '@strapi/strapi';
import { startApp, type TestApp } from '../helpers/strapi';
import { bearer, createFullAccessToken } from '../helpers/auth';
import { createDocument, createReferenceData, post, validBodies, type Refs } from '../helpers/content';

const UIDS: Record<string, UID.ContentType> = {
  'news-articles': 'api::news-article.news-article',
  'official-directives': 'api::official-directive.official-directive',
  campaigns: 'api::campaign.campaign',
  'campaign-activities': 'api::campaign-activity.campaign-activity',
  contests: 'api::contest.contest',
  'contest-entries': 'api::contest-entry.contest-entry',
  comments: 'api::comment.comment',
  agencies: 'api::agency.agency',
};

// A 1×1 PNG and a few bytes labelled as audio, uploaded through the real upload endpoint.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const AUDIO = Buffer.from('ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000', 'binary');

describe('content validation', () => {
  let app: TestApp;
  let token: string;
  let refs: Refs;
  let articleId: string;
  let campaignId: string;
  let contestId: string;
  let imageId: number;
  let audioId: number;

  const upload = async (name: string, buffer: Buffer, contentType: string) => {
    const response = await app.request().post('/api/upload').set(bearer(token)).attach('files', buffer, { filename: name, contentType }).expect(201);
    return response.body[0].id as number;
  };

  beforeAll(async () => {
    app = await startApp();
    token = await createFullAccessToken(app);
    refs = await createReferenceData(app);
    articleId = (await post(app, token, 'news-articles', validBodies(refs)['news-articles']).expect(201)).body.data.documentId;
    campaignId = (await post(app, token, 'campaigns', validBodies(refs).campaigns).expect(201)).body.data.documentId;
    contestId = (await post(app, token, 'contests', validBodies(refs).contests).expect(201)).body.data.documentId;
    imageId = await upload('anh.png', PNG, 'image/png');
    audioId = await upload('ban-tin.mp3', AUDIO, 'audio/mpeg');
  });
  afterAll(() => app.stop());

  const bodies = () => ({
    ...validBodies(refs, articleId),
    'campaign-activities': { campaign: campaignId, channel: 'loudspeaker', date: '2024-02-01', count: 3, language: 'vi' },
    'contest-entries': { contest: contestId, fullName: 'Lò Thị Mai', email: 'mai@example.com', consent: true },
    agencies: { name: 'UBND xã Tân Thanh', level: 'commune' },
  });
  const countRows = (type: string) => app.strapi.db.query(UIDS[type]).count();

  async function expectRejected(type: string, override: Record<string, unknown>, field: string, query = '') {
    const before = await countRows(type);
    const data = { ...(bodies() as Record<string, Record<string, unknown>>)[type], ...override };
    const response = await post(app, token, type, data, query);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(JSON.stringify(response.body.error)).toContain(field);
    expect(await countRows(type)).toBe(before);
  }

  it.each([
    ['news-articles', { title: undefined }, 'title'],
    ['news-articles', { body: undefined }, 'body'],
    ['news-articles', { publishedDate: undefined }, 'publishedDate'],
    ['official-directives', { documentNumber: undefined }, 'documentNumber'],
    ['official-directives', { issuedDate: undefined }, 'issuedDate'],
    ['campaigns', { startDate: undefined }, 'startDate'],
    ['contests', { endAt: undefined }, 'endAt'],
    ['comments', { content: undefined }, 'content'],
    ['comments', { authorEmail: undefined }, 'authorEmail'],
    ['campaign-activities', { date: undefined }, 'date'],
    ['contest-entries', { fullName: undefined }, 'fullName'],
  ])('rejects %s without required %j', async (type, override, field) => {
    await expectRejected(type, override, field);
  });

  it.each([
    ['official-directives', { documentType: 'memo' }, 'documentType'],
    ['official-directives', { legalStatus: 'repealed' }, 'legalStatus'],
    ['campaigns', { campaignStatus: 'paused' }, 'campaignStatus'],
    ['campaign-activities', { channel: 'pigeon' }, 'channel'],
    ['campaigns', { targets: [{ channel: 'fax', targetCount: 2 }] }, 'channel'],
    ['agencies', { level: 'village' }, 'level'],
    ['campaigns', { audiences: ['aliens'] }, 'audiences'],
    ['campaigns', { languages: ['xx-bogus'] }, 'languages'],
    ['campaign-activities', { language: 'xx-bogus' }, 'language'],
  ])('rejects %s with a value outside its enum: %j', async (type, override, field) => {
    await expectRejected(type, override, field);
  });

  it.each([
    ['campaigns', { startDate: '2024-03-01', endDate: '2024-02-01' }, 'endDate'],
    ['contests', { startAt: '2024-05-01T00:00:00.000Z', endAt: '2024-05-01T00:00:00.000Z', rounds: [] }, 'endAt'],
    ['official-directives', { issuedDate: '2024-02-01', effectiveDate: '2024-01-01' }, 'effectiveDate'],
    ['official-directives', { effectiveDate: '2024-02-01', expiryDate: '2024-01-31' }, 'expiryDate'],
    ['agencies', { validFrom: '2025-07-01', validTo: '2025-06-30' }, 'validTo'],
    ['contests', { rounds: [{ name: 'Vòng 1', startAt: '2024-04-01T00:00:00.000Z', endAt: '2024-05-10T00:00:00.000Z' }] }, 'rounds.0'],
    ['contests', { rounds: [{ name: 'Vòng 1', startAt: '2024-05-10T00:00:00.000Z', endAt: '2024-05-02T00:00:00.000Z' }] }, 'endAt'],
  ])('rejects %s whose dates are out of order: %j', async (type, override, field) => {
    await expectRejected(type, override, field);
  });

  it('accepts a back-dated effective date when marked retroactive', async () => {
    await post(app, token, 'official-directives', {
      ...bodies()['official-directives'],
      issuedDate: '2024-02-01',
      effectiveDate: '2024-01-01',
      retroactive: true,
    }).expect(201);
  });

  it.each([
    ['campaign-activities', { count: 0 }, 'count'],
    ['campaigns', { targets: [{ channel: 'radio', targetCount: 0 }] }, 'targetCount'],
    ['contests', { maxAttempts: 0 }, 'maxAttempts'],
    ['news-articles', { sourceUrl: 'không phải url' }, 'sourceUrl'],
    ['campaign-activities', { evidenceUrl: 'javascript:alert(1)' }, 'evidenceUrl'],
    ['comments', { content: 'x'.repeat(2001) }, 'content'],
    ['comments', { authorEmail: 'not-an-email' }, 'authorEmail'],
  ])('rejects %s with an out-of-range or malformed value: %j', async (type, override, field) => {
    await expectRejected(type, override, field);
  });

  it.each([
    ['official-directives', { documentNumber: 'số 76 NQ CP' }, 'documentNumber'],
    ['official-directives', { issuingAgency: null }, 'issuingAgency'],
    ['campaigns', { responsibleAgency: null }, 'responsibleAgency'],
    ['campaign-activities', { campaign: null }, 'campaign'],
    ['contest-entries', { consent: false }, 'consent'],
    ['contest-entries', { email: null, phone: null }, 'email'],
    ['comments', { targetDocumentId: 'khongtontai000000000000' }, 'targetDocumentId'],
    ['comments', { moderationStatus: 'pending' }, 'moderationStatus'],
    [
      'contests',
      { rounds: [{ name: 'V1', questions: [{ prompt: 'Câu?', choices: [{ label: 'A' }], correctChoice: 3 }] }] },
      'correctChoice',
    ],
  ])('rejects %s breaking a document rule: %j', async (type, override, field) => {
    await expectRejected(type, override, field);
  });

  it('allows a draft without the relations publication needs', async () => {
    await post(app, token, 'official-directives', { ...bodies()['official-directives'], issuingAgency: null }, '?status=draft').expect(201);
  });

  it('keeps a document number unique per issuing agency and year', async () => {
    const data = { ...bodies()['official-directives'], documentNumber: '12/KH-UBND', issuedDate: '2024-03-01', effectiveDate: null };
    await post(app, token, 'official-directives', data).expect(201);
    await expectRejected('official-directives', { documentNumber: '12/KH-UBND', issuedDate: '2024-06-01', effectiveDate: null }, 'documentNumber');
    await post(app, token, 'official-directives', { ...data, issuedDate: '2025-01-10' }).expect(201);
    await post(app, token, 'official-directives', { ...data, issuingAgency: refs.government }).expect(201);
  });

  it('keeps slugs unique within a locale but not across locales', async () => {
    const data = { ...bodies()['news-articles'], slug: 'cung-mot-slug' };
    await post(app, token, 'news-articles', data).expect(201);
    await expectRejected('news-articles', data, 'slug');
    // Relations link documents of the same locale, so the English version carries only its own fields.
    const { title, body, publishedDate, slug } = data;
    await post(app, token, 'news-articles', { title, body, publishedDate, slug }, '?locale=en').expect(201);
  });

  it('accepts only the declared media kinds', async () => {
    await expectRejected('news-articles', { cover: audioId }, 'cover');
    await expectRejected('news-articles', { audio: imageId }, 'audio');
    await expectRejected('official-directives', { file: imageId }, 'file');
    await expectRejected('news-articles', { cover: 999999 }, 'cover');
    const ok = await post(app, token, 'news-articles', { ...bodies()['news-articles'], cover: imageId, audio: audioId }).expect(201);
    expect(ok.body.data.documentId).toBeDefined();
  });

  it('rejects an invalid update and leaves the stored document unchanged', async () => {
    const before = await app.request().get(`/api/campaigns/${campaignId}`).expect(200);
    const response = await app
      .request()
      .put(`/api/campaigns/${campaignId}`)
      .set(bearer(token))
      .send({ data: { endDate: '2023-12-31' } })
      .expect(400);
    expect(JSON.stringify(response.body.error)).toContain('endDate');
    const after = await app.request().get(`/api/campaigns/${campaignId}`).expect(200);
    expect(after.body.data.endDate).toBe(before.body.data.endDate);
  });

  it('applies the same rules to GraphQL writes', async () => {
    const before = await countRows('campaigns');
    const response = await app
      .request()
      .post('/graphql')
      .set(bearer(token))
      .send({
        query: `mutation ($data: CampaignInput!) { createCampaign(data: $data) { documentId } }`,
        variables: { data: { name: 'Sai ngày', startDate: '2024-05-01', endDate: '2024-04-01', responsibleAgency: refs.province } },
      })
      .expect(200);
    expect(response.body.errors[0].message).toContain('endDate');
    expect(response.body.errors[0].extensions.error.name).toBe('ValidationError');
    expect(await countRows('campaigns')).toBe(before);
  });

  it('applies the rules to writes from inside the server too', async () => {
    await expect(
      createDocument(app, 'api::campaign.campaign', { ...bodies().campaigns, endDate: '2023-01-01' })
    ).rejects.toThrow('endDate');
  });
});
