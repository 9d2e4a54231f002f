import type { Core, UID } from '@strapi/strapi';
import { DRAFT_SENTINEL, PRIVATE_SENTINEL } from './bad-input';

const blocks = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const draftText = (what: string) => `Bản nháp ${DRAFT_SENTINEL} ${what}`;
const privateText = (what: string) => `${PRIVATE_SENTINEL}_${what}`;
const privateEmail = (who: string) => `${PRIVATE_SENTINEL.toLowerCase()}-${who}@example.com`;

/**
 * Content for the bad-input sweep: published documents with unpublished edits and unpublished
 * translations that carry DRAFT_SENTINEL, draft-only documents, and private fields holding
 * PRIVATE_SENTINEL (comment email/IP hash/note, contest entry data) and answer keys (`correctChoice`).
 * Takes `strapi` (not the test harness) so bench/attack.js seeds the same content.
 */
export async function createSweepFixtures(strapi: Core.Strapi): Promise<{ documentIds: string[] }> {
  const create = async (uid: UID.ContentType, data: Record<string, unknown>, status: 'draft' | 'published' = 'published', locale = 'vi') =>
    ((await strapi.documents(uid).create({ data: data as never, status, locale })) as { documentId: string }).documentId;
  const editDraft = (uid: UID.ContentType, documentId: string, data: Record<string, unknown>, locale = 'vi') =>
    strapi.documents(uid).update({ documentId, locale, data: data as never });

  const agency = await create('api::agency.agency', { name: 'UBND tỉnh Cao Bằng', abbreviation: 'UBND', level: 'province', province: 'Cao Bằng' });
  const category = await create('api::category.category', { name: 'Tin tức cải cách', slug: 'tin-tuc-cai-cach-sweep' });
  const reformArea = await create('api::reform-area.reform-area', { code: 'administrative_procedures', name: 'Cải cách TTHC' });

  const directive = await create('api::official-directive.official-directive', {
    documentNumber: '12/KH-UBND',
    documentType: 'plan',
    title: 'Kế hoạch cải cách hành chính năm 2024',
    issuedDate: '2024-01-15',
    effectiveDate: '2024-01-15',
    issuingAgency: agency,
    legalStatus: 'in_force',
  });
  const draftDirective = await create(
    'api::official-directive.official-directive',
    { documentNumber: '13/KH-UBND', documentType: 'plan', title: draftText('văn bản chưa ban hành'), issuedDate: '2024-02-01', issuingAgency: agency, legalStatus: 'not_yet_in_force' },
    'draft'
  );

  const article = await create('api::news-article.news-article', {
    title: 'Cao Bằng đẩy mạnh cải cách hành chính',
    summary: 'Tin đã xuất bản.',
    body: blocks('Nội dung đã xuất bản.'),
    publishedDate: '2024-03-01',
    category,
    agency,
    province: 'Cao Bằng',
    reformAreas: [reformArea],
    relatedDirectives: [directive, draftDirective],
    tags: [{ label: 'CCHC' }],
  });
  await editDraft('api::news-article.news-article', article, { title: draftText('sửa tin'), summary: draftText('tóm tắt') });
  await editDraft('api::news-article.news-article', article, { title: draftText('bản dịch Tày'), body: blocks(draftText('nội dung Tày')) }, 'tyz');
  const draftArticle = await create(
    'api::news-article.news-article',
    { title: draftText('tin chưa đăng'), body: blocks(draftText('nội dung')), publishedDate: '2024-03-02', category, agency, relatedDirectives: [directive] },
    'draft'
  );
  await editDraft('api::official-directive.official-directive', directive, { title: draftText('sửa văn bản') });

  const campaign = await create('api::campaign.campaign', {
    name: 'Tuyên truyền CCHC quý I-2024',
    startDate: '2024-01-01',
    endDate: '2024-03-31',
    responsibleAgency: agency,
    audiences: ['citizens'],
    languages: ['vi'],
    articles: [article],
  });
  await editDraft('api::campaign.campaign', campaign, { name: draftText('sửa chiến dịch'), description: draftText('mô tả') });

  const round = (correctChoice: number) => ({
    name: 'Vòng 1',
    startAt: '2024-05-01T00:00:00.000Z',
    endAt: '2024-05-15T00:00:00.000Z',
    questions: [{ prompt: 'Nghị quyết 76 ban hành năm nào?', choices: [{ label: '2020' }, { label: '2021' }], correctChoice, points: 5 }],
  });
  const contest = await create('api::contest.contest', {
    title: 'Cuộc thi tìm hiểu CCHC năm 2024',
    startAt: '2024-05-01T00:00:00.000Z',
    endAt: '2024-05-31T00:00:00.000Z',
    organizer: agency,
    rounds: [round(1)],
  });
  await editDraft('api::contest.contest', contest, { title: draftText('sửa cuộc thi') });

  await create('api::contest-entry.contest-entry', {
    contest,
    roundName: 'Vòng 1',
    fullName: privateText('FULLNAME'),
    idNumberHash: privateText('ID_NUMBER_HASH'),
    email: privateEmail('entry'),
    phone: privateText('PHONE'),
    answers: { note: privateText('ANSWERS') },
    ipHash: privateText('ENTRY_IP_HASH'),
    consent: true,
  });

  const comment = {
    targetType: 'news-article',
    targetDocumentId: article,
    authorName: 'Bạn đọc',
    content: 'Bài viết rất hữu ích.',
    moderationStatus: 'approved',
    authorEmail: privateEmail('comment'),
    ipHash: privateText('COMMENT_IP_HASH'),
    moderationNote: privateText('NOTE'),
    reports: { reasons: [privateText('REPORT')] },
  };
  const approved = await create('api::comment.comment', comment);
  await create('api::comment.comment', { ...comment, content: draftText('bình luận chờ duyệt'), moderationStatus: 'pending' }, 'draft');

  return { documentIds: [article, draftArticle, directive, draftDirective, campaign, contest, approved, agency, category, reformArea] };
}
