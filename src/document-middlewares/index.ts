import type { Core } from '@strapi/strapi';
import { contentRules } from './content-rules';
import { invalidateFallbackCache } from './invalidate-fallback-cache';
import { knownLocales } from './known-locales';
import { nfcText } from './nfc-text';
import { publishedOnlyForReaders } from './published-only-for-readers';
import { slugFromTitle } from './slug-from-title';
import { staffLocaleScope } from './staff-locale-scope';
import { translationRevisions } from './translation-revisions';
import { valueTypes } from './value-types';

/** Document-service middlewares, in the order they wrap every document call. */
export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  strapi.documents.use(knownLocales(strapi));
  strapi.documents.use(staffLocaleScope(strapi));
  strapi.documents.use(publishedOnlyForReaders(strapi));
  // Shapes and types first: everything after may rely on them.
  strapi.documents.use(valueTypes(strapi));
  strapi.documents.use(nfcText());
  strapi.documents.use(slugFromTitle(strapi));
  strapi.documents.use(contentRules(strapi));
  strapi.documents.use(invalidateFallbackCache(strapi));
  // Innermost, so its bookkeeping shares the write's transaction and sees only validated writes.
  strapi.documents.use(translationRevisions(strapi));
}
