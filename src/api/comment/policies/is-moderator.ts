import type { Core } from '@strapi/strapi';

export const MODERATOR_ROLE_TYPE = 'moderator';

type Auth = {
  strategy?: { name?: string };
  credentials?: { type?: string; role?: { type?: string } } | null;
};

const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/**
 * Moderation endpoints: users of the "Kiểm duyệt viên" role and full-access API tokens. Checked
 * on top of the route permission, so granting the action to another role by mistake opens nothing.
 */
// Strapi's policy context copies the Koa context, `state` included, though its type leaves it out.
type WithState = Core.PolicyContext & { state?: { auth?: Auth } };

const isModerator: Core.PolicyHandler = (policyContext) => {
  const auth = (policyContext as WithState).state?.auth;
  const strategy = auth?.strategy?.name ?? '';
  if (API_TOKEN_STRATEGIES.has(strategy)) return auth?.credentials?.type === 'full-access';
  return strategy === 'users-permissions' && auth?.credentials?.role?.type === MODERATOR_ROLE_TYPE;
};

export default isModerator;
