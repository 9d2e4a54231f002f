import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { throttledSignIn } from './login-throttle';

type Resolve = (parent: unknown, args: { input?: { identifier?: unknown } }, context: { koaContext: Context }, info: unknown) => Promise<unknown>;

/** The GraphQL `login` mutation under the same sign-in limits as `POST /api/auth/local`. */
export function throttleGraphqlLogin(strapi: Core.Strapi): void {
  if (!strapi.plugin('graphql')) return;
  const throttle = async (resolve: Resolve, ...[parent, args, context, info]: Parameters<Resolve>) => {
    let result: unknown;
    await throttledSignIn(strapi, context.koaContext, 'users', args.input?.identifier, async () => {
      result = await resolve(parent, args, context, info);
      return true;
    });
    return result;
  };
  strapi.plugin('graphql').service('extension').use({ resolversConfig: { 'Mutation.login': { middlewares: [throttle] } } });
}
