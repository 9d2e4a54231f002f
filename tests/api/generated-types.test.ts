import { execFileSync } from 'child_process';
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';

const APP_DIR = path.resolve(__dirname, '..', '..');
const STRAPI_CLI = path.join(APP_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'DATA_HASH_SECRET'];

describe('generated types', () => {
  it('match the schemas (run `npm run ts:types` after changing a schema)', () => {
    const outDir = path.join('.tmp', `types-check-${process.pid}`);
    const env = { ...process.env, ...Object.fromEntries(SECRETS.map((name) => [name, crypto.randomBytes(12).toString('hex')])) };
    // Strapi's generator imports prettier as ESM, which jest's VM cannot run: use the real CLI.
    execFileSync('node', [STRAPI_CLI, 'ts:generate-types', '--silent', '--out-dir', outDir], { cwd: APP_DIR, env, stdio: 'pipe' });
    try {
      for (const file of ['contentTypes.d.ts', 'components.d.ts']) {
        const fresh = fs.readFileSync(path.join(APP_DIR, outDir, 'generated', file), 'utf8');
        expect(fs.readFileSync(path.join(APP_DIR, 'types', 'generated', file), 'utf8')).toBe(fresh);
      }
    } finally {
      fs.rmSync(path.join(APP_DIR, outDir), { recursive: true, force: true });
    }
  });
});
