import type { Core } from '@strapi/strapi';
import { CONTENT_LOCALES } from '../src/locales/registry';
import { requiredEnv } from '../src/utils/required-env';

/** Project settings read by our own code as `strapi.config.get('cchc.<key>')`. */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  seedDemoContent: env.bool('SEED_DEMO_CONTENT', true),
  dataHashSecret: requiredEnv('DATA_HASH_SECRET'),
  /** Locales bootstrap creates (and gives a translator role); `vi` is always the default. */
  contentLocales: env.array('CONTENT_LOCALES', CONTENT_LOCALES.map((locale) => locale.code)),
});
