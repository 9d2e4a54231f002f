import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { UTF8_BOM, csvLine } from '../quiz/csv';
import { maskName } from '../quiz/masked-name';
import { roundState, type StoredContest, type StoredRound } from '../quiz/round';
import type { RankedEntry } from './ranking';

const CONTEST_UID = 'api::contest.contest';

const CSV_COLUMNS = [
  'rank', 'receipt', 'fullName', 'organization', 'province', 'email', 'phone', 'score', 'prediction',
  'predictionDistance', 'actualEntries', 'durationMs', 'startedAt', 'submittedAt',
] as const;

/** What anyone may see of a ranked entry: never the full name or contact details. */
const publicEntry = (entry: RankedEntry) => ({
  rank: entry.rank,
  name: maskName(entry.fullName),
  organization: entry.organization,
  province: entry.province,
  score: entry.score,
});

/** Published results and the organisers' full ranking of a round. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const ranking = () => getService(strapi, 'ranking');

  async function loadRounds(documentId: string) {
    const contest = (await strapi.documents(CONTEST_UID).findOne({
      documentId,
      status: 'published',
      populate: { rounds: { fields: ['key', 'name', 'startAt', 'endAt'] } },
    })) as unknown as StoredContest | null;
    if (!contest) throw new errors.NotFoundError(`contest ${documentId} is not published`);
    return contest;
  }

  const findRound = (contest: StoredContest, key: string): StoredRound => {
    const round = contest.rounds?.find((candidate) => candidate.key === key);
    if (!round) throw new errors.NotFoundError(`contest ${contest.documentId} has no round "${key}"`);
    return round;
  };

  /** Results are public once organisers publish them and the round has closed; until then, 404. */
  async function publishedRound(documentId: string, key: string) {
    const contest = await loadRounds(documentId);
    const round = findRound(contest, key);
    if (!contest.resultsPublished || roundState(contest, round, new Date()) !== 'closed') {
      throw new errors.NotFoundError(`results of round "${key}" are not published`);
    }
    return round;
  }

  return {
    async leaderboard(documentId: string, key: string, page: number, pageSize: number) {
      const round = await publishedRound(documentId, key);
      const [entries, total] = await Promise.all([
        ranking().page(documentId, key, (page - 1) * pageSize, pageSize),
        ranking().countEntries(documentId, key),
      ]);
      return {
        data: entries.map(publicEntry),
        meta: {
          round: { key, name: round.name, actualEntries: total },
          pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
        },
      };
    },

    async result(documentId: string, receipt: string) {
      const roundKey = await strapi.db
        .query('api::contest-entry.contest-entry')
        .findOne({ where: { contestDocumentId: documentId, receipt }, select: ['roundKey'] })
        .then((row: { roundKey?: string } | null) => row?.roundKey);
      if (!roundKey) throw new errors.NotFoundError(`no entry with receipt ${receipt}`);
      const round = await publishedRound(documentId, roundKey);
      const entry = await ranking().byReceipt(documentId, roundKey, receipt);
      if (!entry) throw new errors.NotFoundError(`no entry with receipt ${receipt}`);
      return {
        ...publicEntry(entry),
        receipt,
        round: { key: roundKey, name: round.name, actualEntries: entry.actualEntries },
        prediction: entry.prediction,
        durationMs: entry.durationMs,
        submittedAt: entry.submittedAt,
      };
    },

    /** The full ranking for organisers, whatever the publication state, from one consistent query. */
    async csv(documentId: string, key: string) {
      findRound(await loadRounds(documentId), key);
      const entries = await ranking().page(documentId, key);
      const rows = entries.map((entry) => csvLine(CSV_COLUMNS.map((column) => entry[column])));
      return { body: UTF8_BOM + csvLine([...CSV_COLUMNS]) + rows.join(''), actualEntries: entries[0]?.actualEntries ?? 0 };
    },
  };
};
