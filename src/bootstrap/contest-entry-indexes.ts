import type { Core } from '@strapi/strapi';

const ENTRY_UID = 'api::contest-entry.contest-entry';

/** Index name → columns (attribute names); UNIQUE ones decide races between concurrent entries. */
const INDEXES: { name: string; unique: boolean; attributes: string[] }[] = [
  // One entry per person per round: a double submit or a race loses here (answered 409).
  { name: 'contest_entries_person_round_uq', unique: true, attributes: ['contestDocumentId', 'roundKey', 'idNumberHash'] },
  // An attempt token is good for one entry.
  { name: 'contest_entries_attempt_nonce_uq', unique: true, attributes: ['attemptNonce'] },
  { name: 'contest_entries_receipt_uq', unique: true, attributes: ['receipt'] },
  // The ranking reads one round's sort columns; covering them spares reading the wide rows.
  {
    name: 'contest_entries_round_rank_idx',
    unique: false,
    attributes: ['contestDocumentId', 'roundKey', 'score', 'prediction', 'durationMs', 'submittedAt'],
  },
];

/**
 * Content-type schemas cannot declare database indexes, so they are created here. Not as a
 * migration in database/migrations: Strapi 5 runs user migrations *before* the schema sync
 * (`db.schema.sync()` → `migrations.up()` → `syncSchema()`), so on a fresh database the table
 * does not exist yet and the migration would be recorded as done without creating anything. This
 * step runs after the sync on every start; `IF NOT EXISTS` makes it idempotent on SQLite and
 * PostgreSQL alike, and Strapi's sync leaves indexes it did not create alone. NULLs never collide
 * in a unique index on either database, so older entries without round keys are unaffected.
 */
export async function ensureContestEntryIndexes(strapi: Core.Strapi): Promise<void> {
  const meta = strapi.db.metadata.get(ENTRY_UID);
  const column = (attribute: string) => (meta.attributes[attribute] as { columnName?: string }).columnName ?? attribute;
  for (const index of INDEXES) {
    const columns = index.attributes.map((attribute) => `"${column(attribute)}"`).join(', ');
    await strapi.db.connection.raw(
      `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS "${index.name}" ON "${meta.tableName}" (${columns})`
    );
  }
}
