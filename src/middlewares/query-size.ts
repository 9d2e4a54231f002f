import type { Core } from '@strapi/strapi';
import { queryLimits } from '../query-guard/limits';
import { fieldError } from '../validation/field-error';

const decode = (text: string) => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
};

/** `filters[title][$eq]` → `filters.title.$eq`, as the other query errors name parameters. */
const dotted = (name: string) => name.replace(/\]?\[|\]/g, '.').replace(/\.+$/, '');

/**
 * Raw bounds on Content API and GraphQL requests before anything parses them: query-string length,
 * parameter count (qs silently drops those past 1,000) and NUL bytes in the path or a parameter.
 * Schema-aware checks live in src/query-guard.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const restPrefix = strapi.config.get('api.rest.prefix', '/api') as string;
  const graphqlEndpoint = strapi.config.get('plugin::graphql.endpoint', '/graphql') as string;
  const guarded = (path: string) => path === graphqlEndpoint || path === restPrefix || path.startsWith(`${restPrefix}/`);

  return async (ctx, next) => {
    if (!guarded(ctx.path)) return next();
    const limits = queryLimits(strapi);
    if (/%00/i.test(ctx.path) || ctx.path.includes('\0')) throw fieldError('path', 'must not contain NUL characters');

    const querystring = ctx.querystring;
    if (querystring.length > limits.maxQueryStringLength) {
      throw fieldError('query', `is longer than ${limits.maxQueryStringLength} characters`);
    }
    const parameters = querystring ? querystring.split('&') : [];
    if (parameters.length > limits.maxQueryParameters) throw fieldError('query', `has more than ${limits.maxQueryParameters} parameters`);
    for (const parameter of parameters) {
      const [name] = parameter.split('=');
      if (decode(parameter).includes('\0')) throw fieldError(dotted(decode(name)) || 'query', 'must not contain NUL characters');
    }
    return next();
  };
};
