import type { Core, Modules } from '@strapi/strapi';

type Middleware = Modules.Documents.Middleware.Middleware;
export type RequestState = {
  route?: { handler?: unknown; info?: { type?: string; apiName?: string } };
  auth?: { strategy?: { name?: string }; credentials?: { type?: string } | null };
};

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

/** Only staff integrations (full-access API tokens) may read drafts through the Content API. */
const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);
const mayReadDrafts = (state: RequestState) =>
  API_TOKEN_STRATEGIES.has(state.auth?.strategy?.name ?? '') && state.auth?.credentials?.type === 'full-access';

/**
 * APIs whose handlers read drafts on purpose and never pass client parameters to the document
 * service: translators work from the latest `vi` draft (src/api/translation).
 */
const DRAFT_READING_APIS = new Set(['translation']);
/**
 * Single handlers of that kind: comment submission (duplicate check), reports and moderation work
 * on the drafts of pending comments (src/api/comment). The core comment routes stay published-only.
 */
const DRAFT_READING_HANDLERS = new Set(['submit', 'report', 'moderationQueue', 'moderate'].map((action) => `api::comment.comment.${action}`));
const readsDraftsItself = (state: RequestState) =>
  DRAFT_READING_APIS.has(state.route?.info?.apiName ?? '') || DRAFT_READING_HANDLERS.has(String(state.route?.handler ?? ''));

/** Whether a request with this Koa state may see drafts (see requestMayReadDrafts). */
export const stateMayReadDrafts = (state: RequestState | undefined) =>
  state?.route?.info?.type !== 'content-api' || mayReadDrafts(state) || readsDraftsItself(state);

/** Whether this call may see drafts: internal and admin calls may; Content API readers only with a full-access token. */
export const requestMayReadDrafts = (strapi: Core.Strapi) => stateMayReadDrafts(strapi.requestContext.get()?.state as RequestState | undefined);

/**
 * Strapi 5 honours `?status=draft` (REST) and `status: DRAFT` (GraphQL) for any role that may
 * `find`, so the public role could read unpublished work. Readers get published versions only.
 */
export const publishedOnlyForReaders =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (!READ_ACTIONS.has(context.action) || !context.contentType.options?.draftAndPublish) return next();

    if (!requestMayReadDrafts(strapi)) {
      context.params = { ...context.params, status: 'published' } as typeof context.params;
    }
    return next();
  };
