import type { Core, UID } from '@strapi/strapi';
import { resolveLocaleChain } from './chain';
import { findOneWithFallback, findWithFallback } from './find-with-fallback';

type Context = Parameters<Core.CoreAPI.Controller.CollectionType['sanitizeQuery']>[0];
type CoreController = Core.CoreAPI.Controller.CollectionType;

/** Takes `fallback` out of the query so Strapi's own query validation never sees it. */
function takeFallback(ctx: Context): unknown {
  const { fallback, ...query } = ctx.query as Record<string, unknown>;
  ctx.query = query as Context['query'];
  return fallback;
}

/** Strapi's own query validation and sanitizing, then the locale chain the request asks for. */
async function prepare(controller: CoreController, strapi: Core.Strapi, ctx: Context, fallback: unknown) {
  await controller.validateQuery(ctx);
  const query = await controller.sanitizeQuery(ctx);
  const chain = await resolveLocaleChain(strapi, query.locale as string | undefined, fallback);
  return { query, chain };
}

/**
 * Reader-facing `?locale=tyz&fallback=vi` for a content type's find/findOne; without `fallback`
 * the core actions answer unchanged.
 */
export const withLocaleFallback = (uid: UID.ContentType) => ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(this: CoreController, ctx: Context) {
    const fallback = takeFallback(ctx);
    // `super` is the core controller, which Strapi sets as this object's prototype.
    if (fallback === undefined) return super.find(ctx);
    const { query, chain } = await prepare(this, strapi, ctx, fallback);
    const { results, pagination, fallback: meta } = await findWithFallback(strapi, uid, query, chain);
    return this.transformResponse(await this.sanitizeOutput(results, ctx), { pagination, fallback: meta });
  },

  async findOne(this: CoreController, ctx: Context) {
    const fallback = takeFallback(ctx);
    if (fallback === undefined) return super.findOne(ctx);
    const { query, chain } = await prepare(this, strapi, ctx, fallback);
    const { entity, fallback: meta } = await findOneWithFallback(strapi, uid, ctx.params.id, query, chain);
    if (!entity) return ctx.notFound();
    return this.transformResponse(await this.sanitizeOutput(entity, ctx), { fallback: meta });
  },
});
