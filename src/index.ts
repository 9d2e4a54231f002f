import type { Core } from '@strapi/strapi';
import { ensureDefaultLocale } from './bootstrap/default-locale';
import { grantReaderPermissions } from './bootstrap/public-permissions';
import { seedDemoContent } from './bootstrap/demo-content';
import { ensureTranslatorRole } from './bootstrap/translator-role';
import { registerDocumentMiddlewares } from './document-middlewares';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureDefaultLocale(strapi);
    await grantReaderPermissions(strapi);
    await ensureTranslatorRole(strapi);
    await seedDemoContent(strapi);
  },
};
