import type { Core } from '@strapi/strapi';

type AuthState = { strategy?: { name?: string }; credentials?: { type?: string } | null };
// Strapi builds the policy context from the Koa context, so the request state is there too.
type PolicyContext = Core.PolicyContext & { state: { auth?: AuthState } };

const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/** Organisers' exports name citizens: only a full-access API token (staff tooling) may fetch them. */
export default function fullAccessToken(policyContext: PolicyContext): boolean {
  const auth = policyContext.state.auth;
  return API_TOKEN_STRATEGIES.has(auth?.strategy?.name ?? '') && auth?.credentials?.type === 'full-access';
}
