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
});
