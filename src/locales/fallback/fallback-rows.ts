import type { Core, UID } from '@strapi/strapi';

export type PublicationStatus = 'published' | 'draft';

const columnOf = (strapi: Core.Strapi, uid: UID.ContentType, attribute: string) => {
  const meta = strapi.db.metadata.get(uid).attributes[attribute] as { columnName?: string } | undefined;
  return meta?.columnName ?? attribute;
};

/**
 * The filter that keeps, for each document, only its version in the best locale of the chain:
 * for [tyz, vi] the `tyz` rows plus the `vi` rows of documents that have no `tyz` row.
 *
 * The "has no better version" part is a knex subquery (Strapi's query engine accepts one as an
 * `$in`/`$notIn` value) rather than a list of ids: listing the ids of 4,000 fallback rows made
 * every page 7× slower than the plain list (bench/locale-fallback.js), the subquery costs one
 * indexed pass over the table.
 */
export function fallbackFilter(strapi: Core.Strapi, uid: UID.ContentType, chain: string[], status: PublicationStatus) {
  const { tableName } = strapi.db.metadata.get(uid);
  const [documentId, locale, publishedAt] = ['documentId', 'locale', 'publishedAt'].map((name) => columnOf(strapi, uid, name));
  // getConnection(table) applies the configured PostgreSQL schema; the plain knex instance does not.
  const documentsIn = (locales: string[]) => {
    const query = strapi.db.getConnection(tableName).distinct(documentId).whereIn(locale, locales);
    return status === 'published' ? query.whereNotNull(publishedAt) : query.whereNull(publishedAt);
  };

  const [best, ...fallbacks] = chain;
  return {
    $or: [
      { locale: best },
      ...fallbacks.map((fallbackLocale, index) => ({
        locale: fallbackLocale,
        documentId: { $notIn: documentsIn(chain.slice(0, index + 1)) },
      })),
    ],
  };
}
