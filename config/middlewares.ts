import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { rejectUnparsableBody } from '../src/utils/body-parse-error';

// The admin may need its cookies cross-origin; the Content API authenticates with bearer tokens only.
const isAdminRequest = (ctx: Context) => ctx.path === '/admin' || ctx.path.startsWith('/admin/');

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      // Only listed origins get CORS headers; none listed = same-origin only. Never '*'.
      origin: env.array('CORS_ORIGINS', []).filter((origin: string) => origin && origin !== '*'),
      credentials: isAdminRequest,
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  'global::query-size',
  'global::nfc-query',
  { name: 'strapi::body', config: { onError: rejectUnparsableBody } },
  'global::write-list-limits',
  'global::login-throttle',
  'strapi::session',
  // The project's mark (scripts/make-favicon.js); Strapi's default path has no file here.
  { name: 'strapi::favicon', config: { path: 'public/favicon.ico' } },
  'strapi::public',
];
