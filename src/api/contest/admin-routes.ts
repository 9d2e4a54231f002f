import type { Core } from '@strapi/strapi';

/**
 * The organisers' CSV export for staff signed in to the admin panel (`GET /admin/contests/…/results.csv`),
 * beside the Content API route for full-access tokens. Routes under src/api are always Content API
 * routes, so this one is added to the admin's routers.
 */
const contestResultsAdminRouter: Core.RouterInput = {
  type: 'admin',
  routes: [
    {
      method: 'GET',
      path: '/contests/:documentId/rounds/:key/results.csv',
      handler: 'api::contest.quiz.resultsCsv',
      config: { policies: ['admin::isAuthenticatedAdmin', 'api::contest.can-read-contest-entries'] },
    },
  ],
};

export function registerContestAdminRoutes(strapi: Core.Strapi) {
  (strapi.admin.routes as Record<string, Core.RouterInput>).contestResults = contestResultsAdminRouter;
}
