import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

const ENTRY_UID = 'api::contest-entry.contest-entry';

export interface RankedEntry {
  id: number;
  rank: number;
  receipt: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  organization: string | null;
  province: string | null;
  score: number;
  prediction: number | null;
  predictionDistance: number | null;
  actualEntries: number;
  durationMs: number | null;
  startedAt: string | null;
  submittedAt: string | null;
}

type Row = Record<string, unknown>;

const RANKED_FIELDS = [
  'receipt', 'fullName', 'email', 'phone', 'organization', 'province', 'score', 'prediction', 'durationMs', 'startedAt', 'submittedAt',
] as const;

const isoOrNull = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string | number).toISOString());
const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/**
 * The ranking of SPEC §3: score desc → |prediction − actual entries| asc → duration asc →
 * submittedAt asc, then id so full ties always come out in the same order. Computed by the
 * database in one window query (ORDER BY + ROW_NUMBER), because a round can hold 100,000 entries
 * and a leaderboard page must not load them into Node. Raw knex: this is the measured hot path of
 * `bench/contest-rush.js`, and the document service cannot express window functions.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const meta = () => strapi.db.metadata.get(ENTRY_UID);
  const column = (attribute: string) => (meta().attributes[attribute] as { columnName?: string }).columnName ?? attribute;
  const knex = () => strapi.db.connection;

  /**
   * Ranks on the narrow sort columns only (the covering index contest_entries_round_rank_idx serves
   * them); callers cut the ranks they need before `withRows` joins the full rows, so ranking 100,000
   * entries never drags every row's answers through the sort or the join.
   */
  function rankedIds(contestDocumentId: string, roundKey: string): Knex.QueryBuilder {
    const db = knex();
    const [score, prediction, duration, submitted] = ['score', 'prediction', 'durationMs', 'submittedAt'].map(column);
    const roundEntries = db(meta().tableName)
      .select('id', score, prediction, duration, submitted, db.raw('COUNT(*) OVER () AS actual_entries'))
      .where(column('contestDocumentId'), contestDocumentId)
      .andWhere(column('roundKey'), roundKey)
      .as('round_entries');
    const nullsLast = (name: string) => `CASE WHEN ${name} IS NULL THEN 1 ELSE 0 END, ${name}`;
    const distance = `ABS(${prediction} - actual_entries)`;
    return db
      .select(
        'id',
        'actual_entries',
        db.raw(`${distance} AS prediction_distance`),
        db.raw(
          `ROW_NUMBER() OVER (ORDER BY ${score} DESC, ${nullsLast(distance)}, ${nullsLast(duration)}, ${nullsLast(submitted)}, id) AS entry_rank`
        )
      )
      .from(roundEntries);
  }

  function withRows(ranked: Knex.QueryBuilder): Knex.QueryBuilder {
    const table = meta().tableName;
    return knex()
      .with('ranked', ranked)
      .select(`${table}.*`, 'ranked.entry_rank', 'ranked.prediction_distance', 'ranked.actual_entries')
      .from('ranked')
      .join(table, `${table}.id`, 'ranked.id')
      .orderBy('ranked.entry_rank');
  }

  const toRanked = (row: Row): RankedEntry => {
    const value = (attribute: string) => row[column(attribute)];
    const entry = Object.fromEntries(RANKED_FIELDS.map((field) => [field, value(field)])) as Row;
    return {
      ...(entry as unknown as RankedEntry),
      id: Number(row.id),
      rank: Number(row.entry_rank),
      score: Number(entry.score ?? 0),
      prediction: numberOrNull(entry.prediction),
      predictionDistance: numberOrNull(row.prediction_distance),
      actualEntries: Number(row.actual_entries),
      durationMs: numberOrNull(entry.durationMs),
      startedAt: isoOrNull(entry.startedAt),
      submittedAt: isoOrNull(entry.submittedAt),
    };
  };

  return {
    /** Entries stored for a round: the "actual entries" of the prediction question. */
    async countEntries(contestDocumentId: string, roundKey: string): Promise<number> {
      const [row] = await knex()(meta().tableName)
        .where(column('contestDocumentId'), contestDocumentId)
        .andWhere(column('roundKey'), roundKey)
        .count({ total: '*' });
      return Number(row.total);
    },

    /** One page of the ranking, or all of it without `limit`. */
    async page(contestDocumentId: string, roundKey: string, offset = 0, limit?: number): Promise<RankedEntry[]> {
      const ranks = rankedIds(contestDocumentId, roundKey).orderBy('entry_rank').offset(offset);
      const rows: Row[] = await withRows(limit === undefined ? ranks : ranks.limit(limit));
      return rows.map(toRanked);
    },

    async byReceipt(contestDocumentId: string, roundKey: string, receipt: string): Promise<RankedEntry | null> {
      const entry = knex()(meta().tableName).select('id').where(column('receipt'), receipt);
      const ranks = knex().select('*').from(rankedIds(contestDocumentId, roundKey).as('all_ranks')).whereIn('id', entry);
      const [row] = await withRows(ranks);
      return row ? toRanked(row) : null;
    },
  };
};
