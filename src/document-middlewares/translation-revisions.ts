import type { Core, Modules } from '@strapi/strapi';
import { SOURCE_LOCALE_CODE } from '../locales/registry';
import { createsLocalization } from '../locales/versions';
import { getService } from '../api/translation/get-service';
import { isTranslatableUid, type TranslatableUid } from '../api/translation/translatable';

type Middleware = Modules.Documents.Middleware.Middleware;
type Params = { documentId?: string; locale?: string | string[] };
/** Writes answer with the entry, or with { documentId, entries } (delete, clone, discardDraft). */
type Result = { documentId?: string; entries?: { locale?: string | null }[] } | null;

const WRITES = new Set(['create', 'update', 'discardDraft']);

const touchesSource = (locale: string | string[]) =>
  [locale].flat().some((code) => code === SOURCE_LOCALE_CODE || code === '*');

const localesOf = (result: Result) => [...new Set((result?.entries ?? []).map((entry) => entry.locale ?? SOURCE_LOCALE_CODE))];

/**
 * Tracks which `vi` source revision each translation was made from: writing the `vi` draft bumps the
 * source revision when its translatable content changed; creating a translation records the current
 * source revision; editing a translation leaves it alone, so only "mark reviewed" makes an outdated
 * translation current. The bookkeeping shares the write's transaction: neither lands without the other.
 */
export const translationRevisions =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (!isTranslatableUid(context.uid)) return next();
    const uid: TranslatableUid = context.uid;
    const records = getService(strapi, 'records');
    const params = context.params as Params;
    // Runs `then` on the write's result inside the write's own transaction.
    const afterWrite = (then: (result: Result) => Promise<void>) =>
      strapi.db.transaction(async () => {
        const result = await next();
        await then(result as Result);
        return result;
      });

    if (context.action === 'delete') {
      return afterWrite(async (removed) => {
        if (removed?.documentId && localesOf(removed).length > 0) await records.forget(uid, removed.documentId, localesOf(removed));
      });
    }
    if (context.action === 'clone') {
      return afterWrite(async (cloned) => {
        if (params.documentId && cloned?.documentId) await records.copy(uid, params.documentId, cloned.documentId, localesOf(cloned));
      });
    }
    if (!WRITES.has(context.action)) return next();

    const locale = params.locale ?? ((await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string);
    if (touchesSource(locale)) {
      return afterWrite(async (written) => {
        if (written?.documentId) await records.sourceWritten(uid, written.documentId);
      });
    }
    if (context.action === 'discardDraft' || typeof locale !== 'string') return next();

    return strapi.db.transaction(async () => {
      // Strapi creates a document's new locale through `update`, so ask whether the version existed.
      const isNew = context.action === 'create' || !params.documentId || (await createsLocalization(strapi, uid, { ...params, locale }));
      return afterWrite(async (written) => {
        if (written?.documentId && isNew) await records.translationCreated(uid, written.documentId, locale);
      });
    });
  };
