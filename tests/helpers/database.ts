import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client } from 'pg';

export const usesPostgres = () =>
  process.env.DATABASE_CLIENT === 'postgres' || Boolean(process.env.DATABASE_URL);

export interface TestDatabase {
  label: string;
  drop(): Promise<void>;
}

const adminConnection = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
  user: process.env.DATABASE_USERNAME ?? 'postgres',
  password: process.env.DATABASE_PASSWORD,
  database: 'postgres',
});

async function withAdminClient<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client(adminConnection());
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const name = `cchc_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  delete process.env.DATABASE_URL;
  Object.assign(process.env, { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name, DATABASE_POOL_MIN: '0' });
  return {
    label: `postgres:${name}`,
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

function createSqliteDatabase(): TestDatabase {
  const filename = path.join(os.tmpdir(), `cchc-test-${process.pid}-${crypto.randomBytes(4).toString('hex')}.db`);
  Object.assign(process.env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename });
  return {
    label: `sqlite:${filename}`,
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${filename}${suffix}`, { force: true });
    },
  };
}

/** A fresh, empty database for one test file; the env points Strapi's config/database.ts at it. */
export const createTestDatabase = (): Promise<TestDatabase> =>
  usesPostgres() ? createPostgresDatabase() : Promise.resolve(createSqliteDatabase());
