import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: requiredEnv('JWT_SECRET'),
      jwt: { expiresIn: env('JWT_EXPIRES_IN', '7d') },
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      landingPage: env.bool('GRAPHQL_LANDING_PAGE', false),
      depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 7),
      defaultLimit: env.int('API_DEFAULT_PAGE_SIZE', 25),
      maxLimit: env.int('API_MAX_PAGE_SIZE', 100),
      apolloServer: {
        introspection: env.bool('GRAPHQL_INTROSPECTION', true),
      },
    },
  },
});
