import type { Core } from '@strapi/strapi';
import { requiredEnvList } from '../src/utils/required-env';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Strapi 5 reads `server.proxy.koa` (a bare boolean is ignored): trust X-Forwarded-* from the proxy.
  proxy: { koa: env.bool('IS_PROXIED', false) },
  logger: {
    config: { level: env('LOG_LEVEL', 'http') },
    updates: { enabled: false },
  },
  app: {
    keys: requiredEnvList('APP_KEYS'),
  },
});
