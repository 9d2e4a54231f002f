import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { Core } from '@strapi/strapi';

/** One Content API route as Strapi registered it; `key` is `METHOD /api/path` (the access-table key). */
export interface ContentApiRoute {
  method: string;
  path: string;
  handler: string;
  key: string;
}

interface RouterLike {
  type?: string;
  prefix?: string;
  routes?: { method: string; path: string; handler: unknown; config?: { prefix?: string } }[];
}

const routersOf = (routes: unknown): RouterLike[] => (Array.isArray(routes) ? [] : Object.values((routes ?? {}) as Record<string, RouterLike>));

const handlerName = (handler: unknown, namespace: string) =>
  typeof handler === 'string' ? (handler.includes('::') ? handler : `${namespace}.${handler}`) : `${namespace}.<function>`;

/**
 * Every `content-api` route of every API and plugin, read at runtime from the loaded app (after
 * `strapi.load()` the router factories are instantiated in place), with the `/api` prefix and the
 * plugin prefix as Strapi's register-routes applies them.
 */
export function contentApiRoutes(strapi: Core.Strapi): ContentApiRoute[] {
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');
  const routes: ContentApiRoute[] = [];
  const add = (router: RouterLike, routerPrefix: string, namespace: string) => {
    for (const route of router.routes ?? []) {
      // Koa's router serves `/api/email/` as `/api/email`: key the route the way it is served.
      const path = `${prefix}${route.config?.prefix ?? routerPrefix}${route.path}`.replace(/(.)\/$/, '$1');
      routes.push({ method: route.method, path, handler: handlerName(route.handler, namespace), key: `${route.method} ${path}` });
    }
  };
  for (const [apiName, api] of Object.entries(strapi.apis)) {
    for (const router of routersOf(api.routes)) add(router, router.prefix ?? '', `api::${apiName}`);
  }
  for (const [pluginName, plugin] of Object.entries(strapi.plugins)) {
    for (const router of routersOf(plugin.routes)) {
      if (router.type === 'content-api') add(router, router.prefix ?? `/${pluginName}`, `plugin::${pluginName}`);
    }
  }
  return routes;
}

/** `METHOD /api/path` of every route the Content API router actually serves (cross-check of the above). */
export function servedContentApiKeys(strapi: Core.Strapi): string[] {
  const layers = strapi.server.api('content-api').listRoutes() as { methods: string[]; path: string }[];
  return layers
    .filter((layer) => layer.methods.length > 0)
    .map((layer) => `${layer.methods.filter((method) => method !== 'HEAD')[0]} ${layer.path}`);
}

/** Fills path parameters with values that name nothing (404) or a known harmless value. */
export const fillPath = (path: string, values: Record<string, string> = {}) =>
  path
    .replace(/\(\.\*\)/g, 'nonexistent')
    .replace(/:(\w+)/g, (_match, name: string) => encodeURIComponent(values[name] ?? HARMLESS_PARAMS[name] ?? 'nonexistent0000000000000'));

const HARMLESS_PARAMS: Record<string, string> = {
  id: 'nonexistent0000000000000',
  documentId: 'nonexistent0000000000000',
  contentType: 'news-articles',
  locale: 'tyz',
  uid: 'api::news-article.news-article',
  provider: 'nonexistent',
  sessionId: 'nonexistent',
  role: '999999',
};

export interface GraphqlOperation {
  key: string;
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

export function graphqlOperations(schema: GraphQLSchema): GraphqlOperation[] {
  const operations: GraphqlOperation[] = [];
  for (const [operation, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      operations.push({ key: `${operation === 'query' ? 'Query' : 'Mutation'}.${field.name}`, operation, field });
    }
  }
  return operations;
}

const SCALAR_SAMPLES: Record<string, unknown> = {
  ID: 'nonexistent0000000000000',
  String: 'x',
  Int: 0,
  Float: 0,
  Boolean: false,
  Long: 0,
  JSON: {},
  Date: '2024-01-01',
  DateTime: '2024-01-01T00:00:00.000Z',
  Time: '00:00:00.000',
  I18NLocaleCode: 'vi',
};

/** A value of the given input type with only its required parts filled (a minimal, harmless argument). */
export function sampleInput(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleInput(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = sampleInput(field.type);
    }
    return value;
  }
  return SCALAR_SAMPLES[type.name] ?? 'x';
}

/** The smallest request that reaches a field's resolver: required arguments as variables, `__typename` selected. */
export function harmlessGraphqlRequest({ operation, field }: GraphqlOperation): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
  const query = `${operation}${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  return { query, variables: Object.fromEntries(required.map((arg) => [arg.name, sampleInput(arg.type)])) };
}
