import type { Core, UID } from '@strapi/strapi';

export const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

const READ_ACTIONS = ['find', 'findOne'];

export const readActionsOf = (uids: UID.ContentType[]) => uids.flatMap((uid) => READ_ACTIONS.map((action) => `${uid}.${action}`));

/** Grants a users-permissions role the actions it lacks (never revokes: the admin may add more). */
export async function grantActions(strapi: Core.Strapi, roleType: string, actions: string[]) {
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

/**
 * Grants actions every citizen may use (commenting, contests) to every users-permissions role:
 * Public, Authenticated and the project's own (translator, moderator), who are readers too.
 */
export async function grantToEveryRole(strapi: Core.Strapi, actions: string[]) {
  const roles: { type: string }[] = await strapi.db.query(ROLE_UID).findMany({ select: ['type'] });
  for (const { type } of roles) await grantActions(strapi, type, actions);
}
