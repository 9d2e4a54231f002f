import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { throttleAccountRequest, throttledSignIn } from '../accounts/login-throttle';

// Sign-in routes and where their body names the account.
const SIGN_INS: Record<string, { realm: string; identifier: string }> = {
  '/api/auth/local': { realm: 'users', identifier: 'identifier' },
  '/admin/login': { realm: 'admin', identifier: 'email' },
};

// users-permissions account routes whose own per-IP limiter is turned off in config/plugins.ts.
const ACCOUNT_ROUTES = new Set([
  '/api/auth/local/register',
  '/api/auth/forgot-password',
  '/api/auth/reset-password',
  '/api/auth/send-email-confirmation',
  '/api/auth/change-password',
]);

const normalizePath = (path: string) => path.toLowerCase().replace(/\/+$/, '');

/** Sign-in throttling for the Content API and the admin (see src/accounts/login-throttle.ts). */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    if (ctx.method !== 'POST') return next();
    const path = normalizePath(ctx.path);
    const signIn = SIGN_INS[path];
    if (signIn) {
      const body = (ctx.request as { body?: Record<string, unknown> }).body ?? {};
      return throttledSignIn(strapi, ctx, signIn.realm, body[signIn.identifier], async () => {
        await next();
        return ctx.status < 400;
      });
    }
    if (ACCOUNT_ROUTES.has(path)) await throttleAccountRequest(strapi, ctx);
    return next();
  };
