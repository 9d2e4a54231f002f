import type { Core, Data, UID } from '@strapi/strapi';
import { SOURCE_LOCALE_CODE } from '../../../locales/registry';
import type { TranslatableUid } from '../translatable';
import { contentFingerprint, modelsOf, translatableContent, translatablePopulate } from '../translatable-content';

const RECORD_UID = 'api::translation-record.translation-record';

type RevisionRow = Data.ContentType<typeof RECORD_UID>;

const revisionOf = (row: RevisionRow | undefined) => row?.sourceRevision ?? 0;

/**
 * Bookkeeping of source revisions (one translation-record row per document and locale), written by
 * the translation-revisions document middleware and by "mark reviewed".
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const records = () => strapi.documents(RECORD_UID);
  // Written through the query engine: through the document service every content save would also
  // emit entry.create/update events (webhooks, audit logs) for these internal rows.
  const table = () => strapi.db.query(RECORD_UID);
  const getModel = modelsOf(strapi);

  const rowsOf = (uid: TranslatableUid, documentId: string): Promise<RevisionRow[]> =>
    records().findMany({ filters: { contentType: uid, targetDocumentId: documentId } });

  async function sourceFingerprint(uid: TranslatableUid, documentId: string) {
    const model = getModel(uid);
    // Read the stored draft directly: a document-service read made here would pass through the
    // reader middlewares of whoever made the write (published versions only for most of them).
    const draft = await strapi.db.query(uid).findOne({
      where: { documentId, locale: SOURCE_LOCALE_CODE, publishedAt: null },
      populate: translatablePopulate(getModel, model),
    });
    return draft ? contentFingerprint(translatableContent(getModel, model, draft)) : null;
  }

  async function setTranslationRevision(uid: TranslatableUid, documentId: string, locale: string, reviewedAt?: Date) {
    const rows = await rowsOf(uid, documentId);
    const sourceRevision = revisionOf(rows.find((row) => row.language === SOURCE_LOCALE_CODE));
    const own = rows.find((row) => row.language === locale);
    const data = { sourceRevision, ...(reviewedAt ? { reviewedAt } : {}) };
    if (own) await table().update({ where: { id: own.id }, data });
    else await table().create({ data: { contentType: uid, targetDocumentId: documentId, language: locale, ...data } });
  }

  return {
    /** The `vi` draft was written: a new source revision if its translatable content changed. */
    async sourceWritten(uid: TranslatableUid, documentId: string) {
      const sourceHash = await sourceFingerprint(uid, documentId);
      if (!sourceHash) return;
      const rows = await rowsOf(uid, documentId);
      const source = rows.find((row) => row.language === SOURCE_LOCALE_CODE);
      if (source?.sourceHash === sourceHash) return;
      if (source) {
        await table().update({ where: { id: source.id }, data: { sourceRevision: revisionOf(source) + 1, sourceHash } });
        return;
      }
      // A re-created `vi` version must not look older than what existing translations were made from.
      const sourceRevision = Math.max(0, ...rows.map(revisionOf)) + 1;
      await table().create({ data: { contentType: uid, targetDocumentId: documentId, language: SOURCE_LOCALE_CODE, sourceRevision, sourceHash } });
    },

    /** A new translation is made from the source as it is now. */
    translationCreated: (uid: TranslatableUid, documentId: string, locale: string) => setTranslationRevision(uid, documentId, locale),

    /** The translator confirmed the translation matches the current source. */
    markReviewed: (uid: TranslatableUid, documentId: string, locale: string) =>
      strapi.db.transaction(() => setTranslationRevision(uid, documentId, locale, new Date())),

    async forget(uid: TranslatableUid, documentId: string, locales: string[]) {
      await table().deleteMany({ where: { contentType: uid, targetDocumentId: documentId, language: { $in: locales } } });
    },

    /** A cloned document starts where its original stood, for the locales that were cloned. */
    async copy(uid: TranslatableUid, fromDocumentId: string, toDocumentId: string, locales: string[]) {
      for (const row of await rowsOf(uid, fromDocumentId)) {
        if (!row.language || !locales.includes(row.language)) continue;
        await table().create({
          data: {
            contentType: uid,
            targetDocumentId: toDocumentId,
            language: row.language,
            sourceRevision: revisionOf(row),
            sourceHash: row.sourceHash ?? undefined,
            reviewedAt: row.reviewedAt ?? undefined,
          },
        });
      }
    },

    /** Rows of a type in some locales (optionally of one document), for status reports. */
    rowsIn: (uid: UID.ContentType, locales: string[], documentId?: string) =>
      records().findMany({
        filters: { contentType: uid, language: { $in: locales }, ...(documentId ? { targetDocumentId: documentId } : {}) },
        fields: ['targetDocumentId', 'language', 'sourceRevision', 'reviewedAt', 'updatedAt'],
      }),
  };
};
