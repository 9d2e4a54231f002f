import zlib from 'zlib';
import type { UID } from '@strapi/strapi';
import { startApp, type TestApp } from '../helpers/strapi';
import { bearer, createFullAccessToken } from '../helpers/auth';
import { createDocument, createReferenceData, post, validBodies, type Refs } from '../helpers/content';

const UIDS: Record<string, UID.ContentType> = {
  'news-articles': 'api::news-article.news-article',
  'official-directives': 'api::official-directive.official-directive',
  campaigns: 'api::campaign.campaign',
  contests: 'api::contest.contest',
  comments: 'api::comment.comment',
};

const NFD_CAO_BANG = 'Cao Bằng'.normalize('NFD');

describe('write hardening', () => {
  let app: TestApp;
  let token: string;
  let refs: Refs;
  let articleId: string;

  beforeAll(async () => {
    app = await startApp();
    token = await createFullAccessToken(app);
    refs = await createReferenceData(app);
    articleId = (await post(app, token, 'news-articles', validBodies(refs)['news-articles']).expect(201)).body.data.documentId;
  });
  afterAll(() => app.stop());

  const bodyOf = (type: string) => (validBodies(refs, articleId) as Record<string, Record<string, unknown>>)[type];
  const countRows = (type: string) => app.strapi.db.query(UIDS[type]).count();

  async function expectRejected(type: string, data: unknown, field: string) {
    const before = await countRows(type);
    const response = await post(app, token, type, data);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(response.body.error.message).toContain(field);
    expect(await countRows(type)).toBe(before);
  }

  const contestWith = (question: Record<string, unknown>) => ({
    rounds: [{ name: 'Vòng 1', questions: [{ prompt: 'Câu hỏi?', choices: [{ label: 'A' }], ...question }] }],
  });

  describe('value types before content rules', () => {
    it.each([
      ['news-articles', { title: { $ne: 'x' } }, 'title'],
      ['news-articles', { title: ['a', 'b'] }, 'title'],
      ['news-articles', { title: 'Tin\u0000bài' }, 'title'],
      ['news-articles', { province: 'x'.repeat(256) }, 'province'],
      ['news-articles', { summary: 42 }, 'summary'],
      ['news-articles', { publishedDate: '2024-13-45' }, 'publishedDate'],
      ['news-articles', { publishedDate: { year: 2024 } }, 'publishedDate'],
      ['news-articles', { allowComments: 'yes' }, 'allowComments'],
      ['news-articles', { body: 'plain text' }, 'body'],
      ['news-articles', { body: [{ children: [] }] }, 'body.0'],
      ['news-articles', { body: [{ type: 'paragraph', children: [{ type: 'text', text: 'a\u0000' }] }] }, 'body.0.children.0.text'],
      ['news-articles', { category: { name: 'x' } }, 'category'],
      ['news-articles', { category: true }, 'category'],
      ['news-articles', { reformAreas: { connect: [{ documentId: ['x'] }] } }, 'reformAreas.connect.0.documentId'],
      ['news-articles', { cover: 'abc' }, 'cover'],
      ['news-articles', { attachments: [{ url: '/x.png' }] }, 'attachments.0'],
      ['news-articles', { tags: [{ label: { x: 1 } }] }, 'tags.0.label'],
      ['news-articles', { withdrawal: 'withdrawn' }, 'withdrawal'],
      ['official-directives', { sequence: 1e20 }, 'sequence'],
      ['official-directives', { year: 1.5 }, 'year'],
      ['official-directives', { year: '99999999999999999999' }, 'year'],
      ['official-directives', { documentType: 'memo' }, 'documentType'],
      ['official-directives', { retroactive: { value: true } }, 'retroactive'],
      ['campaigns', { audiences: { constructor: { prototype: { polluted: true } } } }, 'audiences.constructor'],
      ['campaigns', { languages: ['vi', '\u0000'] }, 'languages.1'],
      ['campaigns', { targets: [{ channel: 'radio', targetCount: 'many' }] }, 'targets.0.targetCount'],
      ['contests', contestWith({ points: 'ten' }), 'rounds.0.questions.0.points'],
      ['contests', contestWith({ choices: [{ label: ['A'] }] }), 'rounds.0.questions.0.choices.0.label'],
      ['comments', { targetType: 'nonexistent' }, 'targetType'],
    ])('rejects %s with %j as a 400 naming the field', async (type, override, field) => {
      await expectRejected(type, { ...bodyOf(type), ...override }, field);
    });

    it('rejects prototype keys at the top of the data', async () => {
      const data = JSON.parse(`{"title":"Tin","constructor":{"prototype":{"polluted":true}},"__proto__":{"polluted":true}}`);
      const response = await post(app, token, 'news-articles', { ...bodyOf('news-articles'), ...data });
      expect(response.status).toBe(400);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('rejects a create with 20,000 tag components with a 400 naming tags', async () => {
      const tags = Array.from({ length: 20000 }, (_, index) => ({ label: `the-${index}` }));
      await expectRejected('news-articles', { ...bodyOf('news-articles'), tags }, 'tags');
    });

    it('rejects more repeatable components than the schema max', async () => {
      await expectRejected('news-articles', { ...bodyOf('news-articles'), tags: Array.from({ length: 31 }, () => ({ label: 'cchc' })) }, 'tags');
      await expectRejected('contests', { ...bodyOf('contests'), ...contestWith({ choices: Array.from({ length: 11 }, (_, index) => ({ label: `${index}` })) }) }, 'choices');
    });

    it('rejects relation lists over the per-field cap', async () => {
      const reformAreas = Array.from({ length: 101 }, () => refs.reformArea);
      await expectRejected('news-articles', { ...bodyOf('news-articles'), reformAreas }, 'reformAreas');
    });

    it('still accepts every supported relation shape', async () => {
      const data = { ...bodyOf('news-articles'), title: 'Các dạng quan hệ', category: { documentId: refs.category }, reformAreas: { connect: [{ documentId: refs.digitalArea }] } };
      const response = await post(app, token, 'news-articles', data).expect(201);
      expect(response.body.data.title).toBe('Các dạng quan hệ');
    });
  });

  describe('slugs', () => {
    const slugOf = async (title: string) => {
      const response = await post(app, token, 'news-articles', { ...bodyOf('news-articles'), title });
      expect(response.status).toBe(201);
      return response.body.data.slug as string;
    };

    it('bounds a slug that folds past 255 characters', async () => {
      // "&" folds to "and": 255 characters of title become about 500 of slug.
      const slug = await slugOf('& '.repeat(127) + '&');
      expect(slug.length).toBeGreaterThan(100);
      expect(slug.length).toBeLessThanOrEqual(255);
      expect(await slugOf('& '.repeat(127) + '&')).toMatch(/-1$/);
    });

    it('strips zero-width characters from slugs', async () => {
      expect(await slugOf('Cao\u200B Bằng\u00AD\u2060 mới\uFEFF')).toBe('cao-bang-moi');
    });

    it('gives a title of only zero-width characters a non-empty slug', async () => {
      const slug = await slugOf('\u200B\u200C\u200D\u2060\uFEFF');
      expect(slug).toMatch(/^news-article-[0-9a-f]{6}$/);
    });

    it('rejects a title longer than its column', async () => {
      await expectRejected('news-articles', { ...bodyOf('news-articles'), title: 'Đ'.repeat(256) }, 'title');
    });
  });

  describe('Unicode NFC', () => {
    it('stores NFD input composed, in fields, components and blocks', async () => {
      const data = {
        ...bodyOf('news-articles'),
        title: `Tin ${NFD_CAO_BANG}`,
        province: NFD_CAO_BANG,
        tags: [{ label: NFD_CAO_BANG }],
        body: [{ type: 'paragraph', children: [{ type: 'text', text: NFD_CAO_BANG }] }],
      };
      const documentId = (await post(app, token, 'news-articles', data).expect(201)).body.data.documentId;
      const stored = (await app.strapi.documents(UIDS['news-articles']).findOne({ documentId, locale: 'vi', populate: ['tags'] as never })) as Record<string, unknown> | null;
      const nfc = 'Cao Bằng';
      expect(stored?.province).toBe(nfc);
      expect(stored?.title).toBe(`Tin ${nfc}`);
      expect(stored?.slug).toBe('tin-cao-bang');
      expect((stored?.tags as Array<{ label: string }>)[0].label).toBe(nfc);
      expect(JSON.stringify(stored?.body)).toContain(nfc);
      expect(JSON.stringify(stored?.body)).not.toContain(NFD_CAO_BANG);
    });

    it('matches an NFD filter value against NFC content', async () => {
      await createDocument(app, UIDS['news-articles'], { ...bodyOf('news-articles'), title: 'Tin Cao Bằng NFC', province: 'Cao Bằng' });
      const response = await app
        .request()
        .get(`/api/news-articles?filters[province][$eq]=${encodeURIComponent(NFD_CAO_BANG)}`)
        .expect(200);
      expect(response.body.data.length).toBeGreaterThan(0);
      expect(response.body.data.every((item: { province: string }) => item.province === 'Cao Bằng')).toBe(true);
    });
  });

  describe('request bodies', () => {
    const expectBadBody = (response: { status: number; body: { data: unknown; error: { status: number; name: string; message: string } } }) => {
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
      expect(response.body.error.message).toContain('body');
    };

    // Sent as given: superagent would JSON-encode a Buffer labelled application/json.
    const postRaw = (headers: Record<string, string>, body: string | Buffer) =>
      app
        .request()
        .post('/api/news-articles')
        .set(bearer(token))
        .set({ 'Content-Type': 'application/json', ...headers })
        .serialize((raw) => raw)
        .send(body);

    it('answers malformed JSON with 400', async () => {
      expectBadBody(await postRaw({}, '{"data": {'));
    });

    it('answers a Content-Encoding: gzip body that is not gzip with 400', async () => {
      expectBadBody(await postRaw({ 'Content-Encoding': 'gzip' }, '{"data":{"title":"not gzip"}}'));
    });

    it('still reads a real gzip body', async () => {
      const body = zlib.gzipSync(JSON.stringify({ data: { ...bodyOf('news-articles'), title: 'Tin nén gzip' } }));
      const response = await postRaw({ 'Content-Encoding': 'gzip' }, body);
      expect([response.status, response.body.error]).toEqual([201, undefined]);
    });

    it('answers an unsupported Content-Encoding with 400', async () => {
      expectBadBody(await postRaw({ 'Content-Encoding': 'x-unknown' }, '{"data":{}}'));
    });

    it('answers a truncated multipart body with 400', async () => {
      const boundary = '----cchc';
      const truncated = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG`;
      const response = await app
        .request()
        .post('/api/upload')
        .set(bearer(token))
        .set('Content-Type', `multipart/form-data; boundary=${boundary}`)
        .send(truncated);
      expectBadBody(response);
    });
  });
});
