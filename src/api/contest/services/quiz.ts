import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { localesService } from '../../../locales/i18n-services';
import { hashPersonalData } from '../../../utils/data-hash';
import { fieldError } from '../../../validation/field-error';
import { deriveTokenKey, signAttempt, verifyAttempt, type AttemptClaims } from '../quiz/attempt-token';
import { DuplicateEntryError } from '../quiz/errors';
import { cachedContest } from '../quiz/round-cache';
import { assertOpen, publicRound, questionKeys, roundWindow, scoreAnswers, shuffled, type Answer, type StoredContest } from '../quiz/round';

const CONTEST_UID = 'api::contest.contest';
const ENTRY_UID = 'api::contest-entry.contest-entry';

export interface EntryInput {
  attemptToken: string;
  fullName: string;
  idNumber: string;
  email?: string | null;
  phone?: string | null;
  organization?: string | null;
  province?: string | null;
  consent: true;
  answers: Answer[];
  prediction?: number | null;
}

const TOKEN_PROBLEMS = {
  malformed: 'is not an attempt token of this server',
  forged: 'signature does not match (forged or altered)',
  expired: 'has expired: start the round again',
} as const;

const nfc = (value?: string | null) => (value ? value.normalize('NFC').trim() : null);

/** The public quiz flow: a round's questions, attempt tokens, scored entries (README "Knowledge contests"). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const tokenKey = () => deriveTokenKey(strapi.config.get('cchc.dataHashSecret') as string);

  async function loadRound(documentId: string, key: string, locale?: string) {
    const contest = await cachedContest(strapi, `${documentId}|${locale ?? ''}`, async () =>
      (await strapi.documents(CONTEST_UID).findOne({
        documentId,
        locale,
        status: 'published',
        populate: { rounds: { populate: { questions: { populate: ['choices'] } } } },
      })) as unknown as StoredContest | null
    );
    const round = contest?.rounds?.find((candidate) => candidate.key === key);
    if (!contest || !round) throw new errors.NotFoundError(`contest ${documentId} has no published round "${key}"`);
    return { contest, round };
  }

  /** Which rule a failed insert broke: the person's one entry per round (409) or the token's one use (400). */
  async function explainRejectedInsert(where: { contestDocumentId: string; roundKey: string; idNumberHash: string }, nonce: string) {
    const query = strapi.db.query(ENTRY_UID);
    if (await query.findOne({ where, select: ['id'] })) {
      throw new DuplicateEntryError('this citizen ID already has an entry in this round', { field: 'idNumber' });
    }
    if (await query.findOne({ where: { attemptNonce: nonce }, select: ['id'] })) {
      throw fieldError('attemptToken', 'has already been used for an entry: start the round again');
    }
  }

  return {
    async round(documentId: string, key: string, locale?: string) {
      const { contest, round } = await loadRound(documentId, key, locale);
      return publicRound(contest, round, new Date());
    },

    async start(documentId: string, key: string, locale?: string) {
      const now = new Date();
      const { contest, round } = await loadRound(documentId, key, locale);
      assertOpen(contest, round, now);
      const keys = questionKeys(round);
      const order = contest.shuffleQuestions ? shuffled(keys, (max) => crypto.randomInt(max)) : keys;
      const ttlMs = (strapi.config.get('cchc.contestAttemptMinutes') as number) * 60_000;
      const claims: AttemptClaims = {
        contest: documentId,
        round: key,
        locale: locale ?? (await localesService(strapi).getDefaultLocale()) ?? 'vi',
        startedAt: now.getTime(),
        expiresAt: Math.min(now.getTime() + ttlMs, roundWindow(contest, round).endAt.getTime()),
        nonce: crypto.randomBytes(12).toString('base64url'),
        ...(contest.shuffleQuestions ? { order } : {}),
      };
      return {
        attemptToken: signAttempt(tokenKey(), claims),
        startedAt: now.toISOString(),
        expiresAt: new Date(claims.expiresAt).toISOString(),
        questionOrder: order,
      };
    },

    async submit(documentId: string, key: string, input: EntryInput, ip: string) {
      const now = new Date();
      const claims = verifyAttempt(tokenKey(), input.attemptToken, now.getTime());
      if (typeof claims === 'string') throw fieldError('attemptToken', TOKEN_PROBLEMS[claims]);
      if (claims.contest !== documentId || claims.round !== key) throw fieldError('attemptToken', 'was issued for another round');
      const { contest, round } = await loadRound(documentId, key, claims.locale);
      assertOpen(contest, round, now);
      const score = scoreAnswers(round, input.answers);

      const identity = { contestDocumentId: documentId, roundKey: key, idNumberHash: hashPersonalData(strapi, 'citizen-id', input.idNumber) };
      const receipt = crypto.randomBytes(9).toString('base64url');
      try {
        await strapi.documents(ENTRY_UID).create({
          data: {
            ...identity,
            contest: documentId,
            roundName: round.name,
            receipt,
            attemptNonce: claims.nonce,
            fullName: nfc(input.fullName) as string,
            email: input.email || null,
            phone: input.phone || null,
            organization: nfc(input.organization),
            province: nfc(input.province),
            answers: input.answers.map(({ question, choice }) => ({ question, choice })),
            prediction: input.prediction ?? null,
            startedAt: new Date(claims.startedAt).toISOString(),
            submittedAt: now.toISOString(),
            durationMs: now.getTime() - claims.startedAt,
            score,
            consent: true,
            consentAt: now.toISOString(),
            ipHash: hashPersonalData(strapi, 'ip', ip),
            attempt: 1,
          } as never,
        });
      } catch (error) {
        if (error instanceof errors.ApplicationError) throw error;
        // The unique indexes (src/bootstrap/contest-entry-indexes.ts) decide races; the loser lands here.
        await explainRejectedInsert(identity, claims.nonce);
        throw error;
      }
      return { receipt, submittedAt: now.toISOString(), ...(contest.revealScore ? { score } : {}) };
    },
  };
};
