import type { Core, UID } from '@strapi/strapi';

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

const READ_ACTIONS = ['find', 'findOne'];

const PERMISSION_UID = 'plugin::users-permissions.permission';
const ROLE_UID = 'plugin::users-permissions.role';

async function grantActions(strapi: Core.Strapi, roleType: string, actions: string[]) {
  const role = await strapi.db.query(ROLE_UID).findOne({ where: { type: roleType } });
  if (!role) throw new Error(`users-permissions role "${roleType}" is missing`);

  const existing = await strapi.db
    .query(PERMISSION_UID)
    .findMany({ where: { role: role.id, action: { $in: actions } }, select: ['action'] });
  const granted = new Set(existing.map((permission: { action: string }) => permission.action));

  for (const action of actions.filter((candidate) => !granted.has(candidate))) {
    await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
  }
}

const readActionsOf = (uids: UID.ContentType[]) =>
  uids.flatMap((uid) => READ_ACTIONS.map((action) => `${uid}.${action}`));

/**
 * Public and Authenticated readers get read access to published content and nothing else;
 * anything more is granted per deployment in the admin (or by later bootstrap steps).
 */
export async function grantReaderPermissions(strapi: Core.Strapi): Promise<void> {
  const actions = readActionsOf(PUBLIC_READABLE.filter((uid) => strapi.contentTypes[uid]));
  await grantActions(strapi, 'public', actions);
  await grantActions(strapi, 'authenticated', actions);
}
