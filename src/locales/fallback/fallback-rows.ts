import type { Core, UID } from '@strapi/strapi';

export type PublicationStatus = 'published' | 'draft';

const columnOf = (strapi: Core.Strapi, uid: UID.ContentType, attribute: string) => {
  const meta = strapi.db.metadata.get(uid).attributes[attribute] as { columnName?: string } | undefined;
  return meta?.columnName ?? attribute;
};

/**
 * Row ids of the versions a fallback list shows from the fallback locales: for chain [tyz, vi] the
 * `vi` rows of documents that have no `tyz` row of the same status.
 *
 * Raw knex on purpose: this runs on every fallback list request (the hot read path for minority-
 * language sites) and is one indexed NOT EXISTS query, where the document service would need one
 * query per locale plus a join in memory (see bench/locale-fallback.js for the measured cost).
 */
export async function fallbackRowIds(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  chain: string[],
  status: PublicationStatus
): Promise<number[]> {
  if (chain.length < 2) return [];
  const { tableName } = strapi.db.metadata.get(uid);
  const [documentId, locale, publishedAt] = ['documentId', 'locale', 'publishedAt'].map((name) => columnOf(strapi, uid, name));
  // getConnection(table) applies the configured PostgreSQL schema; the plain knex instance does not.
  const table = (alias: string) => strapi.db.getConnection(`${tableName} as ${alias}`);
  const withStatus = (qb: ReturnType<typeof table>, alias: string) =>
    status === 'published' ? qb.whereNotNull(`${alias}.${publishedAt}`) : qb.whereNull(`${alias}.${publishedAt}`);

  const query = withStatus(table('t').select('t.id'), 't').where((outer) => {
    chain.slice(1).forEach((fallbackLocale, index) => {
      const betterVersion = withStatus(table('h').select('h.id'), 'h')
        .whereRaw(`h.${documentId} = t.${documentId}`)
        .whereIn(`h.${locale}`, chain.slice(0, index + 1));
      outer.orWhere((branch) => branch.where(`t.${locale}`, fallbackLocale).whereNotExists(betterVersion));
    });
  });
  const rows: { id: number }[] = await query;
  return rows.map((row) => row.id);
}
