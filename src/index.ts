import type { Core } from '@strapi/strapi';
import { ensureDefaultLocale } from './bootstrap/default-locale';
import { grantReaderPermissions } from './bootstrap/public-permissions';
import { seedDemoContent } from './bootstrap/demo-content';
import { registerDocumentMiddlewares } from './document-middlewares';
import { registerFallbackQueries } from './locales/fallback/graphql';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi);
    registerFallbackQueries(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureDefaultLocale(strapi);
    await grantReaderPermissions(strapi);
    await seedDemoContent(strapi);
  },
};
