import crypto from 'crypto';
import path from 'path';
import { createStrapi, type Core } from '@strapi/strapi';
import supertest from 'supertest';
import { createTestDatabase, type TestDatabase } from './database';

const APP_DIR = path.resolve(__dirname, '..', '..');

export interface BootOptions {
  /** Seed the Vietnamese demo content as a fresh installation does (off by default in tests). */
  seedDemoContent?: boolean;
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
  Object.assign(process.env, {
    APP_KEYS: process.env.APP_KEYS ?? [secret(), secret()].join(','),
    API_TOKEN_SALT: process.env.API_TOKEN_SALT ?? secret(),
    ADMIN_JWT_SECRET: process.env.ADMIN_JWT_SECRET ?? secret(),
    TRANSFER_TOKEN_SALT: process.env.TRANSFER_TOKEN_SALT ?? secret(),
    JWT_SECRET: process.env.JWT_SECRET ?? secret(),
    ENCRYPTION_KEY: process.env.ENCRYPTION_KEY ?? secret(),
    DATA_HASH_SECRET: process.env.DATA_HASH_SECRET ?? secret(),
    SERVE_ADMIN_PANEL: 'false',
    SEED_DEMO_CONTENT: String(Boolean(options.seedDemoContent)),
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
  });
}

/** Boots the compiled app (see global-setup) on a fresh database and mounts its real HTTP server. */
export async function startApp(options: BootOptions = {}): Promise<TestApp> {
  setTestEnv(options);
  const database = await createTestDatabase();
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist') }).load();
  await strapi.server.mount();
  const httpServer = strapi.server.httpServer;

  return {
    strapi,
    database,
    request: () => supertest(httpServer),
    async stop() {
      await strapi.destroy();
      await database.drop();
    },
  };
}
