import { checkSchema, notBefore, yup } from '../../../validation/check';
import { fieldError } from '../../../validation/field-error';
import type { ContentRules } from '../../../validation/types';

type Round = { startAt?: string | null; endAt?: string | null; questions?: { choices?: unknown[]; correctChoice?: number | null }[] };

const schema = yup.object({ endAt: notBefore('endAt', 'startAt', 'endAt must be after startAt', true) });

const time = (value?: string | null) => (value ? new Date(value).getTime() : null);

function checkRounds(rounds: Round[], contestStart?: string | null, contestEnd?: string | null) {
  rounds.forEach((round, index) => {
    const [start, end] = [time(round.startAt), time(round.endAt)];
    if (start !== null && end !== null && end <= start) {
      throw fieldError(`rounds.${index}.endAt`, 'a round must end after it starts');
    }
    const [first, last] = [time(contestStart), time(contestEnd)];
    if ((start !== null && first !== null && start < first) || (end !== null && last !== null && end > last)) {
      throw fieldError(`rounds.${index}`, 'a round must lie within the contest startAt–endAt');
    }
    (round.questions ?? []).forEach((question, q) => {
      const choices = question.choices?.length ?? 0;
      if (question.correctChoice !== null && question.correctChoice !== undefined && question.correctChoice >= choices) {
        throw fieldError(`rounds.${index}.questions.${q}.correctChoice`, `must index one of the ${choices} choices (0-based)`);
      }
    });
  });
}

export const contestRules: ContentRules = {
  async validate(document) {
    await checkSchema(schema, document);
    checkRounds((document.rounds as Round[] | null) ?? [], document.startAt as string, document.endAt as string);
  },
  populate: { rounds: { populate: { questions: { populate: ['choices'] } } } },
};
