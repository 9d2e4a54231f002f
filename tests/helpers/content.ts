import type { UID } from '@strapi/strapi';
import type { TestApp } from './strapi';
import { bearer } from './auth';

export const blocks = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** Creates a document straight through the document service (fixtures, not the thing under test). */
export async function createDocument(
  app: TestApp,
  uid: UID.ContentType,
  data: Record<string, unknown>,
  options: { status?: 'draft' | 'published'; locale?: string } = {}
): Promise<{ documentId: string } & Record<string, unknown>> {
  return (await app.strapi.documents(uid).create({
    data: data as never,
    status: options.status ?? 'published',
    locale: options.locale ?? 'vi',
  })) as never;
}

export interface Refs {
  government: string;
  province: string;
  category: string;
  otherCategory: string;
  reformArea: string;
  digitalArea: string;
}

/** Agencies, categories and reform areas most tests link to. */
export async function createReferenceData(app: TestApp): Promise<Refs> {
  const agency = (data: Record<string, unknown>) => createDocument(app, 'api::agency.agency', data);
  const government = await agency({ name: 'Chính phủ', abbreviation: 'CP', level: 'central' });
  const province = await agency({ name: 'UBND tỉnh Lạng Sơn', abbreviation: 'UBND', level: 'province', province: 'Lạng Sơn' });
  const category = await createDocument(app, 'api::category.category', { name: 'Tin tức', slug: 'tin-tuc' });
  const otherCategory = await createDocument(app, 'api::category.category', { name: 'Chuyển đổi số', slug: 'chuyen-doi-so' });
  const reformArea = await createDocument(app, 'api::reform-area.reform-area', { code: 'administrative_procedures', name: 'Cải cách TTHC' });
  const digitalArea = await createDocument(app, 'api::reform-area.reform-area', { code: 'digital_government', name: 'Chính phủ số' });
  return {
    government: government.documentId,
    province: province.documentId,
    category: category.documentId,
    otherCategory: otherCategory.documentId,
    reformArea: reformArea.documentId,
    digitalArea: digitalArea.documentId,
  };
}

let documentSequence = 100;

/** A valid REST `data` body for each main type, given reference data (and an article for comments). */
export const validBodies = (refs: Refs, articleId?: string) => ({
  'news-articles': {
    title: 'Đẩy mạnh tuyên truyền cải cách hành chính',
    body: blocks('Nội dung tin.'),
    publishedDate: '2024-03-01',
    category: refs.category,
    agency: refs.province,
    province: 'Lạng Sơn',
    reformAreas: [refs.reformArea],
    sourceUrl: 'https://langson.gov.vn/tin-tuc',
  },
  'official-directives': {
    // A number is unique per agency and year, so every body gets its own.
    documentNumber: `${(documentSequence += 1)}/KH-UBND`,
    documentType: 'plan',
    title: 'Kế hoạch tuyên truyền cải cách hành chính năm 2024',
    issuedDate: '2024-01-15',
    effectiveDate: '2024-01-15',
    issuingAgency: refs.province,
    legalStatus: 'in_force',
  },
  campaigns: {
    name: 'Tuyên truyền CCHC quý I-2024',
    startDate: '2024-01-01',
    endDate: '2024-03-31',
    responsibleAgency: refs.province,
    audiences: ['citizens', 'youth'],
    languages: ['vi'],
    targets: [{ channel: 'radio', targetCount: 12, unit: 'chương trình' }],
  },
  contests: {
    title: 'Cuộc thi tìm hiểu CCHC năm 2024',
    startAt: '2024-05-01T00:00:00.000Z',
    endAt: '2024-05-31T00:00:00.000Z',
    organizer: refs.province,
    rounds: [
      {
        name: 'Vòng 1',
        startAt: '2024-05-01T00:00:00.000Z',
        endAt: '2024-05-15T00:00:00.000Z',
        questions: [{ prompt: 'Câu hỏi?', choices: [{ label: 'A' }, { label: 'B' }], correctChoice: 1, points: 5 }],
      },
    ],
  },
  comments: {
    targetType: 'news-article',
    targetDocumentId: articleId ?? 'missing',
    authorName: 'Bạn đọc',
    authorEmail: 'ban.doc@example.com',
    content: 'Bài viết rất hữu ích.',
    moderationStatus: 'approved',
  },
});

export type MainType = keyof ReturnType<typeof validBodies>;

/** POSTs through REST as the given token; returns the response. */
export const post = (app: TestApp, token: string, type: string, data: unknown, query = '') =>
  app.request().post(`/api/${type}${query}`).set(bearer(token)).send({ data });
