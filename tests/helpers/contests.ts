import crypto from 'crypto';
import type { TestApp } from './strapi';
import { createDocument } from './content';

const HOUR = 3_600_000;
export const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

/** Three questions whose correct choices sit at different positions, 5 + 3 + 2 points. */
export const QUESTIONS = [
  { key: 'nq76', prompt: 'Nghị quyết 76/NQ-CP ban hành năm nào?', choices: [{ label: '2020' }, { label: '2021' }, { label: '2022' }], correctChoice: 1, points: 5 },
  { key: 'mot-cua', prompt: 'Cơ chế một cửa là gì?', choices: [{ label: 'Nộp và nhận tại một nơi' }, { label: 'Miễn lệ phí' }], correctChoice: 0, points: 3 },
  { key: 'de-an-06', prompt: 'Đề án 06 về gì?', choices: [{ label: 'Giao thông' }, { label: 'Y tế' }, { label: 'Dữ liệu dân cư' }], correctChoice: 2, points: 2 },
];
export const CORRECT = QUESTIONS.map((question) => ({ question: question.key, choice: question.correctChoice }));

/**
 * A published contest running from a day ago to a day ahead with an open round (`open`), a closed
 * one (`closed`) and one that has not opened (`later`), relative to the server's clock now.
 */
export async function createQuizContest(app: TestApp, extra: Record<string, unknown> = {}) {
  return createDocument(app, 'api::contest.contest', {
    title: `Cuộc thi tìm hiểu CCHC ${crypto.randomBytes(3).toString('hex')}`,
    startAt: at(-24 * HOUR),
    endAt: at(24 * HOUR),
    rounds: [
      { key: 'open', name: 'Vòng 1', startAt: at(-HOUR), endAt: at(HOUR), predictionQuestion: 'Bao nhiêu bài dự thi?', questions: QUESTIONS },
      { key: 'closed', name: 'Vòng 0', startAt: at(-3 * HOUR), endAt: at(-2 * HOUR), questions: QUESTIONS },
      { key: 'later', name: 'Vòng 2', startAt: at(2 * HOUR), endAt: at(3 * HOUR), questions: QUESTIONS },
    ],
    ...extra,
  });
}

let citizen = 1;
/** A fresh, well-formed 12-digit citizen ID (CCCD) for each participant. */
export const nextIdNumber = () => `0010${String((citizen += 1)).padStart(8, '0')}`;

export const entryBody = (attemptToken: string, overrides: Record<string, unknown> = {}) => ({
  data: {
    attemptToken,
    fullName: 'Nguyễn Văn An',
    idNumber: nextIdNumber(),
    email: 'an.nguyen@example.com',
    organization: 'UBND xã Hữu Lũng',
    province: 'Lạng Sơn',
    consent: true,
    answers: CORRECT,
    prediction: 100,
    ...overrides,
  },
});
