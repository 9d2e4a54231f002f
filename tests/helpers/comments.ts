import crypto from 'crypto';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { TestApp } from './strapi';
import { bearer } from './auth';

let ipSequence = 0;

/** A client address never used before in this process (sent as X-Forwarded-For; apps boot with IS_PROXIED). */
export const freshIp = () => {
  ipSequence += 1;
  return `10.${(ipSequence >> 16) & 255}.${(ipSequence >> 8) & 255}.${ipSequence & 255}`;
};

export const freshEmail = () => `ban.doc.${crypto.randomBytes(4).toString('hex')}@example.com`;

/** Fetches a challenge and solves it as a reader's browser would; returns the X-Altcha header value. */
export async function solvedChallenge(app: TestApp, ip = freshIp()): Promise<string> {
  const response = await app.request().get('/api/comments/challenge').set('X-Forwarded-For', ip);
  if (response.status !== 200) throw new Error(`challenge: ${response.status} ${response.text}`);
  const solution = await solveChallenge({ challenge: response.body, deriveKey });
  if (!solution) throw new Error('challenge not solved');
  return Buffer.from(JSON.stringify({ challenge: response.body, solution })).toString('base64');
}

export interface SubmitOptions {
  ip?: string;
  jwt?: string;
  /** An X-Altcha value; omitted = solve a fresh challenge unless `jwt` is given or `challenge` is false. */
  altcha?: string;
  challenge?: boolean;
}

/** POST /api/comments/submit with `{ data }` as a reader. */
export async function submitComment(app: TestApp, data: Record<string, unknown>, options: SubmitOptions = {}) {
  const ip = options.ip ?? freshIp();
  const headers: Record<string, string> = { 'X-Forwarded-For': ip, ...(options.jwt ? bearer(options.jwt) : {}) };
  const altcha = options.altcha ?? (options.challenge === false || options.jwt ? undefined : await solvedChallenge(app, ip));
  if (altcha) headers['X-Altcha'] = altcha;
  return app.request().post('/api/comments/submit').set(headers).send({ data });
}

/** A users-permissions user in the given role (created through the plugin's service) and their JWT. */
export async function userWithRole(app: TestApp, roleType: string): Promise<string> {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: roleType } });
  const suffix = crypto.randomBytes(4).toString('hex');
  const credentials = { email: `${roleType}_${suffix}@example.com`, password: `Pw-${suffix}-long` };
  await app.strapi
    .plugin('users-permissions')
    .service('user')
    .add({ ...credentials, username: `${roleType}_${suffix}`, provider: 'local', confirmed: true, blocked: false, role: role.id });
  const login = await app.request().post('/api/auth/local').send({ identifier: credentials.email, password: credentials.password });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${login.text}`);
  return login.body.jwt as string;
}
