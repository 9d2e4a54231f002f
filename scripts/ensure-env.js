#!/usr/bin/env node
/**
 * Makes a fresh clone runnable without hand editing, and keeps production honest.
 *
 *   node scripts/ensure-env.js          create .env with random secrets when it is missing,
 *                                       or append secrets an older .env lacks (never changes a value)
 *   node scripts/ensure-env.js --check  same outside production; in production (NODE_ENV=production)
 *                                       generate nothing and exit 1 naming the first missing secret
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const ENV_FILE = path.resolve(__dirname, '..', '.env');

const random = () => crypto.randomBytes(24).toString('base64');

/** Every secret the app refuses to run without, with how to make a fresh one. */
const SECRETS = {
  APP_KEYS: () => [random(), random(), random(), random()].join(','),
  API_TOKEN_SALT: random,
  ADMIN_JWT_SECRET: random,
  TRANSFER_TOKEN_SALT: random,
  JWT_SECRET: random,
  ENCRYPTION_KEY: random,
  DATA_HASH_SECRET: random,
};

const parseEnvFile = (text) =>
  Object.fromEntries(
    text
      .split(/\r?\n/)
      .map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/))
      .filter(Boolean)
      .map(([, key, value]) => [key, value.replace(/^["']|["']$/g, '')])
  );

const readEnvFile = () => (fs.existsSync(ENV_FILE) ? parseEnvFile(fs.readFileSync(ENV_FILE, 'utf8')) : null);

const missingSecrets = (fileValues) =>
  Object.keys(SECRETS).filter((name) => !process.env[name] && !(fileValues && fileValues[name]));

function checkProduction() {
  const missing = missingSecrets(readEnvFile());
  if (missing.length > 0) {
    console.error(
      `Refusing to start in production: missing required environment variable ${missing[0]}` +
        (missing.length > 1 ? ` (also missing: ${missing.slice(1).join(', ')})` : '') +
        '. See .env.example.'
    );
    process.exit(1);
  }
}

function generateLocalSecrets() {
  const fileValues = readEnvFile();
  const missing = missingSecrets(fileValues);
  if (fileValues && missing.length === 0) return;

  const lines = missing.map((name) => `${name}=${SECRETS[name]()}`);
  if (!fileValues) {
    const header = [
      '# Local secrets generated on first run by scripts/ensure-env.js. Never commit this file.',
      '# Every variable is documented in .env.example.',
    ];
    fs.writeFileSync(ENV_FILE, [...header, ...lines, ''].join('\n'), { mode: 0o600 });
    console.log(`Created ${path.relative(process.cwd(), ENV_FILE)} with fresh local secrets.`);
  } else {
    fs.appendFileSync(ENV_FILE, `\n# Added by scripts/ensure-env.js\n${lines.join('\n')}\n`);
    console.log(`Added missing secrets to .env: ${missing.join(', ')}`);
  }
}

const isProduction = process.env.NODE_ENV === 'production';
if (process.argv.includes('--check') && isProduction) {
  checkProduction();
} else if (!isProduction) {
  generateLocalSecrets();
}

module.exports = { SECRETS, parseEnvFile };
