import { getNamedType, isLeafType, isObjectType, isNonNullType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { Core } from '@strapi/strapi';
import type { SweepContext } from './bad-input';
import { contentApiRoutes } from './route-table';

/** GraphQL list fields of the types readers may read (README "Access"). */
const READER_LISTS = ['newsArticles', 'officialDirectives', 'campaigns', 'contests', 'agencies', 'categories', 'reformAreas', 'comments'];

const leafFields = (type: GraphQLObjectType) =>
  Object.values(type.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)) && !field.args.some((arg) => isNonNullType(arg.type)))
    .map((field) => field.name);

/** Leaf fields, and the leaf fields of each relation/component one level down (incl. `localizations`). */
function selectionOf(type: GraphQLObjectType): string {
  const nested = Object.values(type.getFields())
    .filter((field) => isObjectType(getNamedType(field.type)) && !field.name.endsWith('_connection'))
    .map((field) => {
      const inner = leafFields(getNamedType(field.type) as GraphQLObjectType);
      return inner.length > 0 ? `${field.name} { ${inner.join(' ')} }` : '';
    });
  return [...leafFields(type), ...nested].filter(Boolean).join(' ');
}

/** The route table, attribute names, real documentIds and GraphQL lists the sweep draws from. */
export function sweepContext(strapi: Core.Strapi, documentIds: string[]): SweepContext {
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');
  const attributes: Record<string, string[]> = {};
  for (const contentType of Object.values(strapi.contentTypes)) {
    if (contentType.uid.startsWith('api::')) attributes[`${prefix}/${contentType.info.pluralName}`] = Object.keys(contentType.attributes);
  }
  const schema: GraphQLSchema = strapi.plugin('graphql').service('content-api').buildSchema();
  const query = schema.getQueryType()!.getFields();
  const graphqlLists = READER_LISTS.filter((field) => query[field]).map((field) => ({
    field,
    selection: selectionOf(getNamedType(query[field].type) as GraphQLObjectType),
    argTypes: Object.fromEntries(query[field].args.map((arg) => [arg.name, String(arg.type)])),
  }));
  const routes = contentApiRoutes(strapi).map(({ method, path }) => ({ method, path }));
  return { routes, attributes, documentIds, graphqlLists };
}
