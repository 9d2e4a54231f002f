import path from 'path';
import type { Core } from '@strapi/strapi';
import { graphqlOperationLimits } from '../src/graphql-limits';
import { requiredEnv } from '../src/utils/required-env';

/**
 * What the content types accept (news cover images, audio readings, directive and attachment
 * documents, campaign evidence videos), checked on the bytes as well as the name. No SVG (it can
 * carry scripts) and no legacy .doc/.xls, whose container type also fits installers.
 */
const UPLOAD_ALLOWED_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'audio/mpeg',
  'audio/mp4',
  'audio/aac',
  'audio/ogg',
  'audio/wav',
  'audio/x-wav',
  'audio/webm',
  'video/mp4',
  'video/webm',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** SMTP through nodemailer when `SMTP_HOST` is set; otherwise mails are logged (src/providers/email-log.ts). */
function emailConfig(env: Core.Config.Shared.ConfigParams['env']) {
  const settings = { defaultFrom: env('EMAIL_FROM', 'no-reply@localhost'), defaultReplyTo: env('EMAIL_REPLY_TO', env('EMAIL_FROM', 'no-reply@localhost')) };
  if (!env('SMTP_HOST')) return { provider: path.join(__dirname, '..', 'src', 'providers', 'email-log'), settings };
  const user = env('SMTP_USER');
  return {
    provider: 'nodemailer',
    providerOptions: {
      host: env('SMTP_HOST'),
      port: env.int('SMTP_PORT', 587),
      secure: env.bool('SMTP_SECURE', false),
      ...(user ? { auth: { user, pass: env('SMTP_PASSWORD') } } : {}),
    },
    settings,
  };
}

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  const production = env('NODE_ENV', 'development') === 'production';
  const defaultLimit = env.int('API_DEFAULT_PAGE_SIZE', 25);
  const maxLimit = env.int('API_MAX_PAGE_SIZE', 100);
  return {
    'users-permissions': {
      config: {
        jwtSecret: requiredEnv('JWT_SECRET'),
        jwt: { expiresIn: env('JWT_EXPIRES_IN', '7d') },
        // Replaced by src/accounts/login-throttle.ts: this one counts successful sign-ins too and
        // keys /auth/local by address only, locking out everyone behind one NAT.
        ratelimit: { enabled: false },
      },
    },
    email: { config: emailConfig(env) },
    upload: {
      config: {
        sizeLimit: env.int('UPLOAD_MAX_FILE_SIZE_MB', 50) * 1024 * 1024,
        security: { allowedTypes: UPLOAD_ALLOWED_TYPES },
      },
    },
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        landingPage: env.bool('GRAPHQL_LANDING_PAGE', !production),
        depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 7),
        defaultLimit,
        maxLimit,
        apolloServer: {
          // CORS is strapi::cors's (config/middlewares.ts, CORS_ORIGINS); Apollo's own would answer '*'.
          cors: false,
          introspection: env.bool('GRAPHQL_INTROSPECTION', !production),
          // Stack traces only while developing; Apollo's own default also shows them in staging-like environments.
          includeStacktraceInErrorResponses: env('NODE_ENV', 'development') === 'development',
          ...graphqlOperationLimits({
            maxCost: env.int('GRAPHQL_MAX_COST', 20000),
            maxAliases: env.int('GRAPHQL_MAX_ALIASES', 30),
            maxTokens: env.int('GRAPHQL_MAX_TOKENS', 5000),
            defaultLimit,
            maxLimit,
          }),
        },
      },
    },
  };
};
