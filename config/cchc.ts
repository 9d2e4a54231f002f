import type { Core } from '@strapi/strapi';
import { CONTENT_LOCALES } from '../src/locales/registry';
import { requiredEnv } from '../src/utils/required-env';

/** Project settings read by our own code as `strapi.config.get('cchc.<key>')`. */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  seedDemoContent: env.bool('SEED_DEMO_CONTENT', true),
  dataHashSecret: requiredEnv('DATA_HASH_SECRET'),
  /** Chain used by `?fallback=true`: where readers go when a document is missing in their language. */
  localeFallback: env.array('LOCALE_FALLBACK', ['vi']),
  /** How long a resolved fallback list order may be reused (0 = never); writes on this node clear it. */
  localeFallbackCacheSeconds: env.int('LOCALE_FALLBACK_CACHE_SECONDS', 30),
  /** Locales bootstrap creates (and gives a translator role); `vi` is always the default. */
  contentLocales: env.array('CONTENT_LOCALES', CONTENT_LOCALES.map((locale) => locale.code)),
  /** Shared state of several instances (rate limits, caches, locks); memory in this process when unset. */
  redisUrl: env('REDIS_URL', ''),
  /** Bounds on what one Content API read may ask for (REST, fallback routes, GraphQL arguments); see src/query-guard. */
  queryLimits: {
    maxQueryStringLength: env.int('QUERY_MAX_LENGTH', 8192),
    maxQueryParameters: env.int('QUERY_MAX_PARAMETERS', 300),
    maxPopulateDepth: env.int('QUERY_MAX_POPULATE_DEPTH', 5),
    maxPopulateCount: env.int('QUERY_MAX_POPULATE_COUNT', 40),
    maxFilterDepth: env.int('QUERY_MAX_FILTER_DEPTH', 12),
    maxFilterConditions: env.int('QUERY_MAX_FILTER_CONDITIONS', 100),
    maxLogicalOperands: env.int('QUERY_MAX_LOGICAL_OPERANDS', 20),
    maxInValues: env.int('QUERY_MAX_IN_VALUES', 100),
  },
  /** Anyone may create a users-permissions account (with e-mail confirmation); applied at every start. */
  publicRegistration: env.bool('PUBLIC_REGISTRATION', false),
  /** Sign-in throttling (src/accounts/login-throttle.ts); only failed attempts count. */
  loginLimits: {
    keyPrefix: env('LOGIN_LIMIT_KEY_PREFIX', 'login'),
    windowSeconds: env.int('LOGIN_LIMIT_WINDOW_SECONDS', 900),
    perIpAndAccount: env.int('LOGIN_LIMIT_PER_IP_AND_ACCOUNT', 10),
    perAccount: env.int('LOGIN_LIMIT_PER_ACCOUNT', 30),
    perIp: env.int('LOGIN_LIMIT_PER_IP', 200),
    accountRequestsPerIp: env.int('ACCOUNT_REQUESTS_PER_IP', 100),
  },
  /** Per-field list sizes one write may carry (a repeatable component's schema `max` can be lower). */
  writeLimits: {
    componentsPerField: env.int('MAX_COMPONENTS_PER_FIELD', 100),
    relationsPerField: env.int('MAX_RELATIONS_PER_FIELD', 100),
  },
  /** How long a contest attempt token stays valid after POST …/rounds/:key/start (capped at the round's end). */
  contestAttemptMinutes: env.int('CONTEST_ATTEMPT_MINUTES', 60),
});
