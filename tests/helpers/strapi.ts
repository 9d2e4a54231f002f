import crypto from 'crypto';
import path from 'path';
import { createStrapi, type Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import supertest from 'supertest';
import { createTestDatabase, type TestDatabase } from './database';

const APP_DIR = path.resolve(__dirname, '..', '..');

export interface BootOptions {
  /** Seed the Vietnamese demo content as a fresh installation does (off by default in tests). */
  seedDemoContent?: boolean;
  /** Locales the bootstrap creates (CONTENT_LOCALES); every registry language when omitted. */
  contentLocales?: string[];
  /** Serve the built admin panel (dist/build, from `npm run build`); off by default in tests. */
  serveAdminPanel?: boolean;
  /** Boot on this database (e.g. one a restore filled) instead of a fresh one; its env must be current. */
  database?: TestDatabase;
}

export interface TestApp {
  strapi: Core.Strapi;
  database: TestDatabase;
  request: () => ReturnType<typeof supertest>;
  stop(): Promise<void>;
}

const secret = () => crypto.randomBytes(16).toString('base64');

/** Same secrets as scripts/ensure-env.js creates, fresh for every test process. */
function setTestEnv(options: BootOptions) {
  if (options.contentLocales) process.env.CONTENT_LOCALES = options.contentLocales.join(',');
  else delete process.env.CONTENT_LOCALES;
  Object.assign(process.env, {
    APP_KEYS: process.env.APP_KEYS ?? [secret(), secret()].join(','),
    API_TOKEN_SALT: process.env.API_TOKEN_SALT ?? secret(),
    ADMIN_JWT_SECRET: process.env.ADMIN_JWT_SECRET ?? secret(),
    TRANSFER_TOKEN_SALT: process.env.TRANSFER_TOKEN_SALT ?? secret(),
    JWT_SECRET: process.env.JWT_SECRET ?? secret(),
    ENCRYPTION_KEY: process.env.ENCRYPTION_KEY ?? secret(),
    DATA_HASH_SECRET: process.env.DATA_HASH_SECRET ?? secret(),
    SERVE_ADMIN_PANEL: String(Boolean(options.serveAdminPanel)),
    SEED_DEMO_CONTENT: String(Boolean(options.seedDemoContent)),
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
  });
}

/**
 * Strapi emits document events after the write commits without awaiting them, and each reloads its
 * entry; closing the pool under those reads fails the test file. Wait until the pool is idle.
 */
async function untilDatabaseIdle(strapi: Core.Strapi, timeoutMs = 5000) {
  const pool = (strapi.db.connection.client as Knex.Client).pool;
  const deadline = Date.now() + timeoutMs;
  while (pool && (pool.numUsed() > 0 || pool.numPendingAcquires() > 0) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Boots the compiled app (see global-setup) on a fresh database and mounts its real HTTP server. */
export async function startApp(options: BootOptions = {}): Promise<TestApp> {
  setTestEnv(options);
  const database = options.database ?? (await createTestDatabase());
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist') }).load();
  await strapi.server.mount();
  const httpServer = strapi.server.httpServer;

  return {
    strapi,
    database,
    request: () => supertest(httpServer),
    async stop() {
      await untilDatabaseIdle(strapi);
      await strapi.destroy();
      await database.drop();
    },
  };
}
