import type { Core } from '@strapi/strapi';

const handler = (action: string) => `api::translation.translation.${action}`;
const config = { policies: ['api::translation.translator-or-full-access'] };

/**
 * Translator endpoints. `:contentType` is the plural API name (`news-articles`, `official-directives`,
 * `campaigns`, `contests`). Only the users-permissions role "Biên dịch viên" and full-access API tokens (route policy).
 */
const router: Core.RouterInput = {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/translations/worklist', handler: handler('worklist'), config },
    { method: 'GET', path: '/translations/coverage', handler: handler('coverage'), config },
    { method: 'GET', path: '/translations/:contentType/:documentId', handler: handler('findOne'), config },
    { method: 'POST', path: '/translations/:contentType/:documentId/:locale/review', handler: handler('review'), config },
    { method: 'POST', path: '/translations/:contentType/:documentId/:locale/start', handler: handler('start'), config },
  ],
};

export default router;
