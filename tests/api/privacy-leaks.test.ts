import qs from 'qs';
import type { UID } from '@strapi/strapi';
import { startApp, type TestApp } from '../helpers/strapi';
import { bearer, createFullAccessToken, registerUser } from '../helpers/auth';
import { blocks, createDocument, createReferenceData, validBodies, type Refs } from '../helpers/content';

/*
 * Privacy: no private field NAME or VALUE reaches the public role or a signed-in reader, through
 * REST or GraphQL. Every private field of the fixtures holds a recognisable sentinel; the private
 * field names are read from the loaded schemas (`private: true`, plus Strapi's own private
 * attributes such as createdBy/updatedBy and the admin user's credentials).
 */

type Attribute = { type: string; target?: string; component?: string; components?: string[]; private?: boolean };
type Model = { uid: string; modelType: string; attributes: Record<string, Attribute>; privateAttributes?: string[] };
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ADMIN = {
  email: 'admin-sentinel@example.com',
  firstname: 'SENTINEL_ADMIN_FIRSTNAME',
  lastname: 'SENTINEL_ADMIN_LASTNAME',
  password: 'Sentinel-Admin-Pw-2024',
};

const COMMENT = {
  authorEmail: 'leak-sentinel@example.com',
  ipHash: 'SENTINEL_IP_HASH',
  moderationNote: 'SENTINEL_NOTE',
  reports: { reasons: ['SENTINEL_REPORT'] },
  reportCount: 7,
};
const REPLY = {
  authorEmail: 'leak-sentinel-reply@example.com',
  ipHash: 'SENTINEL_REPLY_IP_HASH',
  moderationNote: 'SENTINEL_REPLY_NOTE',
  reports: { reasons: ['SENTINEL_REPLY_REPORT'] },
  reportCount: 3,
};
const ENTRY = {
  idNumberHash: 'SENTINEL_ID_NUMBER_HASH',
  email: 'entry-sentinel@example.com',
  phone: 'SENTINEL_PHONE_0912345678',
  answers: { 'Vòng 1': [1, 0], note: 'SENTINEL_ANSWERS' },
  ipHash: 'SENTINEL_ENTRY_IP_HASH',
};
const FOLDER = { name: 'SENTINEL_FOLDER', path: '/SENTINEL_FOLDER_PATH' };
const CORRECT_CHOICES = [1, 0];

/** Every public string of the fixtures is free of "sentinel", so any occurrence is a leak. */
const SENTINEL_PATTERNS: RegExp[] = [/sentinel/i, /\$2[aby]\$\d\d\$/];

const PUBLIC_TYPES: Record<string, UID.ContentType> = {
  'news-articles': 'api::news-article.news-article',
  'official-directives': 'api::official-directive.official-directive',
  campaigns: 'api::campaign.campaign',
  contests: 'api::contest.contest',
  agencies: 'api::agency.agency',
  categories: 'api::category.category',
  'reform-areas': 'api::reform-area.reform-area',
  comments: 'api::comment.comment',
};
const CLOSED_TYPES: Record<string, UID.ContentType> = {
  'contest-entries': 'api::contest-entry.contest-entry',
  'campaign-activities': 'api::campaign-activity.campaign-activity',
};

/** Strapi 5 GraphQL names, checked against the naming service and the introspected schema. */
const GRAPHQL_TYPE_NAMES: Record<string, string> = {
  'api::news-article.news-article': 'NewsArticle',
  'api::official-directive.official-directive': 'OfficialDirective',
  'api::campaign.campaign': 'Campaign',
  'api::contest.contest': 'Contest',
  'api::agency.agency': 'Agency',
  'api::category.category': 'Category',
  'api::reform-area.reform-area': 'ReformArea',
  'api::comment.comment': 'Comment',
  'api::contest-entry.contest-entry': 'ContestEntry',
  'api::campaign-activity.campaign-activity': 'CampaignActivity',
  'contest.question': 'ComponentContestQuestion',
  'contest.round': 'ComponentContestRound',
  'plugin::upload.file': 'UploadFile',
  'plugin::users-permissions.user': 'UsersPermissionsUser',
};

/**
 * The spec's private fields. The walk uses what the schemas declare; these are added on top, so a
 * `private: true` dropped from a schema fails the leak checks instead of silently shrinking them.
 */
const SPEC_PRIVATE: Record<string, string[]> = {
  'api::comment.comment': ['authorEmail', 'moderationNote', 'ipHash', 'reports', 'reportCount'],
  'api::contest-entry.contest-entry': ['idNumberHash', 'email', 'phone', 'answers', 'ipHash'],
  'contest.question': ['correctChoice'],
  'admin::user': ['email', 'password', 'resetPasswordToken'],
  'plugin::upload.file': ['folder', 'folderPath'],
};

type Role = 'public' | 'reader';
const ROLES: Role[] = ['public', 'reader'];

describe('privacy', () => {
  let app: TestApp;
  let refs: Refs;
  let token: string;
  let readerJwt: string;
  const fixtures: Record<string, string> = {};

  // ---------------------------------------------------------------- schema-derived private names

  const getModel = (uid: string) => app.strapi.getModel(uid as never) as unknown as Model;
  const declaredPrivate = (model: Model, name: string) =>
    model.attributes[name]?.private === true || Boolean(model.privateAttributes?.includes(name));
  const isPrivate = (model: Model, name: string) => declaredPrivate(model, name) || Boolean(SPEC_PRIVATE[model.uid]?.includes(name));
  const privateNamesOf = (uid: string) => Object.keys(getModel(uid).attributes).filter((name) => isPrivate(getModel(uid), name));
  const declaredPrivateNamesOf = (uid: string) => Object.keys(getModel(uid).attributes).filter((name) => declaredPrivate(getModel(uid), name));
  const allModels = () => [...Object.values(app.strapi.contentTypes), ...Object.values(app.strapi.components)] as unknown as Model[];

  /** Names that are private on every model that has them: never a legitimate key anywhere. */
  const strictlyPrivateNames = () => {
    const names = new Map<string, boolean>();
    for (const model of allModels()) {
      for (const name of Object.keys(model.attributes)) names.set(name, (names.get(name) ?? true) && isPrivate(model, name));
    }
    return new Set([...names].filter(([, always]) => always).map(([name]) => name));
  };

  const targetOf = (attribute: Attribute): string | undefined => {
    if (attribute.type === 'relation') return attribute.target;
    if (attribute.type === 'media') return 'plugin::upload.file';
    if (attribute.type === 'component') return attribute.component;
    return undefined;
  };

  /** Every model reachable from a root within `depth` hops, with the first attribute path to it. */
  const reachableModels = (root: string, depth: number) => {
    const seen = new Map<string, string[]>([[root, []]]);
    let frontier: [string, string[]][] = [[root, []]];
    for (let level = 0; level < depth; level += 1) {
      const next: [string, string[]][] = [];
      for (const [uid, path] of frontier) {
        for (const [name, attribute] of Object.entries(getModel(uid).attributes)) {
          const target = targetOf(attribute);
          if (!target || isPrivate(getModel(uid), name) || seen.has(target)) continue;
          seen.set(target, [...path, name]);
          next.push([target, [...path, name]]);
        }
      }
      frontier = next;
    }
    return [...seen].map(([uid, path]) => ({ uid, path }));
  };

  // ---------------------------------------------------------------- leak detectors

  const sentinelsIn = (text: string) => SENTINEL_PATTERNS.flatMap((pattern) => text.match(pattern) ?? []).concat(text.includes(token) ? ['<api token>'] : []);

  /** Keys anywhere in the document (including inside JSON/blocks values) that are always private. */
  function strictKeyHits(value: Json, path: string, forbidden: Set<string>, hits: string[]) {
    if (Array.isArray(value)) value.forEach((item, index) => strictKeyHits(item, `${path}[${index}]`, forbidden, hits));
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (forbidden.has(key)) hits.push(`${path}.${key}`);
        strictKeyHits(child, `${path}.${key}`, forbidden, hits);
      }
    }
  }

  /** Keys of an entry (and of its populated relations, media and components) private on that model. */
  function schemaKeyHits(uid: string, value: Json, path: string, hits: string[]) {
    if (Array.isArray(value)) return value.forEach((item, index) => schemaKeyHits(uid, item, `${path}[${index}]`, hits));
    if (!value || typeof value !== 'object') return;
    const model = getModel(uid);
    for (const [key, child] of Object.entries(value)) {
      if (isPrivate(model, key)) hits.push(`${path}.${key} (private on ${uid})`);
      const attribute = model.attributes[key];
      const target = attribute && targetOf(attribute);
      if (target) schemaKeyHits(target, child, `${path}.${key}`, hits);
    }
  }

  let forbiddenKeys: Set<string>;

  /** Problems of one REST response: a 5xx, a sentinel in the raw text, or a private key. */
  function restProblems(label: string, response: { status: number; text: string; body: unknown }, uid: string, allowed = [200, 400]) {
    const problems: string[] = [];
    if (!allowed.includes(response.status)) problems.push(`${label}: status ${response.status} ${response.text.slice(0, 300)}`);
    for (const hit of sentinelsIn(response.text)) problems.push(`${label}: value "${hit}" in ${excerpt(response.text, hit)}`);
    const hits: string[] = [];
    strictKeyHits(response.body as Json, 'body', forbiddenKeys, hits);
    const data = (response.body as { data?: Json })?.data;
    if (response.status === 200 && data !== undefined) schemaKeyHits(uid, data, 'data', hits);
    for (const hit of new Set(hits)) problems.push(`${label}: private key ${hit}`);
    return problems;
  }

  const excerpt = (text: string, hit: string) => {
    const at = text.indexOf(hit);
    return at < 0 ? '' : `…${text.slice(Math.max(0, at - 120), at + hit.length + 60)}…`;
  };

  const headersFor = (role: Role): Record<string, string> => (role === 'reader' ? bearer(readerJwt) : {});
  const get = (role: Role, url: string) => app.request().get(url).set(headersFor(role));
  const gql = (role: Role, query: string, variables: Record<string, unknown> = {}) =>
    app.request().post('/graphql').set(headersFor(role)).send({ query, variables });

  // ---------------------------------------------------------------- fixtures

  beforeAll(async () => {
    // The sweep asks for every field two relations deep at 100 items: far past the production cost limit.
    process.env.GRAPHQL_MAX_COST = String(10 ** 9);
    app = await startApp();
    token = await createFullAccessToken(app);
    refs = await createReferenceData(app);
    readerJwt = (await registerUser(app)).jwt;

    const superAdmin = await app.strapi.service('admin::role').getSuperAdmin();
    const admin = await app.strapi.service('admin::user').create({
      ...ADMIN,
      isActive: true,
      roles: superAdmin ? [superAdmin.id] : [],
    });
    const by = { createdBy: admin.id, updatedBy: admin.id };

    // Strapi's own private data: an admin author on every document and a media folder on every file.
    for (const [uid, documentId] of [
      ['api::agency.agency', refs.government],
      ['api::agency.agency', refs.province],
      ['api::category.category', refs.category],
      ['api::category.category', refs.otherCategory],
      ['api::reform-area.reform-area', refs.reformArea],
      ['api::reform-area.reform-area', refs.digitalArea],
    ] as const) {
      await app.strapi.documents(uid).update({ documentId, locale: 'vi', data: by as never });
    }
    const folder = await app.strapi.db.query('plugin::upload.folder').create({ data: { ...FOLDER, pathId: 9001, ...by } });
    const file = await app.strapi.db.query('plugin::upload.file').create({
      data: {
        name: 'ke-hoach.pdf',
        hash: 'ke_hoach_a1b2c3',
        ext: '.pdf',
        mime: 'application/pdf',
        size: 12.5,
        url: '/uploads/ke_hoach_a1b2c3.pdf',
        provider: 'local',
        folder: folder.id,
        folderPath: FOLDER.path,
        ...by,
      },
    });
    const image = await app.strapi.db.query('plugin::upload.file').create({
      data: {
        name: 'anh-bia.jpg',
        hash: 'anh_bia_d4e5f6',
        ext: '.jpg',
        mime: 'image/jpeg',
        size: 40.1,
        width: 800,
        height: 600,
        url: '/uploads/anh_bia_d4e5f6.jpg',
        provider: 'local',
        folder: folder.id,
        folderPath: FOLDER.path,
        ...by,
      },
    });

    const bodies = validBodies(refs);
    const agency = await createDocument(app, 'api::agency.agency', {
      name: 'Sở Nội vụ tỉnh Lạng Sơn',
      abbreviation: 'SNV',
      level: 'province',
      province: 'Lạng Sơn',
      parent: refs.province,
      ...by,
    });
    const baseDirective = await createDocument(app, 'api::official-directive.official-directive', {
      documentNumber: '76/NQ-CP',
      title: 'Nghị quyết ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030',
      issuedDate: '2021-07-15',
      issuingAgency: refs.government,
      legalStatus: 'in_force',
      reformAreas: [refs.reformArea, refs.digitalArea],
      ...by,
    });
    const directive = await createDocument(app, 'api::official-directive.official-directive', {
      ...bodies['official-directives'],
      body: blocks('Thực hiện Nghị quyết 76/NQ-CP.'),
      implements: [baseDirective.documentId],
      reformAreas: [refs.reformArea],
      file: file.id,
      ...by,
    });
    const campaign = await createDocument(app, 'api::campaign.campaign', {
      ...bodies.campaigns,
      partnerAgencies: [agency.documentId],
      basisDirectives: [directive.documentId, baseDirective.documentId],
      reformAreas: [refs.reformArea],
      ...by,
    });
    const article = await createDocument(app, 'api::news-article.news-article', {
      ...bodies['news-articles'],
      relatedDirectives: [directive.documentId, baseDirective.documentId],
      reformAreas: [refs.reformArea, refs.digitalArea],
      campaign: campaign.documentId,
      cover: image.id,
      attachments: [file.id],
      tags: [{ label: 'CCHC' }],
      changeNotes: [{ date: '2024-03-02', note: 'Đính chính tên cơ quan.' }],
      ...by,
    });
    const contest = await createDocument(app, 'api::contest.contest', {
      ...bodies.contests,
      rules: blocks('Thể lệ cuộc thi.'),
      rounds: [
        {
          ...bodies.contests.rounds[0],
          predictionQuestion: 'Có bao nhiêu người dự thi?',
          questions: [
            { prompt: 'Nghị quyết 76 ban hành năm nào?', choices: [{ label: '2020' }, { label: '2021' }], correctChoice: CORRECT_CHOICES[0], points: 5 },
            { prompt: 'Có mấy lĩnh vực CCHC?', choices: [{ label: 'Sáu' }, { label: 'Năm' }], correctChoice: CORRECT_CHOICES[1], points: 5 },
          ],
        },
      ],
      prizes: [{ rankName: 'Giải Nhất', count: 1, value: '5.000.000 đồng' }],
      ...by,
    });
    // A second contest whose answers differ, so filtering or sorting on correctChoice would show.
    await createDocument(app, 'api::contest.contest', {
      ...bodies.contests,
      title: 'Cuộc thi tìm hiểu chuyển đổi số năm 2024',
      rounds: [
        {
          ...bodies.contests.rounds[0],
          questions: [{ prompt: 'Đề án 06 về gì?', choices: [{ label: 'Dữ liệu dân cư' }, { label: 'Giao thông' }], correctChoice: 0, points: 2 }],
        },
      ],
      ...by,
    });
    const entry = await createDocument(app, 'api::contest-entry.contest-entry', {
      contest: contest.documentId,
      roundName: 'Vòng 1',
      fullName: 'Nguyễn Văn An',
      organization: 'UBND xã Hữu Lũng',
      province: 'Lạng Sơn',
      prediction: 1200,
      consent: true,
      consentAt: '2024-05-02T08:00:00.000Z',
      submittedAt: '2024-05-02T08:10:00.000Z',
      ...ENTRY,
      ...by,
    });
    const activity = await createDocument(app, 'api::campaign-activity.campaign-activity', {
      campaign: campaign.documentId,
      channel: 'radio',
      date: '2024-02-01',
      count: 3,
      description: 'Phát thanh trên đài huyện.',
      ...by,
    });
    const comment = await createDocument(app, 'api::comment.comment', {
      ...bodies.comments,
      targetDocumentId: article.documentId,
      attachment: image.id,
      ...COMMENT,
      ...by,
    });
    const reply = await createDocument(app, 'api::comment.comment', {
      ...bodies.comments,
      targetDocumentId: article.documentId,
      authorName: 'Bạn đọc khác',
      content: 'Đồng ý với ý kiến trên.',
      parent: comment.documentId,
      ...REPLY,
      ...by,
    });
    // An unmoderated comment stays a draft; its content must not reach readers either.
    await createDocument(
      app,
      'api::comment.comment',
      {
        ...bodies.comments,
        targetDocumentId: article.documentId,
        authorName: 'Ẩn danh',
        authorEmail: 'pending-sentinel@example.com',
        content: 'SENTINEL_PENDING_CONTENT',
        moderationStatus: 'pending',
        ipHash: 'SENTINEL_PENDING_IP_HASH',
        parent: comment.documentId,
        ...by,
      },
      { status: 'draft' }
    );

    Object.assign(fixtures, {
      'news-articles': article.documentId,
      'official-directives': directive.documentId,
      campaigns: campaign.documentId,
      contests: contest.documentId,
      agencies: agency.documentId,
      categories: refs.category,
      'reform-areas': refs.reformArea,
      comments: reply.documentId,
      'contest-entries': entry.documentId,
      'campaign-activities': activity.documentId,
      comment: comment.documentId,
    });

    forbiddenKeys = strictlyPrivateNames();
  }, 120000);

  afterAll(() => app?.stop());

  // ---------------------------------------------------------------- the fixtures are what we think

  it('derives the private field names from the schemas', () => {
    for (const [uid, names] of Object.entries(SPEC_PRIVATE)) {
      expect({ uid, declared: declaredPrivateNamesOf(uid) }).toEqual({ uid, declared: expect.arrayContaining(names) });
    }
    expect(declaredPrivateNamesOf('contest.question')).toEqual(['correctChoice']);
    for (const uid of Object.values(PUBLIC_TYPES)) {
      expect({ uid, declared: declaredPrivateNamesOf(uid) }).toEqual({ uid, declared: expect.arrayContaining(['createdBy', 'updatedBy']) });
    }
    expect([...forbiddenKeys]).toEqual(
      expect.arrayContaining(['authorEmail', 'moderationNote', 'ipHash', 'reports', 'reportCount', 'correctChoice', 'idNumberHash', 'phone', 'answers', 'createdBy', 'updatedBy', 'password', 'resetPasswordToken', 'folderPath'])
    );
  });

  it('stores every sentinel the leak checks look for', async () => {
    const asStaff = await app.request().get(`/api/comments/${fixtures.comment}`).set(bearer(token)).expect(200);
    expect(asStaff.body.data.authorName).toBe('Bạn đọc');
    expect(asStaff.body.data).not.toHaveProperty('authorEmail');
    // Private fields are stored (the document service sees them) but not even a full-access token reads them.
    const stored = await app.strapi.documents('api::comment.comment').findOne({
      documentId: fixtures.comment,
      status: 'published',
      populate: ['createdBy'],
    } as never);
    expect(stored).toMatchObject({ ...COMMENT, createdBy: { email: ADMIN.email } });
    const entry = await app.strapi.documents('api::contest-entry.contest-entry').findOne({ documentId: fixtures['contest-entries'] });
    expect(entry).toMatchObject(ENTRY);
    const contest = (await app.strapi.documents('api::contest.contest').findOne({
      documentId: fixtures.contests,
      status: 'published',
      populate: { rounds: { populate: ['questions'] } },
    } as never)) as unknown as { rounds: { questions: { correctChoice: number }[] }[] };
    expect(contest.rounds[0].questions.map((question) => question.correctChoice)).toEqual(CORRECT_CHOICES);
    const reply = (await app.strapi.documents('api::comment.comment').findOne({
      documentId: fixtures.comments,
      status: 'published',
      populate: ['parent'],
    } as never)) as unknown as { parent: { documentId: string } };
    expect(reply.parent.documentId).toBe(fixtures.comment);
  });

  // ---------------------------------------------------------------- REST

  /** Deep populate of every non-private relation, media and component (components all the way down). */
  function deepPopulate(uid: string): Record<string, unknown> {
    const model = getModel(uid);
    const populate: Record<string, unknown> = {};
    for (const [name, attribute] of Object.entries(model.attributes)) {
      if (isPrivate(model, name)) continue;
      if (attribute.type === 'component') {
        const nested = deepPopulate(attribute.component as string);
        populate[name] = Object.keys(nested).length ? { populate: nested } : true;
      } else if (attribute.type === 'relation' || attribute.type === 'media') {
        populate[name] = { populate: '*' };
      }
    }
    return populate;
  }

  /** Nests a populate/fields fragment under an attribute path: ['rounds','questions'] → populate[rounds][populate][questions]… */
  const underPath = (path: string[], leaf: Record<string, unknown>): Record<string, unknown> =>
    path.reduceRight<Record<string, unknown>>((inner, name) => ({ populate: { [name]: inner } }), leaf);

  /** Queries asking for a private field by name, at the root and through every reachable model. */
  function privateProbes(root: string): string[] {
    const probes: string[] = [];
    for (const { uid, path } of reachableModels(root, 3)) {
      for (const name of privateNamesOf(uid)) {
        const scalar = !targetOf(getModel(uid).attributes[name]);
        if (path.length === 0) {
          probes.push(scalar ? qs.stringify({ fields: [name] }) : qs.stringify({ populate: { [name]: '*' } }));
          if (!scalar) probes.push(qs.stringify({ populate: [name] }));
        } else {
          probes.push(qs.stringify(underPath(path, scalar ? { fields: [name] } : { populate: { [name]: '*' } })));
          if (!scalar) probes.push(qs.stringify(underPath(path, { populate: [name] })));
        }
      }
    }
    return probes;
  }

  function restQueries(type: string): string[] {
    const uid = PUBLIC_TYPES[type];
    const queries = [
      '',
      'populate=*',
      qs.stringify({ populate: deepPopulate(uid) }),
      'status=draft&populate=*',
      'populate[0]=localizations&populate[1]=createdBy',
      ...privateProbes(uid),
    ];
    if (type === 'contests') queries.push('populate[rounds][populate][questions][populate]=*', 'populate[rounds][populate]=*&fields[0]=title');
    if (type === 'comments') queries.push('populate[parent][populate]=*&populate[replies][populate]=*', 'populate[parent][fields][0]=authorEmail&populate[parent][fields][1]=ipHash');
    return queries;
  }

  it.each(ROLES)('keeps private fields and values out of every public REST list and findOne as %s', async (role) => {
    const problems: string[] = [];
    let requests = 0;
    for (const [type, uid] of Object.entries(PUBLIC_TYPES)) {
      for (const query of restQueries(type)) {
        for (const url of [`/api/${type}`, `/api/${type}/${fixtures[type]}`]) {
          const full = query ? `${url}?${query}` : url;
          const response = await get(role, full);
          requests += 1;
          problems.push(...restProblems(`${role} GET ${decodeURIComponent(full)}`, response, uid));
        }
      }
    }
    expect(requests).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  }, 300000);

  it.each(ROLES)('keeps private fields out of every public REST list with populate=* as %s, while returning the fixtures', async (role) => {
    for (const [type, uid] of Object.entries(PUBLIC_TYPES)) {
      const response = await get(role, `/api/${type}?populate=*`).expect(200);
      expect(restProblems(`${role} ${type}`, response, uid)).toEqual([]);
      expect(response.body.data.map((item: { documentId: string }) => item.documentId)).toContain(fixtures[type]);
    }
    // The walk had relations to follow: a populated article, reply and contest.
    const article = await get(role, `/api/news-articles/${fixtures['news-articles']}?${qs.stringify({ populate: deepPopulate(PUBLIC_TYPES['news-articles']) })}`).expect(200);
    expect(article.body.data.relatedDirectives).toHaveLength(2);
    expect(article.body.data.campaign.responsibleAgency.documentId).toBe(refs.province);
    expect(article.body.data.cover.url).toBe('/uploads/anh_bia_d4e5f6.jpg');
    const directive = await get(role, `/api/official-directives/${fixtures['official-directives']}?populate=*`).expect(200);
    expect(directive.body.data.implements).toHaveLength(1);
    const reply = await get(role, `/api/comments/${fixtures.comments}?populate=*`).expect(200);
    expect(reply.body.data.parent.documentId).toBe(fixtures.comment);
    expect(reply.body.data.authorName).toBe('Bạn đọc khác');
    const contest = await get(role, `/api/contests/${fixtures.contests}?populate[rounds][populate][questions][populate]=*`).expect(200);
    const questions = contest.body.data.rounds[0].questions;
    expect(questions).toHaveLength(2);
    expect(questions[0].choices).toHaveLength(2);
    expect(questions[0]).not.toHaveProperty('correctChoice');
    expect(restProblems(`${role} contest`, contest, PUBLIC_TYPES.contests)).toEqual([]);
  });

  it.each(ROLES)('keeps the unmoderated comment out of the comment list as %s', async (role) => {
    for (const query of ['', '?status=draft', '?filters[moderationStatus][$eq]=pending', '?populate[replies][populate]=*&status=draft']) {
      const response = await get(role, `/api/comments${query}`);
      expect(response.status).toBe(200);
      expect(response.text).not.toContain('SENTINEL_PENDING_CONTENT');
      expect(sentinelsIn(response.text)).toEqual([]);
    }
  });

  it.each(ROLES)('answers 403 on contest entries and campaign activities as %s', async (role) => {
    for (const [type] of Object.entries(CLOSED_TYPES)) {
      for (const url of [`/api/${type}`, `/api/${type}?populate=*`, `/api/${type}/${fixtures[type]}`, `/api/${type}/${fixtures[type]}?populate=*`]) {
        const response = await get(role, url);
        expect({ url, status: response.status }).toEqual({ url, status: 403 });
        expect(sentinelsIn(response.text)).toEqual([]);
      }
    }
  });

  it.each(ROLES)('leaks nothing through the users, upload and locale endpoints as %s', async (role) => {
    const problems: string[] = [];
    const urls: [string, string][] = [
      ['/api/users', 'plugin::users-permissions.user'],
      ['/api/users?populate=*', 'plugin::users-permissions.user'],
      ['/api/upload/files', 'plugin::upload.file'],
      ['/api/upload/files?populate=*', 'plugin::upload.file'],
      ['/api/i18n/locales', 'plugin::i18n.locale'],
    ];
    if (role === 'reader') urls.push(['/api/users/me', 'plugin::users-permissions.user'], ['/api/users/me?populate=*', 'plugin::users-permissions.user']);
    for (const [url, uid] of urls) {
      const response = await get(role, url);
      problems.push(...restProblems(`${role} GET ${url}`, response, uid, [200, 400, 403, 404]));
      // These plugin endpoints answer bare entries (no `data` envelope).
      const hits: string[] = [];
      if (response.status === 200) schemaKeyHits(uid, response.body as Json, 'body', hits);
      problems.push(...hits.map((hit) => `${role} GET ${url}: private key ${hit}`));
    }
    expect(problems).toEqual([]);
  });

  // ---------------------------------------------------------------- REST filters and sort as an oracle

  /**
   * A filter on a private field either is refused (400) or must not depend on the private value:
   * the same request with a value that matches nothing answers exactly the same documents.
   */
  async function expectNoOracle(role: Role, path: string, right: Record<string, unknown>, wrong: Record<string, unknown>) {
    const hit = await get(role, `${path}?${qs.stringify(right)}`);
    const miss = await get(role, `${path}?${qs.stringify(wrong)}`);
    const label = `${role} GET ${path}?${decodeURIComponent(qs.stringify(right))}`;
    const uid = PUBLIC_TYPES[path.replace('/api/', '')];
    expect(restProblems(label, hit, uid)).toEqual([]);
    expect(restProblems(label, miss, uid)).toEqual([]);
    const ids = (response: typeof hit) => (response.body?.data ?? []).map((item: { documentId: string }) => item.documentId).sort();
    expect({ label, status: hit.status, ids: ids(hit), total: hit.body?.meta?.pagination?.total }).toEqual({
      label,
      status: miss.status,
      ids: ids(miss),
      total: miss.body?.meta?.pagination?.total,
    });
    return hit.status;
  }

  const oracleCases = (): [string, Record<string, unknown>, Record<string, unknown>][] => [
    ['/api/comments', { filters: { authorEmail: { $eq: COMMENT.authorEmail } } }, { filters: { authorEmail: { $eq: 'nobody@example.com' } } }],
    ['/api/comments', { filters: { authorEmail: { $containsi: 'leak-sentinel' } } }, { filters: { authorEmail: { $containsi: 'zzzz-nobody' } } }],
    ['/api/comments', { filters: { ipHash: { $eq: COMMENT.ipHash } } }, { filters: { ipHash: { $eq: 'WRONG_HASH' } } }],
    ['/api/comments', { filters: { ipHash: { $containsi: 'ip_hash' } } }, { filters: { ipHash: { $containsi: 'zzzz' } } }],
    ['/api/comments', { filters: { moderationNote: { $containsi: 'note' } } }, { filters: { moderationNote: { $containsi: 'zzzz' } } }],
    ['/api/comments', { filters: { reportCount: { $gt: 5 } } }, { filters: { reportCount: { $gt: 1000 } } }],
    ['/api/comments', { filters: { reportCount: { $null: false } } }, { filters: { reportCount: { $null: true } } }],
    ['/api/comments', { filters: { reports: { $containsi: 'report' } } }, { filters: { reports: { $containsi: 'zzzz' } } }],
    ['/api/comments', { filters: { parent: { authorEmail: { $eq: COMMENT.authorEmail } } } }, { filters: { parent: { authorEmail: { $eq: 'nobody@example.com' } } } }],
    ['/api/comments', { filters: { replies: { ipHash: { $eq: REPLY.ipHash } } } }, { filters: { replies: { ipHash: { $eq: 'WRONG_HASH' } } } }],
    [
      '/api/comments',
      { filters: { $or: [{ authorEmail: { $eq: COMMENT.authorEmail } }, { authorName: { $eq: 'không ai' } }] } },
      { filters: { $or: [{ authorEmail: { $eq: 'nobody@example.com' } }, { authorName: { $eq: 'không ai' } }] } },
    ],
    ['/api/comments', { filters: { $not: { authorEmail: { $eq: COMMENT.authorEmail } } } }, { filters: { $not: { authorEmail: { $eq: 'nobody@example.com' } } } }],
    ['/api/comments', { filters: { $and: [{ ipHash: { $startsWith: 'SENTINEL' } }] } }, { filters: { $and: [{ ipHash: { $startsWith: 'ZZZ' } }] } }],
    ['/api/contests', { filters: { rounds: { questions: { correctChoice: { $eq: CORRECT_CHOICES[0] } } } } }, { filters: { rounds: { questions: { correctChoice: { $eq: 99 } } } } }],
    ['/api/contests', { filters: { rounds: { questions: { correctChoice: { $lt: 5 } } } } }, { filters: { rounds: { questions: { correctChoice: { $gt: 5 } } } } }],
    ['/api/news-articles', { filters: { relatedDirectives: { createdBy: { email: { $eq: ADMIN.email } } } } }, { filters: { relatedDirectives: { createdBy: { email: { $eq: 'nobody@example.com' } } } } }],
    ['/api/news-articles', { filters: { createdBy: { email: { $containsi: 'sentinel' } } } }, { filters: { createdBy: { email: { $containsi: 'zzzz' } } } }],
    ['/api/news-articles', { filters: { createdBy: { password: { $startsWith: '$2' } } } }, { filters: { createdBy: { password: { $startsWith: 'zz' } } } }],
    ['/api/news-articles', { filters: { createdBy: { id: { $notNull: true } } } }, { filters: { createdBy: { id: { $null: true } } } }],
    ['/api/news-articles', { filters: { campaign: { basisDirectives: { updatedBy: { firstname: { $eq: ADMIN.firstname } } } } } }, { filters: { campaign: { basisDirectives: { updatedBy: { firstname: { $eq: 'Nobody' } } } } } }],
    ['/api/news-articles', { filters: { cover: { folderPath: { $eq: FOLDER.path } } } }, { filters: { cover: { folderPath: { $eq: '/nowhere' } } } }],
    ['/api/news-articles', { filters: { cover: { folder: { name: { $eq: FOLDER.name } } } } }, { filters: { cover: { folder: { name: { $eq: 'nowhere' } } } } }],
    ['/api/official-directives', { filters: { createdBy: { email: { $eq: ADMIN.email } } } }, { filters: { createdBy: { email: { $eq: 'nobody@example.com' } } } }],
    ['/api/agencies', { filters: { createdBy: { lastname: { $eq: ADMIN.lastname } } } }, { filters: { createdBy: { lastname: { $eq: 'Nobody' } } } }],
    ['/api/categories', { filters: { updatedBy: { email: { $containsi: 'sentinel' } } } }, { filters: { updatedBy: { email: { $containsi: 'zzzz' } } } }],
  ];

  it.each(ROLES)('refuses or ignores REST filters on private fields as %s (never a value oracle, never a 500)', async (role) => {
    const cases = oracleCases();
    expect(cases.length).toBeGreaterThan(20);
    for (const [path, right, wrong] of cases) await expectNoOracle(role, path, right, wrong);
  });

  it.each(ROLES)('refuses or ignores REST sorting on private fields as %s', async (role) => {
    const cases: [string, string][] = [
      ['/api/comments', 'authorEmail'],
      ['/api/comments', 'ipHash'],
      ['/api/comments', 'reportCount'],
      ['/api/comments', 'moderationNote'],
      ['/api/news-articles', 'createdBy.email'],
      ['/api/contests', 'rounds.questions.correctChoice'],
    ];
    for (const [path, field] of cases) {
      await expectNoOracle(role, path, { sort: [`${field}:asc`] }, { sort: [`${field}:desc`] });
      const ordered = async (direction: string) => {
        const response = await get(role, `${path}?${qs.stringify({ sort: [`${field}:${direction}`] })}`);
        return { status: response.status, ids: (response.body?.data ?? []).map((item: { documentId: string }) => item.documentId) };
      };
      expect(await ordered('asc')).toEqual(await ordered('desc'));
    }
  });

  // ---------------------------------------------------------------- GraphQL

  type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
  type GqlField = { name: string; args: { name: string; type: TypeRef; defaultValue: string | null }[]; type: TypeRef };
  type GqlType = { kind: string; name: string; fields: GqlField[] | null; inputFields: { name: string }[] | null };
  let schemaTypes: Map<string, GqlType>;
  let queryFields: Map<string, GqlField>;

  const unwrap = (type: TypeRef): string => (type.name ? type.name : unwrap(type.ofType as TypeRef));
  const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';

  async function introspect() {
    if (schemaTypes) return;
    const response = await gql(
      'public',
      `{ __schema { queryType { name } types { kind name inputFields { name } fields { name type { ${TYPE_REF} } args { name defaultValue type { ${TYPE_REF} } } } } } }`
    ).expect(200);
    expect(response.body.errors).toBeUndefined();
    schemaTypes = new Map((response.body.data.__schema.types as GqlType[]).map((type) => [type.name, type]));
    queryFields = new Map((schemaTypes.get(response.body.data.__schema.queryType.name)?.fields ?? []).map((field) => [field.name, field]));
  }

  const typeNameOf = (uid: string) => {
    const model = getModel(uid);
    const { naming } = app.strapi.plugin('graphql').service('utils');
    return model.modelType === 'component' ? naming.getComponentName(model) : naming.getTypeName(model);
  };
  const listQueryOf = (uid: string) => app.strapi.plugin('graphql').service('utils').naming.getFindQueryName(getModel(uid)) as string;
  const oneQueryOf = (uid: string) => app.strapi.plugin('graphql').service('utils').naming.getFindOneQueryName(getModel(uid)) as string;

  /** Every scalar field plus nested objects; components do not use up the depth, relations do. */
  function selectionOf(typeName: string, depth: number, guard = 0): string {
    const type = schemaTypes.get(typeName) as GqlType;
    const parts: string[] = [];
    for (const field of type.fields ?? []) {
      if (field.name.endsWith('_connection')) continue;
      if (field.args.some((arg) => arg.type.kind === 'NON_NULL' && arg.defaultValue === null)) continue;
      const inner = schemaTypes.get(unwrap(field.type)) as GqlType;
      if (inner.kind === 'SCALAR' || inner.kind === 'ENUM') parts.push(field.name);
      else if (inner.kind === 'OBJECT' && guard < 6) {
        const isComponent = inner.name.startsWith('Component');
        if (!isComponent && depth === 0) continue;
        parts.push(`${field.name} { ${selectionOf(inner.name, isComponent ? depth : depth - 1, guard + 1)} }`);
      }
    }
    return parts.join(' ');
  }

  /** Problems of one GraphQL response: a 5xx, a sentinel, or a key that is private on the model. */
  function gqlProblems(label: string, response: { status: number; text: string; body: unknown }) {
    const problems: string[] = [];
    if (response.status >= 500) problems.push(`${label}: status ${response.status} ${response.text.slice(0, 300)}`);
    for (const hit of sentinelsIn(response.text)) problems.push(`${label}: value "${hit}" in ${excerpt(response.text, hit)}`);
    const hits: string[] = [];
    strictKeyHits(response.body as Json, 'body', forbiddenKeys, hits);
    for (const hit of hits) problems.push(`${label}: private key ${hit}`);
    return problems;
  }

  it('names the GraphQL types as expected and exposes no private field on any of them', async () => {
    await introspect();
    const problems: string[] = [];
    for (const [uid, name] of Object.entries(GRAPHQL_TYPE_NAMES)) {
      expect({ uid, name: typeNameOf(uid) }).toEqual({ uid, name });
      expect({ uid, present: schemaTypes.has(name) }).toEqual({ uid, present: true });
    }
    for (const model of allModels()) {
      const typeName = typeNameOf(model.uid);
      const type = schemaTypes.get(typeName);
      if (!type) continue; // not exposed at all (admin::*, disabled types)
      const privateNames = privateNamesOf(model.uid);
      const exposed = (type.fields ?? []).map((field) => field.name.replace(/_connection$/, ''));
      for (const name of privateNames.filter((candidate) => exposed.includes(candidate))) problems.push(`${typeName}.${name}`);
      const filters = schemaTypes.get(`${typeName}FiltersInput`);
      const filterable = (filters?.inputFields ?? []).map((field) => field.name);
      for (const name of privateNames.filter((candidate) => filterable.includes(candidate))) problems.push(`${typeName}FiltersInput.${name}`);
    }
    // No admin type is reachable through the content API schema at all.
    for (const name of schemaTypes.keys()) if (/^Admin(User|Role|ApiToken|Session|Permission|TransferToken)/.test(name)) problems.push(`type ${name}`);
    expect(problems).toEqual([]);

    const comment = await gql('public', '{ __type(name: "Comment") { fields { name } } }').expect(200);
    const commentFields = comment.body.data.__type.fields.map((field: { name: string }) => field.name);
    expect(commentFields).toEqual(expect.arrayContaining(['authorName', 'content', 'parent', 'replies']));
    for (const name of privateNamesOf('api::comment.comment')) expect(commentFields).not.toContain(name);
    const question = await gql('public', '{ __type(name: "ComponentContestQuestion") { fields { name } } }').expect(200);
    expect(question.body.data.__type.fields.map((field: { name: string }) => field.name)).toEqual(
      expect.not.arrayContaining(['correctChoice'])
    );
  });

  it.each(ROLES)('queries every public GraphQL list and document with all non-private fields as %s without a leak', async (role) => {
    await introspect();
    const problems: string[] = [];
    for (const [type, uid] of Object.entries(PUBLIC_TYPES)) {
      const typeName = typeNameOf(uid);
      const list = listQueryOf(uid);
      const one = oneQueryOf(uid);
      expect(queryFields.has(list) && queryFields.has(one)).toBe(true);
      const selection = selectionOf(typeName, 2);
      const listResponse = await gql(role, `{ ${list}(pagination: { limit: 100 }) { ${selection} } }`);
      problems.push(...gqlProblems(`${role} ${list}`, listResponse));
      expect({ list, status: listResponse.status, errors: listResponse.body.errors }).toEqual({ list, status: 200, errors: undefined });
      expect(listResponse.body.data[list].map((item: { documentId: string }) => item.documentId)).toContain(fixtures[type]);
      const oneResponse = await gql(role, `query ($id: ID!) { ${one}(documentId: $id) { ${selection} } }`, { id: fixtures[type] });
      problems.push(...gqlProblems(`${role} ${one}`, oneResponse));
      expect({ one, status: oneResponse.status, errors: oneResponse.body.errors }).toEqual({ one, status: 200, errors: undefined });
      expect(oneResponse.body.data[one].documentId).toBe(fixtures[type]);
    }
    const contest = await gql(role, `{ contests { rounds { questions { prompt points choices { label } } } } }`).expect(200);
    const questionCounts = contest.body.data.contests.map((item: { rounds: { questions: unknown[] }[] }) => item.rounds[0].questions.length);
    expect(questionCounts.sort()).toEqual([1, 2]);
    const reply = await gql(role, `query ($id: ID!) { comment(documentId: $id) { parent { documentId authorName } } }`, { id: fixtures.comments }).expect(200);
    expect(reply.body.data.comment.parent.documentId).toBe(fixtures.comment);
    expect(problems).toEqual([]);
  }, 120000);

  /** `{ a { b { leaf } } }` for an attribute path. */
  const nest = (path: string[], leaf: string) => path.reduceRight((inner, name) => `${name} { ${inner} }`, leaf);

  it.each(ROLES)('rejects every GraphQL selection of a private field as %s', async (role) => {
    await introspect();
    const problems: string[] = [];
    let attempts = 0;
    for (const [type, root] of Object.entries(PUBLIC_TYPES)) {
      for (const { uid, path } of reachableModels(root, 3)) {
        for (const name of privateNamesOf(uid)) {
          const leaf = targetOf(getModel(uid).attributes[name]) ? `${name} { __typename }` : name;
          for (const query of [
            `{ ${listQueryOf(root)} { documentId ${nest(path, leaf)} } }`,
            `{ ${oneQueryOf(root)}(documentId: "${fixtures[type]}") { documentId ${nest(path, leaf)} } }`,
          ]) {
            attempts += 1;
            const response = await gql(role, query);
            problems.push(...gqlProblems(`${role} ${query}`, response));
            const messages = (response.body.errors ?? []).map((error: { message: string }) => error.message).join(' | ');
            if (!messages.includes(`Cannot query field "${name}"`)) problems.push(`${role} ${query}: no "Cannot query field" error (${response.status} ${messages || response.text.slice(0, 200)})`);
            if (response.body.data) problems.push(`${role} ${query}: returned data ${JSON.stringify(response.body.data).slice(0, 200)}`);
          }
        }
      }
    }
    expect(attempts).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  }, 120000);

  it.each(ROLES)('refuses or ignores GraphQL filters and sorting on private fields as %s', async (role) => {
    const cases: [string, string, string][] = [
      ['comments', `{ authorEmail: { eq: "${COMMENT.authorEmail}" } }`, '{ authorEmail: { eq: "nobody@example.com" } }'],
      ['comments', '{ authorEmail: { containsi: "leak-sentinel" } }', '{ authorEmail: { containsi: "zzzz" } }'],
      ['comments', `{ ipHash: { eq: "${COMMENT.ipHash}" } }`, '{ ipHash: { eq: "WRONG" } }'],
      ['comments', '{ reportCount: { gt: 5 } }', '{ reportCount: { gt: 1000 } }'],
      ['comments', '{ moderationNote: { containsi: "note" } }', '{ moderationNote: { containsi: "zzzz" } }'],
      ['comments', `{ parent: { authorEmail: { eq: "${COMMENT.authorEmail}" } } }`, '{ parent: { authorEmail: { eq: "nobody@example.com" } } }'],
      ['comments', `{ or: [{ ipHash: { eq: "${COMMENT.ipHash}" } }, { authorName: { eq: "không ai" } }] }`, '{ or: [{ ipHash: { eq: "WRONG" } }, { authorName: { eq: "không ai" } }] }'],
      ['contests', `{ rounds: { questions: { correctChoice: { eq: ${CORRECT_CHOICES[0]} } } } }`, '{ rounds: { questions: { correctChoice: { eq: 99 } } } }'],
      ['newsArticles', `{ createdBy: { email: { eq: "${ADMIN.email}" } } }`, '{ createdBy: { email: { eq: "nobody@example.com" } } }'],
      ['newsArticles', `{ relatedDirectives: { createdBy: { email: { eq: "${ADMIN.email}" } } } }`, '{ relatedDirectives: { createdBy: { email: { eq: "nobody@example.com" } } } }'],
      ['newsArticles', `{ cover: { folderPath: { eq: "${FOLDER.path}" } } }`, '{ cover: { folderPath: { eq: "/nowhere" } } }'],
    ];
    const run = async (list: string, args: string) => {
      const response = await gql(role, `{ ${list}(${args}) { documentId } }`);
      const problems = gqlProblems(`${role} ${list}(${args})`, response);
      expect(problems).toEqual([]);
      return {
        outcome: response.body.errors ? 'error' : 'data',
        ids: ((response.body.data?.[list] ?? []) as { documentId: string }[]).map((item) => item.documentId),
      };
    };
    for (const [list, right, wrong] of cases) {
      const hit = await run(list, `filters: ${right}`);
      const miss = await run(list, `filters: ${wrong}`);
      expect({ list, right, hit }).toEqual({ list, right, hit: miss });
      expect({ list, right, outcome: hit.outcome }).toEqual({ list, right, outcome: 'error' });
    }
    for (const [list, field] of [
      ['comments', 'authorEmail'],
      ['comments', 'ipHash'],
      ['comments', 'reportCount'],
      ['newsArticles', 'createdBy.email'],
      ['contests', 'rounds.questions.correctChoice'],
    ]) {
      const asc = await run(list, `sort: "${field}:asc"`);
      const desc = await run(list, `sort: "${field}:desc"`);
      expect({ list, field, asc }).toEqual({ list, field, asc: desc });
    }
  });

  it.each(ROLES)('forbids contest entries and campaign activities over GraphQL as %s', async (role) => {
    await introspect();
    for (const uid of Object.values(CLOSED_TYPES)) {
      const type = Object.keys(CLOSED_TYPES).find((key) => CLOSED_TYPES[key] === uid) as string;
      for (const query of [
        `{ ${listQueryOf(uid)} { documentId } }`,
        `{ ${oneQueryOf(uid)}(documentId: "${fixtures[type]}") { documentId } }`,
      ]) {
        const response = await gql(role, query);
        expect(gqlProblems(`${role} ${query}`, response)).toEqual([]);
        expect(response.body.errors?.[0]?.extensions?.code ?? response.body.errors?.[0]?.message).toMatch(/FORBIDDEN|Forbidden/);
        expect(response.body.data?.[listQueryOf(uid)] ?? response.body.data?.[oneQueryOf(uid)] ?? null).toBeNull();
      }
    }
    // Nor can a private contest-entry field be selected even if it were allowed.
    const selection = await gql(role, `{ contestEntries { email phone idNumberHash answers ipHash } }`);
    expect(selection.body.errors.map((error: { message: string }) => error.message).join(' ')).toMatch(/Cannot query field "email"/);
    expect(sentinelsIn(selection.text)).toEqual([]);
  });
});
