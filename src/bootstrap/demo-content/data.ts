/**
 * Demo content written for this project (facts such as document numbers, dates and place names
 * follow public documents; every sentence is our own).
 */
import { paragraphs } from './paragraphs';

export const agencies = {
  government: { name: 'Chính phủ', abbreviation: 'CP', level: 'central' },
  primeMinister: { name: 'Thủ tướng Chính phủ', abbreviation: 'TTg', level: 'central' },
  caoBangPeoplesCommittee: {
    name: 'Ủy ban nhân dân tỉnh Cao Bằng',
    abbreviation: 'UBND',
    level: 'province',
    province: 'Cao Bằng',
  },
  caoBangHomeAffairs: {
    name: 'Sở Nội vụ tỉnh Cao Bằng',
    abbreviation: 'SNV',
    level: 'province',
    province: 'Cao Bằng',
  },
} as const;

export const categories = [
  {
    key: 'reformNews',
    name: 'Tin cải cách hành chính',
    slug: 'tin-cai-cach-hanh-chinh',
    description: 'Tin tức về kết quả và cách làm hay trong cải cách hành chính ở các địa phương.',
  },
  {
    key: 'directives',
    name: 'Văn bản chỉ đạo, điều hành',
    slug: 'van-ban-chi-dao-dieu-hanh',
    description: 'Văn bản của Trung ương và địa phương về công tác cải cách hành chính.',
  },
  {
    key: 'digital',
    name: 'Chuyển đổi số',
    slug: 'chuyen-doi-so',
    description: 'Dịch vụ công trực tuyến, chính quyền số và kỹ năng số cho người dân.',
  },
] as const;

export const reformAreas = [
  { code: 'institutional', order: 1, name: 'Cải cách thể chế' },
  { code: 'administrative_procedures', order: 2, name: 'Cải cách thủ tục hành chính' },
  { code: 'state_apparatus', order: 3, name: 'Cải cách tổ chức bộ máy hành chính nhà nước' },
  { code: 'civil_service', order: 4, name: 'Cải cách chế độ công vụ' },
  { code: 'public_finance', order: 5, name: 'Cải cách tài chính công' },
  { code: 'digital_government', order: 6, name: 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số' },
] as const;

export const directives = {
  masterProgramme: {
    documentNumber: '76/NQ-CP',
    documentType: 'resolution',
    title: 'Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030',
    summary:
      'Nghị quyết đặt mục tiêu và sáu nội dung trọng tâm của cải cách hành chính trong mười năm, làm căn cứ cho kế hoạch của các bộ, ngành và địa phương.',
    issuedDate: '2021-07-15',
    effectiveDate: '2021-07-15',
    placeOfIssue: 'Hà Nội',
    legalStatus: 'in_force',
  },
  caoBangOutreachLetter: {
    documentNumber: '1886/UBND-NC',
    documentType: 'official_letter',
    title: 'V/v đẩy mạnh công tác thông tin, tuyên truyền thực hiện nhiệm vụ cải cách hành chính năm 2023',
    summary:
      'Yêu cầu các sở, ngành và Ủy ban nhân dân cấp huyện nâng cao trách nhiệm người đứng đầu trong tuyên truyền cải cách hành chính, đa dạng hình thức và hướng về cơ sở.',
    body: paragraphs(
      'Các cơ quan, đơn vị xây dựng nội dung tuyên truyền gắn với nhiệm vụ cải cách hành chính năm 2023 của tỉnh.',
      'Ưu tiên hình thức phù hợp với vùng sâu, vùng xa và đồng bào dân tộc thiểu số như loa truyền thanh cơ sở, tờ rơi song ngữ và hội nghị tại thôn, xóm.'
    ),
    signerName: 'Trịnh Trường Huy',
    signerTitle: 'Phó Chủ tịch',
    placeOfIssue: 'Cao Bằng',
    issuedDate: '2023-08-03',
    legalStatus: 'in_force',
    recipients: 'Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thành phố.',
  },
} as const;

export const article = {
  title: 'Cao Bằng đưa tuyên truyền cải cách hành chính về tận thôn, xóm',
  summary:
    'Tỉnh yêu cầu người đứng đầu các cơ quan trực tiếp chịu trách nhiệm về công tác thông tin, tuyên truyền cải cách hành chính, chú trọng vùng đồng bào dân tộc thiểu số.',
  body: paragraphs(
    'Ủy ban nhân dân tỉnh Cao Bằng vừa có văn bản đề nghị các cơ quan, đơn vị đẩy mạnh thông tin về cải cách hành chính, nhất là những thay đổi người dân được hưởng trực tiếp như dịch vụ công trực tuyến và bộ phận một cửa.',
    'Theo văn bản, nội dung tuyên truyền bám sát Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 và được chuyển tải bằng nhiều kênh: báo, đài, trang thông tin điện tử, mạng xã hội và hệ thống loa truyền thanh ở xã.',
    'Ở những thôn, xóm vùng cao, cán bộ xã sẽ phối hợp với người có uy tín trong cộng đồng để giới thiệu cách nộp hồ sơ trực tuyến bằng tiếng dân tộc.'
  ),
  coverCaption: 'Cán bộ bộ phận một cửa hướng dẫn người dân nộp hồ sơ trực tuyến.',
  coverAlt: 'Cán bộ hướng dẫn người dân tại quầy một cửa',
  byline: 'MINH AN',
  sourceName: 'Cổng thông tin điện tử tỉnh Cao Bằng',
  publishedDate: '2023-08-08',
  province: 'Cao Bằng',
  tags: [{ label: 'tuyên truyền' }, { label: 'dân tộc thiểu số' }],
} as const;

export const campaign = {
  name: 'Tuyên truyền cải cách hành chính quý III năm 2023',
  periodLabel: 'Quý III-2023',
  description:
    'Đợt tuyên truyền tập trung vào dịch vụ công trực tuyến và trách nhiệm người đứng đầu, ưu tiên các xã vùng cao.',
  startDate: '2023-07-01',
  endDate: '2023-09-30',
  campaignStatus: 'completed',
  audiences: ['citizens', 'remote_areas', 'ethnic_minorities'],
  languages: ['vi'],
  targets: [
    { channel: 'loudspeaker', targetCount: 120, unit: 'lượt phát' },
    { channel: 'leaflet', targetCount: 5000, unit: 'tờ' },
  ],
} as const;

export const activity = {
  channel: 'loudspeaker',
  date: '2023-08-15',
  count: 48,
  language: 'vi',
  province: 'Cao Bằng',
  description: 'Phát bản tin về dịch vụ công trực tuyến trên loa truyền thanh của 12 xã.',
} as const;

export const contest = {
  title: 'Cuộc thi tìm hiểu cải cách hành chính năm 2024',
  rules: paragraphs(
    'Cuộc thi dành cho mọi công dân. Mỗi người dự thi một lần mỗi vòng và trả lời hết các câu hỏi trắc nghiệm.',
    'Nếu nhiều người cùng điểm, người dự đoán số bài dự thi sát nhất xếp trên; sau đó đến người làm bài nhanh hơn.'
  ),
  startAt: '2024-09-01T00:00:00.000Z',
  endAt: '2024-09-30T16:59:59.000Z',
  maxAttempts: 1,
  rounds: [
    {
      name: 'Vòng 1',
      startAt: '2024-09-01T00:00:00.000Z',
      endAt: '2024-09-30T16:59:59.000Z',
      predictionQuestion: 'Theo bạn, vòng thi này có bao nhiêu bài dự thi?',
      questions: [
        {
          prompt: 'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 được ban hành kèm văn bản nào?',
          choices: [{ label: 'Nghị quyết số 76/NQ-CP' }, { label: 'Chỉ thị số 23/CT-TTg' }, { label: 'Nghị định số 61/2018/NĐ-CP' }],
          correctChoice: 0,
          points: 10,
        },
        {
          prompt: 'Cơ chế "một cửa" giúp người dân điều gì?',
          choices: [
            { label: 'Nộp hồ sơ và nhận kết quả tại một nơi' },
            { label: 'Không phải nộp lệ phí' },
            { label: 'Được giải quyết hồ sơ ngoài giờ hành chính' },
          ],
          correctChoice: 0,
          points: 10,
        },
      ],
    },
  ],
  prizes: [
    { rankName: 'Giải Nhất', count: 1, value: '5.000.000 đồng' },
    { rankName: 'Giải Khuyến khích', count: 10, value: '500.000 đồng' },
  ],
} as const;

export const comment = {
  authorName: 'Nông Văn Hải',
  authorEmail: 'nonghai.demo@example.com',
  content: 'Mong xã tôi sớm có bản tin tiếng Tày trên loa để bà con dễ nghe, dễ hiểu.',
  moderationStatus: 'approved',
} as const;
