import type { Core } from '@strapi/strapi';
import { configuredLocaleCodes } from '../locales/configured';
import { isoLocalesService, localesService } from '../locales/i18n-services';

/** `cchc.contentLocales` (CONTENT_LOCALES), without blanks or repeats. */
export const contentLocaleCodes = (strapi: Core.Strapi): string[] => [
  ...new Set(strapi.config.get<string[]>('cchc.contentLocales', []).filter(Boolean)),
];

/**
 * Creates every configured locale that does not exist yet, named as the registry names it.
 * Existing locales keep their names; an unknown code stops the boot rather than being skipped.
 */
export async function ensureContentLocales(strapi: Core.Strapi): Promise<void> {
  const offered = new Map(isoLocalesService(strapi).getIsoLocales().map((locale) => [locale.code, locale.name]));
  const codes = contentLocaleCodes(strapi);
  const unknown = codes.filter((code) => !offered.has(code));
  if (unknown.length > 0) {
    throw new Error(`CONTENT_LOCALES lists unknown locale codes: ${unknown.join(', ')} (see src/locales/registry.ts)`);
  }

  const existing = new Set(await configuredLocaleCodes(strapi));
  const missing = codes.filter((code) => !existing.has(code));
  // i18n re-syncs the Super Admin's permissions after every create; committed one by one that
  // costs seconds per boot on SQLite.
  await strapi.db.transaction(async () => {
    for (const code of missing) await localesService(strapi).create({ code, name: offered.get(code) ?? null });
  });
}
