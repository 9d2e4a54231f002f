import type { Core } from '@strapi/strapi';
import translationRouter from '../api/translation/routes/01-custom-translations';
import { TRANSLATABLE_UIDS } from '../api/translation/translatable';
import { PUBLIC_READABLE } from './public-permissions';
import { ROLE_UID, grantActions, readActionsOf } from './users-permissions';

export const TRANSLATOR_ROLE = {
  name: 'Biên dịch viên',
  type: 'translator',
  description: 'Dịch tin bài, văn bản, chiến dịch, cuộc thi sang tiếng dân tộc thiểu số: việc cần dịch, độ phủ, bắt đầu và xác nhận bản dịch',
};

// Derived from the router so a new translation endpoint cannot be left out of the role.
const TRANSLATION_ACTIONS = translationRouter.routes.map((route) => String(route.handler));

// Translators read what Public reads and manage their own account, like any signed-in reader.
const ACCOUNT_ACTIONS = ['user.me', 'auth.changePassword', 'auth.logout', 'auth.getSessions', 'auth.revokeSession'].map(
  (action) => `plugin::users-permissions.${action}`
);
const READER_ACTIONS = [...readActionsOf(PUBLIC_READABLE), ...ACCOUNT_ACTIONS];

/** The users-permissions role of translators: the translation endpoints, and what readers may read. */
export async function ensureTranslatorApiRole(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.db.query(ROLE_UID);
  if (!(await roles.findOne({ where: { type: TRANSLATOR_ROLE.type } }))) {
    await roles.create({ data: TRANSLATOR_ROLE });
  }
  await grantActions(strapi, TRANSLATOR_ROLE.type, [...TRANSLATION_ACTIONS, ...readActionsOf(TRANSLATABLE_UIDS), ...READER_ACTIONS]);
}
