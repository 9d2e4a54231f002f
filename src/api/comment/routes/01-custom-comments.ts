import type { Core } from '@strapi/strapi';

const handler = (action: string) => `api::comment.comment.${action}`;
const moderatorsOnly = { policies: ['api::comment.is-moderator'] };

/** Routes readers call without an account (granted to the Public and Authenticated roles). */
export const READER_ACTIONS = ['challenge', 'submit', 'thread', 'report'].map(handler);
/** Routes of the "Kiểm duyệt viên" role (and full-access API tokens). */
export const MODERATOR_ACTIONS = ['moderationQueue', 'moderate'].map(handler);

/** Readers' comments (README "Readers' comments"); before the core router so `/comments/:id` does not catch these paths. */
const router: Core.RouterInput = {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/comments/challenge', handler: handler('challenge') },
    { method: 'POST', path: '/comments/submit', handler: handler('submit') },
    { method: 'GET', path: '/comments/thread', handler: handler('thread') },
    { method: 'POST', path: '/comments/:documentId/report', handler: handler('report') },
    { method: 'GET', path: '/comments/moderation-queue', handler: handler('moderationQueue'), config: moderatorsOnly },
    { method: 'POST', path: '/comments/moderate', handler: handler('moderate'), config: moderatorsOnly },
  ],
};

export default router;
