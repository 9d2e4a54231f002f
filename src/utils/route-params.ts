import type { Context } from 'koa';

/** The router adds positional captures ("0") beside the named route parameters; only the latter are input. */
export const routeParams = (ctx: Context) => Object.fromEntries(Object.entries(ctx.params).filter(([name]) => !/^\d+$/.test(name)));
