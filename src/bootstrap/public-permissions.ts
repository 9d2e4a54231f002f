import type { Core, UID } from '@strapi/strapi';
import { grantActions, readActionsOf } from './users-permissions';

/** Content external sites may read without credentials (published versions only). */
export const PUBLIC_READABLE: UID.ContentType[] = [
  'api::news-article.news-article',
  'api::official-directive.official-directive',
  'api::campaign.campaign',
  'api::contest.contest',
  'api::agency.agency',
  'api::category.category',
  'api::reform-area.reform-area',
  // Published comments are the approved ones; private fields (email, IP hash, notes) never leave.
  'api::comment.comment',
];

/**
 * Public and Authenticated readers get read access to published content and nothing else;
 * anything more is granted per deployment in the admin (or by later bootstrap steps).
 */
export async function grantReaderPermissions(strapi: Core.Strapi): Promise<void> {
  const actions = readActionsOf(PUBLIC_READABLE.filter((uid) => strapi.contentTypes[uid]));
  await grantActions(strapi, 'public', actions);
  await grantActions(strapi, 'authenticated', actions);
}
