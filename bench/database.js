/**
 * A throw-away database for a bench run: an SQLite file in the temp dir, or (DATABASE_CLIENT=postgres)
 * a new PostgreSQL database. Points Strapi's env at it and returns the function that removes it.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Client } = require('pg');

const usesPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

async function prepareDatabase(label) {
  if (!usesPostgres()) {
    const filename = path.join(os.tmpdir(), `cchc-${label}-${process.pid}.db`);
    Object.assign(process.env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename });
    return () => fs.rmSync(filename, { force: true });
  }
  const name = `cchc_${label.replace(/-/g, '_')}_${process.pid}`;
  const admin = () => new Client({ host: process.env.DATABASE_HOST ?? '127.0.0.1', user: process.env.DATABASE_USERNAME ?? 'postgres', database: 'postgres' });
  const client = admin();
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  process.env.DATABASE_NAME = name;
  return async () => {
    const dropper = admin();
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await dropper.end();
  };
}

module.exports = { prepareDatabase, usesPostgres };
