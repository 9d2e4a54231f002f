import crypto from 'crypto';
import { checkSchema, notBefore, yup } from '../../../validation/check';
import { fieldError } from '../../../validation/field-error';
import type { ContentRules, DocumentData } from '../../../validation/types';

type Keyed = { id?: number; key?: string | null };
type Question = Keyed & { choices?: unknown[]; correctChoice?: number | null };
type Round = Keyed & { startAt?: string | null; endAt?: string | null; questions?: Question[] };

const schema = yup.object({ endAt: notBefore('endAt', 'startAt', 'endAt must be after startAt', true) });

const time = (value?: string | null) => (value ? new Date(value).getTime() : null);

/**
 * Rounds and questions get a stable `key` the first time they are saved, so links, attempt tokens
 * and stored answers survive renaming and reordering. A component sent with its `id` and without
 * `key` is an edit of a stored one: Strapi keeps the stored key, so nothing is generated for it.
 */
function fillKeys(items: Keyed[] | null | undefined) {
  for (const item of items ?? []) {
    const editsStored = item.id !== undefined && item.key === undefined;
    if (!item.key && !editsStored) item.key = crypto.randomBytes(4).toString('hex');
  }
}

function assertUniqueKeys(items: Keyed[], path: (index: number) => string) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (!item.key) return;
    if (seen.has(item.key)) throw fieldError(path(index), `key "${item.key}" is used twice`);
    seen.add(item.key);
  });
}

function checkRounds(rounds: Round[], contestStart?: string | null, contestEnd?: string | null) {
  assertUniqueKeys(rounds, (index) => `rounds.${index}.key`);
  rounds.forEach((round, index) => {
    const [start, end] = [time(round.startAt), time(round.endAt)];
    if (start !== null && end !== null && end <= start) {
      throw fieldError(`rounds.${index}.endAt`, 'a round must end after it starts');
    }
    const [first, last] = [time(contestStart), time(contestEnd)];
    if ((start !== null && first !== null && start < first) || (end !== null && last !== null && end > last)) {
      throw fieldError(`rounds.${index}`, 'a round must lie within the contest startAt–endAt');
    }
    assertUniqueKeys(round.questions ?? [], (q) => `rounds.${index}.questions.${q}.key`);
    (round.questions ?? []).forEach((question, q) => {
      const choices = question.choices?.length ?? 0;
      if (question.correctChoice !== null && question.correctChoice !== undefined && question.correctChoice >= choices) {
        throw fieldError(`rounds.${index}.questions.${q}.correctChoice`, `must index one of the ${choices} choices (0-based)`);
      }
    });
  });
}

export const contestRules: ContentRules = {
  derive(data: DocumentData) {
    const rounds = data.rounds as Round[] | null | undefined;
    fillKeys(rounds);
    for (const round of rounds ?? []) fillKeys(round.questions);
  },
  async validate(document) {
    await checkSchema(schema, document);
    checkRounds((document.rounds as Round[] | null) ?? [], document.startAt as string, document.endAt as string);
  },
  populate: { rounds: { populate: { questions: { populate: ['choices'] } } } },
};
