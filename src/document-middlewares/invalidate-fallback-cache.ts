import type { Core, Modules } from '@strapi/strapi';
import { fallbackOrderCache } from '../locales/fallback/order-cache';

type Middleware = Modules.Documents.Middleware.Middleware;

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

/** Every write may change which version a fallback list shows or where it sorts (relations too). */
export const invalidateFallbackCache =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    const result = await next();
    if (!READ_ACTIONS.has(context.action)) fallbackOrderCache(strapi).invalidate();
    return result;
  };
