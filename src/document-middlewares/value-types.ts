import type { Core, Modules } from '@strapi/strapi';
import { assertValueTypes, type ValueLimits } from '../validation/value-types';

type Middleware = Modules.Documents.Middleware.Middleware;

const WRITE_ACTIONS = new Set(['create', 'update']);

/**
 * Every written value checked against the schema (type, range, enum, shape, list size) before slugs,
 * content rules or the database see it; see src/validation/value-types.ts.
 */
export const valueTypes =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action)) return next();
    const limits = strapi.config.get('cchc.writeLimits') as ValueLimits;
    const component = (uid: string) => strapi.components[uid as keyof typeof strapi.components];
    assertValueTypes((context.params as { data?: unknown }).data, context.contentType.attributes, component, limits);
    return next();
  };
