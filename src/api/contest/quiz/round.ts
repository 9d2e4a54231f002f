import { fieldError } from '../../../validation/field-error';

export interface StoredQuestion {
  key?: string | null;
  prompt: string;
  choices?: { label: string }[] | null;
  correctChoice?: number | null;
  points?: number | null;
}

export interface StoredRound {
  key?: string | null;
  name: string;
  startAt?: string | null;
  endAt?: string | null;
  predictionQuestion?: string | null;
  questions?: StoredQuestion[] | null;
}

export interface StoredContest {
  documentId: string;
  title: string;
  startAt: string;
  endAt: string;
  revealScore?: boolean | null;
  shuffleQuestions?: boolean | null;
  resultsPublished?: boolean | null;
  rounds?: StoredRound[] | null;
}

export type RoundState = 'upcoming' | 'open' | 'closed';

export interface Answer {
  question: string;
  choice: number;
}

/** A round without dates of its own runs for the whole contest. */
export const roundWindow = (contest: StoredContest, round: StoredRound) => ({
  startAt: new Date(round.startAt ?? contest.startAt),
  endAt: new Date(round.endAt ?? contest.endAt),
});

export function roundState(contest: StoredContest, round: StoredRound, now: Date): RoundState {
  const { startAt, endAt } = roundWindow(contest, round);
  if (now < startAt) return 'upcoming';
  return now < endAt ? 'open' : 'closed';
}

/** Only an open round takes attempts and entries; the server's clock decides. */
export function assertOpen(contest: StoredContest, round: StoredRound, now: Date) {
  const state = roundState(contest, round, now);
  const { startAt, endAt } = roundWindow(contest, round);
  if (state === 'upcoming') throw fieldError('key', `round "${round.key}" opens at ${startAt.toISOString()}`);
  if (state === 'closed') throw fieldError('key', `round "${round.key}" closed at ${endAt.toISOString()}`);
}

const questionsOf = (round: StoredRound) => (round.questions ?? []).filter((question) => question.key);

export const questionKeys = (round: StoredRound) => questionsOf(round).map((question) => question.key as string);

/**
 * What a participant sees of a round. Built field by field (never by removing fields) so the answer
 * key cannot slip through: no correctChoice, no component ids, choices in the editor's order.
 * Questions are shown once the round has opened, so nobody prepares before the clock starts.
 */
export function publicRound(contest: StoredContest, round: StoredRound, now: Date) {
  const state = roundState(contest, round, now);
  const { startAt, endAt } = roundWindow(contest, round);
  return {
    key: round.key as string,
    name: round.name,
    startAt: startAt.toISOString(),
    endAt: endAt.toISOString(),
    state,
    predictionQuestion: round.predictionQuestion ?? null,
    questions:
      state === 'upcoming'
        ? []
        : questionsOf(round).map((question) => ({
            key: question.key as string,
            prompt: question.prompt,
            points: question.points ?? 1,
            choices: (question.choices ?? []).map((choice) => ({ label: choice.label })),
          })),
  };
}

/** Fisher–Yates with crypto randomness: each participant gets an independent order. */
export function shuffled<T>(items: T[], randomInt: (max: number) => number): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = randomInt(index + 1);
    [result[index], result[other]] = [result[other], result[index]];
  }
  return result;
}

/**
 * Checks that every question is answered exactly once with a choice it has, then adds the points
 * of the correct ones. Every answer is looked at, right or wrong, so the time taken says nothing.
 */
export function scoreAnswers(round: StoredRound, answers: Answer[]): number {
  const questions = new Map(questionsOf(round).map((question) => [question.key as string, question]));
  const answered = new Set<string>();
  let score = 0;
  answers.forEach((answer, index) => {
    const question = questions.get(answer.question);
    if (!question) throw fieldError(`answers.${index}.question`, `the round has no question "${answer.question}"`);
    if (answered.has(answer.question)) throw fieldError(`answers.${index}.question`, `question "${answer.question}" is answered twice`);
    answered.add(answer.question);
    const choices = question.choices?.length ?? 0;
    if (answer.choice >= choices) throw fieldError(`answers.${index}.choice`, `question "${answer.question}" has choices 0–${choices - 1}`);
    score += answer.choice === question.correctChoice ? (question.points ?? 1) : 0;
  });
  const missing = [...questions.keys()].filter((key) => !answered.has(key));
  if (missing.length > 0) throw fieldError('answers', `every question must be answered; missing: ${missing.join(', ')}`);
  return score;
}
