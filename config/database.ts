import path from 'path';
import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

const sslOptions = (env: Env) =>
  env.bool('DATABASE_SSL', false) && {
    key: env('DATABASE_SSL_KEY', undefined),
    cert: env('DATABASE_SSL_CERT', undefined),
    ca: env('DATABASE_SSL_CA', undefined),
    capath: env('DATABASE_SSL_CAPATH', undefined),
    cipher: env('DATABASE_SSL_CIPHER', undefined),
    rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
  };

const postgres = (env: Env) => ({
  client: 'postgres' as const,
  connection: {
    connectionString: env('DATABASE_URL'),
    host: env('DATABASE_HOST', '127.0.0.1'),
    port: env.int('DATABASE_PORT', 5432),
    database: env('DATABASE_NAME', 'cchc_cms'),
    user: env('DATABASE_USERNAME', 'postgres'),
    password: env('DATABASE_PASSWORD', ''),
    ssl: sslOptions(env),
    schema: env('DATABASE_SCHEMA', 'public'),
  },
  pool: {
    min: env.int('DATABASE_POOL_MIN', 2),
    max: env.int('DATABASE_POOL_MAX', 10),
  },
  acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
});

const sqlite = (env: Env) => ({
  client: 'sqlite' as const,
  connection: {
    filename: path.resolve(process.cwd(), env('DATABASE_FILENAME', '.tmp/data.db')),
  },
  useNullAsDefault: true,
  acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
});

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', env('DATABASE_URL') ? 'postgres' : 'sqlite');
  if (client !== 'postgres' && client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", got "${client}"`);
  }
  return { connection: client === 'postgres' ? postgres(env) : sqlite(env) };
};
