import type { Core } from '@strapi/strapi';

const handler = (action: string) => `api::contest.quiz.${action}`;

/**
 * The public quiz flow (README "Knowledge contests"). Public and Authenticated get every route but
 * the CSV through src/bootstrap/contest-quiz-permissions.ts; the CSV names citizens, so it also
 * needs a full-access API token.
 */
const router: Core.RouterInput = {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/contests/:documentId/rounds/:key', handler: handler('round') },
    { method: 'POST', path: '/contests/:documentId/rounds/:key/start', handler: handler('start') },
    { method: 'POST', path: '/contests/:documentId/rounds/:key/entries', handler: handler('submit') },
    { method: 'GET', path: '/contests/:documentId/rounds/:key/leaderboard', handler: handler('leaderboard') },
    {
      method: 'GET',
      path: '/contests/:documentId/rounds/:key/results.csv',
      handler: handler('resultsCsv'),
      config: { policies: ['api::contest.full-access-token'] },
    },
    { method: 'GET', path: '/contests/:documentId/results/:receipt', handler: handler('result') },
  ],
};

export default router;
