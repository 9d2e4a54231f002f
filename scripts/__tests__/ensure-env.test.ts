import { execFileSync, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

const SCRIPT = path.resolve(__dirname, '..', 'ensure-env.js');
const SECRET_NAMES = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'DATA_HASH_SECRET'];

/** Runs a copy of the script in a scratch project so the real .env is never touched. */
function scratchProject() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensure-env-'));
  fs.mkdirSync(path.join(dir, 'scripts'));
  fs.copyFileSync(SCRIPT, path.join(dir, 'scripts', 'ensure-env.js'));
  const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !SECRET_NAMES.includes(key)));
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync('node', ['scripts/ensure-env.js', ...args], { cwd: dir, env: { ...cleanEnv, NODE_ENV: 'development', ...env }, encoding: 'utf8' });
  const envFile = path.join(dir, '.env');
  return { dir, run, envFile, readEnv: () => fs.readFileSync(envFile, 'utf8') };
}

describe('ensure-env script', () => {
  it('creates a .env with every secret on first run', () => {
    const project = scratchProject();
    expect(project.run([]).status).toBe(0);
    const text = project.readEnv();
    for (const name of SECRET_NAMES) expect(text).toMatch(new RegExp(`^${name}=\\S{16,}`, 'm'));
    expect(text).toMatch(/^APP_KEYS=[^,\s]+,[^,\s]+,[^,\s]+,[^,\s]+$/m);
  });

  it('never overwrites an existing value and only appends missing secrets', () => {
    const project = scratchProject();
    fs.writeFileSync(project.envFile, 'JWT_SECRET=keep-me\nPORT=1400\n');
    project.run([]);
    const text = project.readEnv();
    expect(text).toContain('JWT_SECRET=keep-me');
    expect(text.match(/^JWT_SECRET=/gm)).toHaveLength(1);
    expect(text).toMatch(/^ADMIN_JWT_SECRET=\S+/m);

    const before = project.readEnv();
    project.run([]);
    expect(project.readEnv()).toBe(before);
  });

  it('refuses to start in production and names the missing variable', () => {
    const project = scratchProject();
    const result = project.run(['--check'], { NODE_ENV: 'production' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('missing required environment variable APP_KEYS');
    expect(fs.existsSync(project.envFile)).toBe(false);
  });

  it('lets production start when every secret is provided', () => {
    const project = scratchProject();
    const secrets = Object.fromEntries(SECRET_NAMES.map((name) => [name, 'x'.repeat(24)]));
    expect(project.run(['--check'], { NODE_ENV: 'production', ...secrets }).status).toBe(0);
    expect(execFileSync('ls', ['-A', project.dir], { encoding: 'utf8' })).not.toContain('.env');
  });
});
