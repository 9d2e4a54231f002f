import type { Core } from '@strapi/strapi';
import { contentRules } from './content-rules';
import { publishedOnlyForReaders } from './published-only-for-readers';
import { slugFromTitle } from './slug-from-title';
import { translationRevisions } from './translation-revisions';

/** Document-service middlewares, in the order they wrap every document call. */
export function registerDocumentMiddlewares(strapi: Core.Strapi): void {
  strapi.documents.use(publishedOnlyForReaders(strapi));
  strapi.documents.use(slugFromTitle(strapi));
  strapi.documents.use(contentRules(strapi));
  // Innermost, so its bookkeeping shares the write's transaction and sees only validated writes.
  strapi.documents.use(translationRevisions(strapi));
}
