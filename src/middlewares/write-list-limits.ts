import type { Core } from '@strapi/strapi';
import { assertListSizes, type ValueLimits } from '../validation/value-types';

const WRITE_METHODS = new Set(['POST', 'PUT']);

/**
 * List sizes of Content API writes (`POST /api/<type>`, `PUT /api/<type>/:id`) checked as soon as the
 * body is parsed: Strapi's controllers sanitize and validate every item before the document service
 * (and src/document-middlewares/value-types.ts) could refuse an oversized list. Everything else about
 * the values is checked after authorization, by that document middleware.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const restPrefix = strapi.config.get('api.rest.prefix', '/api') as string;
  let typesByPath: Map<string, (typeof strapi.contentTypes)[keyof typeof strapi.contentTypes]> | undefined;
  const contentTypeAt = (segment: string) => {
    typesByPath ??= new Map(
      Object.values(strapi.contentTypes)
        .filter((contentType) => contentType.uid.startsWith('api::'))
        .flatMap((contentType) => [[contentType.info.pluralName, contentType], [contentType.info.singularName, contentType]] as const)
    );
    return typesByPath.get(segment);
  };

  return async (ctx, next) => {
    if (!WRITE_METHODS.has(ctx.method) || !ctx.path.startsWith(`${restPrefix}/`)) return next();
    const contentType = contentTypeAt(ctx.path.slice(restPrefix.length + 1).split('/')[0]);
    const body = ctx.request.body as { data?: unknown } | undefined;
    if (contentType && body) {
      const component = (uid: string) => strapi.components[uid as keyof typeof strapi.components];
      assertListSizes(body.data, contentType.attributes, component, strapi.config.get('cchc.writeLimits') as ValueLimits);
    }
    return next();
  };
};
