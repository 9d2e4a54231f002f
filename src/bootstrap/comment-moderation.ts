import type { Core } from '@strapi/strapi';
import { MODERATOR_ACTIONS, READER_ACTIONS } from '../api/comment/routes/01-custom-comments';
import { MODERATOR_ROLE_TYPE } from '../api/comment/policies/is-moderator';
import { explorerPermissions, provisionRole } from './admin-roles';
import { PUBLIC_READABLE } from './public-permissions';
import { ROLE_UID, grantActions, grantToEveryRole, readActionsOf } from './users-permissions';

const COMMENT = 'api::comment.comment';

export const MODERATOR_API_ROLE = {
  name: 'Kiểm duyệt viên',
  type: MODERATOR_ROLE_TYPE,
  description: 'Kiểm duyệt bình luận của bạn đọc: hàng chờ duyệt, duyệt, từ chối, đánh dấu spam',
};

const MODERATOR_ADMIN_ROLE = {
  name: 'Moderator',
  code: 'cchc-moderator',
  description: 'Kiểm duyệt viên: duyệt, từ chối, đánh dấu spam bình luận của bạn đọc (đọc tin bài được bình luận).',
};

/**
 * Readers may send, read and report comments; moderators ("Kiểm duyệt viên" users and the
 * "Moderator" admin role) decide on them. Idempotent: only what is missing is written.
 */
export async function ensureCommentModeration(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.db.query(ROLE_UID);
  if (!(await roles.findOne({ where: { type: MODERATOR_API_ROLE.type } }))) {
    await roles.create({ data: MODERATOR_API_ROLE });
  }
  const readable = PUBLIC_READABLE.filter((uid) => strapi.contentTypes[uid]);
  await grantToEveryRole(strapi, READER_ACTIONS);
  await grantActions(strapi, MODERATOR_API_ROLE.type, [...MODERATOR_ACTIONS, ...readActionsOf(readable)]);

  // In the content manager: decide on comments (publishing needs "approved"), read what they are about.
  const commented = readable.filter((uid) => uid !== COMMENT && 'allowComments' in strapi.contentTypes[uid].attributes);
  await provisionRole(strapi, MODERATOR_ADMIN_ROLE, [
    ...explorerPermissions(strapi, ['read', 'update', 'publish'], [COMMENT], null),
    ...explorerPermissions(strapi, ['read'], commented, null),
  ]);
}
