import type { Core } from '@strapi/strapi';
import { ensureContentLocales } from './bootstrap/content-locales';
import { ensureDefaultLocale } from './bootstrap/default-locale';
import { ensureEditorRole } from './bootstrap/editor-role';
import { grantReaderPermissions } from './bootstrap/public-permissions';
import { seedDemoContent } from './bootstrap/demo-content';
import { ensureTranslatorRoles } from './bootstrap/translator-roles';
import { ensureTranslatorApiRole } from './bootstrap/translator-api-role';
import { registerDocumentMiddlewares } from './document-middlewares';
import { registerFallbackQueries } from './locales/fallback/graphql';
import { acceptLocaleLiterals } from './locales/graphql-locale-arg';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi);
    registerFallbackQueries(strapi);
    acceptLocaleLiterals(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureDefaultLocale(strapi);
    await ensureContentLocales(strapi);
    await ensureEditorRole(strapi);
    await ensureTranslatorRoles(strapi);
    await grantReaderPermissions(strapi);
    await ensureTranslatorApiRole(strapi);
    await seedDemoContent(strapi);
  },
};
