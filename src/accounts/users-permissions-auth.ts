import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { assertAcceptablePassword } from './password-policy';

type Action = (ctx: Context, ...rest: unknown[]) => Promise<unknown>;
type AuthController = Record<string, Action>;
type ControllerFactory = (context: { strapi: Core.Strapi }) => AuthController;

const bodyOf = (ctx: Context) => ((ctx.request as { body?: Record<string, unknown> }).body ?? {});

/**
 * users-permissions' auth controller with our account rules: the password policy wherever a
 * password is chosen, and a forgot-password that answers `{ ok: true }` whether or not the address is
 * known and whatever the mail server does (a failure is logged, never shown: it would tell who has an
 * account).
 */
export const withAccountRules =
  (original: ControllerFactory): ControllerFactory =>
  ({ strapi }) => {
    const auth = original({ strapi });
    const checkPassword = (action: Action): Action => async (ctx, ...rest) => {
      assertAcceptablePassword(bodyOf(ctx).password);
      return action(ctx, ...rest);
    };
    return {
      ...auth,
      register: checkPassword(auth.register),
      resetPassword: checkPassword(auth.resetPassword),
      changePassword: checkPassword(auth.changePassword),
      async forgotPassword(ctx: Context) {
        try {
          await auth.forgotPassword(ctx);
        } catch (error) {
          if (error instanceof errors.ValidationError) throw error;
          strapi.log.error(`forgot-password: ${error instanceof Error ? error.message : String(error)}`);
          ctx.send({ ok: true });
        }
      },
    };
  };
