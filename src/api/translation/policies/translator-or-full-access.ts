import type { Core } from '@strapi/strapi';
import { TRANSLATOR_ROLE } from '../../../bootstrap/translator-api-role';

interface Auth {
  strategy?: { name?: string };
  credentials?: { type?: string; role?: { type?: string } } | null;
}

/**
 * The translation endpoints show drafts, so a route permission is not enough: read-only API tokens
 * match any find/findOne. Only the translator role and full-access API tokens get through.
 */
const translatorOrFullAccess: Core.PolicyHandler = (policyContext) => {
  const { strategy, credentials } = ((policyContext as { state?: { auth?: Auth } }).state?.auth ?? {}) as Auth;
  if (strategy?.name === 'content-api-token') return credentials?.type === 'full-access';
  if (strategy?.name === 'users-permissions') return credentials?.role?.type === TRANSLATOR_ROLE.type;
  return false;
};

export default translatorOrFullAccess;
