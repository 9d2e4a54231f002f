import crypto from 'crypto';
import type { TestApp } from './strapi';

/** A full-access Content API token created the way the admin's Settings → API Tokens does. */
export async function createFullAccessToken(app: TestApp): Promise<string> {
  const token = await app.strapi.service('admin::api-token-content-api').create({
    name: `test-${crypto.randomBytes(4).toString('hex')}`,
    description: 'created by the test harness',
    type: 'full-access',
    kind: 'content-api',
    lifespan: null,
  });
  return token.accessKey as string;
}

export interface RegisteredUser {
  jwt: string;
  user: { id: number; username: string; email: string };
}

/**
 * A confirmed reader (role Authenticated) created through the users-permissions service, since public
 * registration is off by default, signed in through `POST /api/auth/local`; returns their JWT.
 */
export async function registerUser(app: TestApp): Promise<RegisteredUser> {
  const suffix = crypto.randomBytes(4).toString('hex');
  const credentials = { username: `reader_${suffix}`, email: `reader_${suffix}@example.com`, password: `Pw-${suffix}-long` };
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  await app.strapi.plugin('users-permissions').service('user').add({ ...credentials, provider: 'local', confirmed: true, blocked: false, role: role.id });
  const response = await app.request().post('/api/auth/local').send({ identifier: credentials.email, password: credentials.password });
  if (response.status !== 200) {
    throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body as RegisteredUser;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
