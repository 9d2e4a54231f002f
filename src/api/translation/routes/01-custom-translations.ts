import type { Core } from '@strapi/strapi';

const handler = (action: string) => `api::translation.translation.${action}`;

/**
 * Translator endpoints. `:contentType` is the plural API name (`news-articles`, `official-directives`,
 * `campaigns`, `contests`). Authenticated through users-permissions (role "Biên dịch viên") or an API token.
 */
const router: Core.RouterInput = {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/translations/worklist', handler: handler('worklist') },
    { method: 'GET', path: '/translations/coverage', handler: handler('coverage') },
    { method: 'GET', path: '/translations/:contentType/:documentId', handler: handler('findOne') },
    { method: 'POST', path: '/translations/:contentType/:documentId/:locale/review', handler: handler('review') },
    { method: 'POST', path: '/translations/:contentType/:documentId/:locale/start', handler: handler('start') },
  ],
};

export default router;
