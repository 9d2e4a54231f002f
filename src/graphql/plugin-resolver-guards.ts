import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldError } from '../validation/field-error';

type Context = { state: { user?: unknown } };
type Args = Record<string, unknown>;
type Resolve = (parent: unknown, args: Args, context: Context, info: unknown) => unknown;

/** A resolver middleware that throws `check`'s error (if any) before the resolver runs. */
const guard = (check: (args: Args, context: Context) => Error | undefined) => ({
  middlewares: [
    (resolve: Resolve, parent: unknown, args: Args, context: Context, info: unknown) => {
      const error = check(args, context);
      if (error) throw error;
      return resolve(parent, args, context, info);
    },
  ],
});

/**
 * Two plugin resolvers answer INTERNAL_SERVER_ERROR for requests a client may send (found by the
 * permission matrix): users-permissions' `me` throws a plain Error without a signed-in user (an API
 * token has none), and upload's `updateUploadFile` destructures its optional `info` argument. Both
 * become client errors here, before the plugin resolver runs.
 */
export function guardPluginResolvers(strapi: Core.Strapi): void {
  if (!strapi.plugin('graphql')) return;
  strapi
    .plugin('graphql')
    .service('extension')
    .use(() => ({
      resolversConfig: {
        'Query.me': guard((_args, context) =>
          context.state.user ? undefined : new errors.UnauthorizedError('me needs a signed-in user; an API token has none')
        ),
        'Mutation.updateUploadFile': guard((args) => (args.info == null ? fieldError('info', 'is required') : undefined)),
      },
    }));
}
