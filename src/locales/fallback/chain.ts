import type { Core } from '@strapi/strapi';
import { fieldError } from '../../validation/field-error';
import { configuredLocaleCodes } from '../configured';
import { localesService } from '../i18n-services';

/** `fallback=true` (or `default`) means the configured chain, LOCALE_FALLBACK (default "vi"). */
const USE_CONFIGURED = new Set(['true', 'default', '1']);

const splitCodes = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value])
    .flatMap((part) => String(part ?? '').split(','))
    .map((code) => code.trim())
    .filter(Boolean);

/**
 * The locales a reader's request is answered from, best first: the requested locale, then the
 * fallback chain (`?fallback=vi`, `?fallback=hnj,vi`, or `?fallback=true` for the configured one).
 */
export async function resolveLocaleChain(strapi: Core.Strapi, locale: string | undefined, fallback: unknown): Promise<string[]> {
  const configured = await configuredLocaleCodes(strapi);
  const requested = locale ?? (await localesService(strapi).getDefaultLocale()) ?? 'vi';
  const asked = splitCodes(fallback);
  const fallbacks = asked.length === 1 && USE_CONFIGURED.has(asked[0]) ? (strapi.config.get('cchc.localeFallback', ['vi']) as string[]) : asked;

  for (const [field, codes] of [['locale', [requested]], ['fallback', fallbacks]] as const) {
    const unknown = codes.filter((code) => !configured.includes(code));
    if (unknown.length > 0) {
      throw fieldError(field, `locale ${unknown.join(', ')} is not configured; use one of: ${configured.join(', ')}`);
    }
  }
  return [...new Set([requested, ...fallbacks])];
}
