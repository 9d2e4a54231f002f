import crypto from 'crypto';
import type { TestApp } from './strapi';
import { bearer, createFullAccessToken, registerUser } from './auth';
import type { Caller } from './access-policy';
import { ROLE_UID } from '../../src/bootstrap/users-permissions';
import { TRANSLATOR_ROLE } from '../../src/bootstrap/translator-api-role';

export type CallerHeaders = Record<Caller, Record<string, string>>;

/** A read-only Content API token, as Settings → API Tokens creates it. */
export async function createReadOnlyToken(app: TestApp): Promise<string> {
  const token = await app.strapi.service('admin::api-token-content-api').create({
    name: `read-only-${crypto.randomBytes(4).toString('hex')}`,
    description: 'created by the test harness',
    type: 'read-only',
    kind: 'content-api',
    lifespan: null,
  });
  return token.accessKey as string;
}

/** A users-permissions user with the translator role (as staff assign it in the admin), signed in. */
export async function signInTranslator(app: TestApp): Promise<string> {
  const role = await app.strapi.db.query(ROLE_UID).findOne({ where: { type: TRANSLATOR_ROLE.type } });
  const suffix = crypto.randomBytes(4).toString('hex');
  const credentials = { identifier: `translator_${suffix}@example.com`, password: `Translator-${suffix}-Pw` };
  await app.strapi.plugin('users-permissions').service('user').add({
    username: `translator_${suffix}`,
    email: credentials.identifier,
    password: credentials.password,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
  const response = await app.request().post('/api/auth/local').send(credentials);
  if (response.status !== 200) throw new Error(`translator login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.jwt as string;
}

/** Request headers for each of the five callers of the access table. */
export async function createCallers(app: TestApp): Promise<CallerHeaders> {
  return {
    public: {},
    reader: bearer((await registerUser(app)).jwt),
    translator: bearer(await signInTranslator(app)),
    readOnlyToken: bearer(await createReadOnlyToken(app)),
    fullAccessToken: bearer(await createFullAccessToken(app)),
  };
}
