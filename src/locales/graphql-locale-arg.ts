import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type LiteralNode = { kind: string; value?: unknown };

/**
 * i18n's `I18NLocaleCode` scalar checks inline literals against Strapi's built-in list but lets
 * variables through unchecked. Taking any string either way leaves the decision to the known-locales
 * document middleware, so `locale: "tyz"` works inline and an unknown code is answered the same way
 * (listing the configured codes) whether it came inline or as a variable.
 */
export function acceptLocaleLiterals(strapi: Core.Strapi): void {
  if (!strapi.plugin('graphql')) return;
  strapi
    .plugin('graphql')
    .service('extension')
    .use(() => ({
      resolvers: {
        I18NLocaleCode: {
          parseLiteral(ast: LiteralNode) {
            if (ast.kind !== 'StringValue') throw new errors.ValidationError('locale must be a string');
            return ast.value;
          },
        },
      },
    }));
}
