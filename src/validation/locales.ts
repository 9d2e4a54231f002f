import type { Core } from '@strapi/strapi';
import { configuredLocaleCodes } from '../locales/configured';
import { fieldError } from './field-error';

/** Locale codes stored in content must be languages this installation has configured. */
export async function assertConfiguredLocales(strapi: Core.Strapi, field: string, codes: string[]) {
  if (codes.length === 0) return;
  const known = new Set(await configuredLocaleCodes(strapi));
  const unknown = codes.filter((code) => !known.has(code));
  if (unknown.length > 0) {
    throw fieldError(field, `unknown locale ${unknown.join(', ')}; configured: ${[...known].sort().join(', ')}`);
  }
}
