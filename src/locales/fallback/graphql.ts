import type { Core } from '@strapi/strapi';
import { TRANSLATABLE_UIDS } from '../../api/translation/translatable';
import { resolveLocaleChain } from './chain';
import { findOneWithFallback, findWithFallback } from './find-with-fallback';

/** Readers can ask for the translated content types in one language with a fallback chain. */
const FALLBACK_TYPES = TRANSLATABLE_UIDS;

type Nexus = typeof import('nexus');
type ResolverContext = { state: { auth?: unknown } };
type ListArgs = { locale?: string; fallback?: string[]; filters?: Record<string, unknown>; sort?: string[]; pagination?: Record<string, number> };

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** Page-based pagination info whatever pagination style the caller used. */
const pageInfo = (pagination: { page?: number; pageSize?: number; pageCount?: number; start?: number; limit?: number; total: number }) => {
  const pageSize = pagination.pageSize ?? pagination.limit ?? pagination.total;
  const page = pagination.page ?? Math.floor((pagination.start ?? 0) / Math.max(pageSize, 1)) + 1;
  return { page, pageSize, total: pagination.total, pageCount: pagination.pageCount ?? Math.ceil(pagination.total / Math.max(pageSize, 1)) };
};

function fallbackTypes(nexus: Nexus, strapi: Core.Strapi) {
  const naming = strapi.plugin('graphql').service('utils').naming;
  const shared = [
    nexus.objectType({
      name: 'LocaleFallbackDocument',
      definition(t) {
        t.nonNull.id('documentId');
        t.nonNull.string('locale');
      },
    }),
    nexus.objectType({
      name: 'LocaleFallback',
      description: 'Which locale was asked for, the chain tried, and the documents shown in a fallback locale.',
      definition(t) {
        t.nonNull.string('locale');
        t.nonNull.list.nonNull.string('chain');
        t.nonNull.list.nonNull.field('documents', { type: 'LocaleFallbackDocument' });
      },
    }),
  ];

  const perType = FALLBACK_TYPES.flatMap((uid) => {
    const contentType = strapi.contentType(uid);
    const typeName: string = naming.getTypeName(contentType);
    const listQuery = `${lowerFirst(naming.getTypeName(contentType, { plurality: 'plural' }))}WithFallback`;
    const oneQuery = `${lowerFirst(typeName)}WithFallback`;
    const sanitize = async (args: Record<string, unknown>, ctx: ResolverContext) => {
      const transformed = strapi.plugin('graphql').service('builders').utils.transformArgs(args, { contentType });
      await strapi.contentAPI.validate.query(transformed, contentType, { auth: ctx.state.auth });
      return strapi.contentAPI.sanitize.query(transformed, contentType, { auth: ctx.state.auth });
    };

    return [
      nexus.objectType({
        name: `${typeName}FallbackList`,
        definition(t) {
          t.nonNull.list.nonNull.field('items', { type: typeName });
          t.nonNull.field('fallback', { type: 'LocaleFallback' });
          t.nonNull.field('pageInfo', { type: 'Pagination' });
        },
      }),
      nexus.objectType({
        name: `${typeName}FallbackItem`,
        definition(t) {
          t.field('item', { type: typeName });
          t.nonNull.field('fallback', { type: 'LocaleFallback' });
        },
      }),
      nexus.extendType({
        type: 'Query',
        definition(t) {
          t.nonNull.field(listQuery, {
            type: `${typeName}FallbackList`,
            args: {
              locale: nexus.stringArg(),
              fallback: nexus.list(nexus.nonNull(nexus.stringArg())),
              filters: naming.getFiltersInputTypeName(contentType),
              sort: nexus.list(nexus.stringArg()),
              pagination: 'PaginationArg',
            },
            async resolve(_parent: unknown, args: ListArgs, ctx: ResolverContext) {
              const { fallback, pagination, ...rest } = args;
              const query = await sanitize(rest, ctx);
              const chain = await resolveLocaleChain(strapi, args.locale, fallback ?? 'true');
              const found = await findWithFallback(strapi, uid, { ...query, pagination }, chain);
              return { items: found.results, fallback: found.fallback, pageInfo: pageInfo(found.pagination) };
            },
          });
          t.nonNull.field(oneQuery, {
            type: `${typeName}FallbackItem`,
            args: { documentId: nexus.nonNull(nexus.idArg()), locale: nexus.stringArg(), fallback: nexus.list(nexus.nonNull(nexus.stringArg())) },
            async resolve(_parent: unknown, args: { documentId: string; locale?: string; fallback?: string[] }, ctx: ResolverContext) {
              const query = await sanitize({ locale: args.locale }, ctx);
              const chain = await resolveLocaleChain(strapi, args.locale, args.fallback ?? 'true');
              const { entity, fallback } = await findOneWithFallback(strapi, uid, args.documentId, query, chain);
              return { item: entity, fallback };
            },
          });
        },
      }),
    ];
  });

  const resolversConfig = Object.fromEntries(
    FALLBACK_TYPES.flatMap((uid) => {
      const typeName: string = naming.getTypeName(strapi.contentType(uid));
      const plural = lowerFirst(naming.getTypeName(strapi.contentType(uid), { plurality: 'plural' }));
      return [
        [`Query.${plural}WithFallback`, { auth: { scope: [`${uid}.find`] } }],
        [`Query.${lowerFirst(typeName)}WithFallback`, { auth: { scope: [`${uid}.findOne`] } }],
      ];
    })
  );
  return { types: [...shared, ...perType], resolversConfig };
}

/** `newsArticlesWithFallback(locale: "tyz", fallback: ["vi"])` and friends: the REST fallback over GraphQL. */
export function registerFallbackQueries(strapi: Core.Strapi): void {
  strapi
    .plugin('graphql')
    .service('extension')
    .use(({ nexus }: { nexus: Nexus }) => fallbackTypes(nexus, strapi));
}
