import type { Core } from '@strapi/strapi';
import { ensureCommentModeration } from './bootstrap/comment-moderation';
import { throttleGraphqlLogin } from './accounts/graphql-login-throttle';
import { applyRegistrationSetting } from './bootstrap/registration';
import { ensureContestEntryIndexes } from './bootstrap/contest-entry-indexes';
import { grantContestQuizPermissions } from './bootstrap/contest-quiz-permissions';
import { ensureContentLocales } from './bootstrap/content-locales';
import { ensureDefaultLocale } from './bootstrap/default-locale';
import { ensureEditorRole } from './bootstrap/editor-role';
import { grantReaderPermissions } from './bootstrap/public-permissions';
import { seedDemoContent } from './bootstrap/demo-content';
import { ensureTranslatorRoles } from './bootstrap/translator-roles';
import { ensureTranslatorApiRole } from './bootstrap/translator-api-role';
import { registerDocumentMiddlewares } from './document-middlewares';
import { registerFallbackQueries } from './locales/fallback/graphql';
import { guardPluginResolvers } from './graphql/plugin-resolver-guards';
import { acceptLocaleLiterals } from './locales/graphql-locale-arg';
import { guardContentApiQueries } from './query-guard/content-api-guard';
import { closeSharedRedis } from './utils/redis';
import { registerContestAdminRoutes } from './api/contest/admin-routes';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi);
    registerFallbackQueries(strapi);
    acceptLocaleLiterals(strapi);
    guardContentApiQueries(strapi);
    throttleGraphqlLogin(strapi);
    guardPluginResolvers(strapi);
    registerContestAdminRoutes(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureDefaultLocale(strapi);
    await ensureContentLocales(strapi);
    await ensureEditorRole(strapi);
    await ensureTranslatorRoles(strapi);
    await grantReaderPermissions(strapi);
    await ensureTranslatorApiRole(strapi);
    await ensureCommentModeration(strapi);
    await applyRegistrationSetting(strapi);
    await grantContestQuizPermissions(strapi);
    await ensureContestEntryIndexes(strapi);
    await seedDemoContent(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await closeSharedRedis(strapi);
  },
};
