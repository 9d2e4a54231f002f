import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * Locks every row of one document (all locales, draft and published) until the transaction ends,
 * so read-modify-write bookkeeping (e.g. counting readers' reports) cannot lose a concurrent update.
 * Raw knex because the document service has no SELECT … FOR UPDATE. SQLite needs none: its single
 * connection already runs one transaction at a time.
 */
export async function lockDocumentRows(strapi: Core.Strapi, trx: Knex.Transaction, uid: UID.ContentType, documentId: string) {
  if (strapi.db.dialect.client !== 'postgres') return;
  const { tableName } = strapi.db.metadata.get(uid);
  await trx(tableName).select('id').where('document_id', documentId).forUpdate();
}
