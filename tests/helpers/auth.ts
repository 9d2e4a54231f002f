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

/** Registers a reader through the public users-permissions endpoint and returns their JWT. */
export async function registerUser(app: TestApp): Promise<RegisteredUser> {
  const suffix = crypto.randomBytes(4).toString('hex');
  const response = await app
    .request()
    .post('/api/auth/local/register')
    .send({ username: `reader_${suffix}`, email: `reader_${suffix}@example.com`, password: `Pw-${suffix}-long` });
  if (response.status !== 200) {
    throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body as RegisteredUser;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
