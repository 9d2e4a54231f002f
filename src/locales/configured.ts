import type { Core } from '@strapi/strapi';
import { SOURCE_LOCALE_CODE } from './registry';

const LOCALE_UID = 'plugin::i18n.locale';

const caches = new WeakMap<Core.Strapi, { codes: Promise<string[]> | null }>();

function cacheFor(strapi: Core.Strapi) {
  let cache = caches.get(strapi);
  if (!cache) {
    const fresh: { codes: Promise<string[]> | null } = { codes: null };
    const invalidate = () => {
      fresh.codes = null;
    };
    strapi.db.lifecycles.subscribe({
      models: [LOCALE_UID],
      afterCreate: invalidate,
      afterCreateMany: invalidate,
      afterUpdate: invalidate,
      afterUpdateMany: invalidate,
      afterDelete: invalidate,
      afterDeleteMany: invalidate,
    });
    caches.set(strapi, fresh);
    cache = fresh;
  }
  return cache;
}

/**
 * Codes of the locales configured in this installation (Settings → Internationalization).
 * Checked on every Content API call, so cached per Strapi instance and invalidated whenever a
 * locale row changes.
 */
export function configuredLocaleCodes(strapi: Core.Strapi): Promise<string[]> {
  const cache = cacheFor(strapi);
  cache.codes ??= strapi.db
    .query(LOCALE_UID)
    .findMany({ select: ['code'] })
    .then((rows: { code: string }[]) => rows.map((row) => row.code).sort());
  return cache.codes;
}

/** The configured locales translators translate into: all but the `vi` source. */
export const translationLocaleCodes = async (strapi: Core.Strapi) =>
  (await configuredLocaleCodes(strapi)).filter((code) => code !== SOURCE_LOCALE_CODE);
