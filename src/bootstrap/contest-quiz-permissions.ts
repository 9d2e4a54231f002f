import type { Core } from '@strapi/strapi';
import { grantToEveryRole } from './users-permissions';

/** The public quiz flow; the organisers' CSV export is deliberately not in this list. */
export const PUBLIC_QUIZ_ACTIONS = ['round', 'start', 'submit', 'leaderboard', 'result'].map((action) => `api::contest.quiz.${action}`);

/** Anyone may take part in a contest and read published results, signed in or not. */
export async function grantContestQuizPermissions(strapi: Core.Strapi): Promise<void> {
  await grantToEveryRole(strapi, PUBLIC_QUIZ_ACTIONS);
}
