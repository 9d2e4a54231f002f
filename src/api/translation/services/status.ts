import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { translationLocaleCodes } from '../../../locales/configured';
import { SOURCE_LOCALE_CODE } from '../../../locales/registry';
import { getService } from '../get-service';
import { coverageOf, paginate, pairUp, statusOf, worklistOf, type Source, type Translation } from '../status';
import { TRANSLATABLE_NAMES, TRANSLATABLE_TYPES, type TranslatableName } from '../translatable';
import type { WorklistQuery } from '../validation/translation';

type TitleField = (typeof TRANSLATABLE_TYPES)[TranslatableName]['titleField'];
type Version = { documentId: string; locale?: string | null; updatedAt?: unknown } & Record<string, unknown>;

const iso = (value: unknown) => new Date(value as string).toISOString();

/**
 * Status reports over the main types. Translators work from the latest `vi` draft, so sources are
 * the `vi` drafts (published or not) and a translation is any version in its locale.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const records = () => getService(strapi, 'records');
  // Only the documentId, the title and timestamps are read, so one query covers a whole type.
  const drafts = (uid: UID.ContentType, locales: string[], fields: TitleField[], documentId?: string) =>
    strapi.documents(uid).findMany({
      locale: '*',
      status: 'draft',
      filters: { locale: { $in: locales }, ...(documentId ? { documentId } : {}) },
      // The title field differs per type; typings over all content types accept only shared fields.
      fields: ['documentId', 'locale', 'updatedAt', ...fields] as never,
    }) as Promise<Version[]>;

  async function sourcesOf(name: TranslatableName, documentId?: string): Promise<Source[]> {
    const { uid, titleField } = TRANSLATABLE_TYPES[name];
    const [versions, rows] = await Promise.all([
      drafts(uid, [SOURCE_LOCALE_CODE], [titleField], documentId),
      records().rowsIn(uid, [SOURCE_LOCALE_CODE], documentId),
    ]);
    const rowOf = new Map(rows.map((row) => [row.targetDocumentId, row]));
    return versions.map((version) => {
      const row = rowOf.get(version.documentId);
      return {
        contentType: name,
        documentId: version.documentId,
        title: (version[titleField] as string | null) ?? null,
        revision: row?.sourceRevision ?? 0,
        // The record changes only with the translatable content; edits of shared fields do not count.
        changedAt: iso(row?.updatedAt ?? version.updatedAt),
      };
    });
  }

  /** Translations of a type per locale, keyed by documentId. */
  async function translationsOf(name: TranslatableName, locales: string[], documentId?: string) {
    const { uid } = TRANSLATABLE_TYPES[name];
    const [versions, rows] = await Promise.all([drafts(uid, locales, [], documentId), records().rowsIn(uid, locales, documentId)]);
    const rowOf = new Map(rows.map((row) => [`${row.language}:${row.targetDocumentId}`, row]));
    const byLocale = new Map<string, Map<string, Translation>>(locales.map((locale) => [locale, new Map()]));
    for (const version of versions) {
      const row = rowOf.get(`${version.locale}:${version.documentId}`);
      byLocale.get(version.locale as string)?.set(version.documentId, {
        documentId: version.documentId,
        sourceRevision: row?.sourceRevision ?? null,
        reviewedAt: row?.reviewedAt ? iso(row.reviewedAt) : null,
        updatedAt: iso(version.updatedAt),
      });
    }
    return byLocale;
  }

  /** Where one document stands in the given locales (default: every configured one but `vi`). */
  async function ofDocument(name: TranslatableName, documentId: string, locales?: string[]) {
    const codes = locales ?? (await translationLocaleCodes(strapi));
    const [source] = await sourcesOf(name, documentId);
    if (!source) throw new errors.NotFoundError(`contentType ${name} has no document ${documentId} in ${SOURCE_LOCALE_CODE}`);
    const translations = await translationsOf(name, codes, documentId);
    return {
      data: {
        contentType: name,
        documentId,
        title: source.title,
        sourceRevision: source.revision,
        sourceUpdatedAt: source.changedAt,
        translations: codes.map((locale) => {
          const translation = translations.get(locale)?.get(documentId);
          return {
            locale,
            status: statusOf(source, translation),
            sourceRevision: translation?.sourceRevision ?? null,
            reviewedAt: translation?.reviewedAt ?? null,
            updatedAt: translation?.updatedAt ?? null,
          };
        }),
      },
    };
  }

  return {
    ofDocument,

    async worklist({ locale, contentType, status, page, pageSize }: WorklistQuery) {
      const names = contentType ? [contentType] : TRANSLATABLE_NAMES;
      const pairs = await Promise.all(
        names.map(async (name) => {
          const [sources, translations] = await Promise.all([sourcesOf(name), translationsOf(name, [locale])]);
          return pairUp(sources, translations.get(locale));
        })
      );
      const { data, pagination } = paginate(worklistOf(pairs.flat(), status), page, pageSize);
      return { data, meta: { pagination } };
    },

    async coverage({ locale }: { locale?: string }) {
      const locales = locale ? [locale] : await translationLocaleCodes(strapi);
      const perType = await Promise.all(
        TRANSLATABLE_NAMES.map(async (name) => {
          const [sources, translations] = await Promise.all([sourcesOf(name), translationsOf(name, locales)]);
          return locales.map((code) => ({ locale: code, contentType: name, ...coverageOf(pairUp(sources, translations.get(code))) }));
        })
      );
      const order = (code: string) => locales.indexOf(code);
      return { data: perType.flat().sort((a, b) => order(a.locale) - order(b.locale)) };
    },

    /** The translator confirms the translation matches the current source. */
    async review(name: TranslatableName, documentId: string, locale: string) {
      const { uid } = TRANSLATABLE_TYPES[name];
      const [version] = await drafts(uid, [locale], [], documentId);
      if (!version) throw new errors.NotFoundError(`locale ${locale} has no version of ${name} document ${documentId} to review`);
      await records().markReviewed(uid, documentId, locale);
      return ofDocument(name, documentId, [locale]);
    },
  };
};
