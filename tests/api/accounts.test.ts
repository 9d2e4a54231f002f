import crypto from 'crypto';
import { startApp, type TestApp } from '../helpers/strapi';
import { bearer, registerUser } from '../helpers/auth';
import { signInSuperAdmin } from '../helpers/admin';
import { applyRegistrationSetting } from '../../src/bootstrap/registration';

// Small limits so each one is reached in a few requests; addresses come from X-Forwarded-For.
const LIMITS = { LOGIN_LIMIT_PER_IP_AND_ACCOUNT: '3', LOGIN_LIMIT_PER_ACCOUNT: '6', LOGIN_LIMIT_PER_IP: '12', IS_PROXIED: 'true' };

const randomIp = () => `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;

describe('accounts', () => {
  let app: TestApp;

  beforeAll(async () => {
    Object.assign(process.env, LIMITS, { LOGIN_LIMIT_KEY_PREFIX: `test-${crypto.randomBytes(4).toString('hex')}` });
    delete process.env.PUBLIC_REGISTRATION;
    app = await startApp();
  });
  afterAll(async () => {
    await app.stop();
    for (const key of [...Object.keys(LIMITS), 'LOGIN_LIMIT_KEY_PREFIX']) delete process.env[key];
  });

  const signIn = (identifier: string, password: string, ip = '10.0.0.1') =>
    app.request().post('/api/auth/local').set('X-Forwarded-For', ip).send({ identifier, password });
  const readerEmail = async () => (await registerUser(app)).user.email;
  const setRegistration = async (on: boolean) => {
    app.strapi.config.set('cchc.publicRegistration', on);
    await applyRegistrationSetting(app.strapi);
  };
  const register = (password: string) => {
    const suffix = crypto.randomBytes(4).toString('hex');
    return app
      .request()
      .post('/api/auth/local/register')
      .set('X-Forwarded-For', randomIp())
      .send({ username: `dan_${suffix}`, email: `dan_${suffix}@example.com`, password });
  };

  describe('forgot password', () => {
    it('answers the same for a known and an unknown address', async () => {
      const known = await app.request().post('/api/auth/forgot-password').send({ email: await readerEmail() });
      const unknown = await app.request().post('/api/auth/forgot-password').send({ email: 'nobody@example.com' });
      expect(known.status).toBe(200);
      expect(unknown.status).toBe(200);
      expect(known.body).toEqual({ ok: true });
      expect(unknown.body).toEqual(known.body);
    });

    it('still answers ok when the mail cannot be sent', async () => {
      const provider = app.strapi.plugin('email').provider as { send: (mail: unknown) => Promise<void> };
      const send = provider.send;
      provider.send = async () => {
        throw new Error('SMTP down');
      };
      try {
        const response = await app.request().post('/api/auth/forgot-password').send({ email: await readerEmail() });
        expect(response.status).toBe(200);
        expect(response.body).toEqual({ ok: true });
      } finally {
        provider.send = send;
      }
    });

    it('answers a malformed address with 400', async () => {
      const response = await app.request().post('/api/auth/forgot-password').send({ email: { $ne: '' } });
      expect(response.status).toBe(400);
    });
  });

  describe('public registration', () => {
    it('is off by default', async () => {
      const advanced = (await app.strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' })) as { allow_register: boolean };
      expect(advanced.allow_register).toBe(false);
      const response = await register('Một-mật-khẩu-dài-2024');
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/disabled/i);
    });

    describe('when switched on', () => {
      beforeAll(() => setRegistration(true));
      afterAll(() => setRegistration(false));

      it('turns e-mail confirmation on', async () => {
        const advanced = (await app.strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' })) as { email_confirmation: boolean };
        expect(advanced.email_confirmation).toBe(true);
      });

      it.each(['123456', '1234567890', 'password123', 'matkhau123', 'short-pw'])('refuses the password %s with a 400 naming password', async (password) => {
        const response = await register(password);
        expect(response.status).toBe(400);
        expect(response.body.error.name).toBe('ValidationError');
        expect(response.body.error.message).toMatch(/^password/);
      });

      it('creates an unconfirmed account that cannot sign in before confirming', async () => {
        const response = await register('Cải-cách-hành-chính-2024');
        expect(response.status).toBe(200);
        expect(response.body.jwt).toBeUndefined();
        expect(response.body.user.confirmed).toBe(false);
        const signedIn = await signIn(response.body.user.email, 'Cải-cách-hành-chính-2024', randomIp());
        expect(signedIn.status).toBe(400);
      });
    });
  });

  describe('sign-in throttling', () => {
    it('lets a user sign in many times: only failures count', async () => {
      const suffix = crypto.randomBytes(4).toString('hex');
      const password = `Đăng-nhập-${suffix}`;
      const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
      await app.strapi
        .plugin('users-permissions')
        .service('user')
        .add({ username: `often_${suffix}`, email: `often_${suffix}@example.com`, password, provider: 'local', confirmed: true, role: role.id });
      for (let attempt = 0; attempt < 15; attempt += 1) await signIn(`often_${suffix}@example.com`, password, '10.1.1.2').expect(200);
    });

    it('limits failed attempts on one account from one address, with Retry-After', async () => {
      const email = await readerEmail();
      for (let attempt = 0; attempt < 3; attempt += 1) await signIn(email, 'wrong-password', '10.2.0.1').expect(400);
      const blocked = await signIn(email, 'wrong-password', '10.2.0.1');
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.body.error.name).toBe('RateLimitError');
      // The same account from another address is still allowed to try.
      await signIn(email, 'wrong-password', '10.2.0.2').expect(400);
    });

    it('limits failed attempts on one account across addresses', async () => {
      const email = await readerEmail();
      for (let attempt = 0; attempt < 6; attempt += 1) await signIn(email, 'wrong-password', randomIp()).expect(400);
      await signIn(email, 'wrong-password', randomIp()).expect(429);
    });

    it('limits password spraying from one address across accounts, not other addresses', async () => {
      const emails = await Promise.all(Array.from({ length: 12 }, () => readerEmail()));
      for (const email of emails) await signIn(email, 'password123', '10.3.0.1').expect(400);
      await signIn(await readerEmail(), 'password123', '10.3.0.1').expect(429);
      await signIn(emails[0], 'password123', '10.3.0.2').expect(400);
    });

    it('limits failed admin sign-ins per account and per address', async () => {
      const { email } = await signInSuperAdmin(app);
      const adminSignIn = (identifier: string, ip: string) => app.request().post('/admin/login').set('X-Forwarded-For', ip).send({ email: identifier, password: 'Wrong-password-1' });
      for (let attempt = 0; attempt < 6; attempt += 1) expect((await adminSignIn(email, randomIp())).status).toBe(400);
      expect((await adminSignIn(email, randomIp())).status).toBe(429);
      for (let attempt = 0; attempt < 12; attempt += 1) expect((await adminSignIn(`nobody${attempt}@example.com`, '10.4.0.1')).status).toBe(400);
      expect((await adminSignIn('someone-else@example.com', '10.4.0.1')).status).toBe(429);
    });

    it('throttles the GraphQL login mutation like REST', async () => {
      const email = await readerEmail();
      const mutation = (ip: string) =>
        app
          .request()
          .post('/graphql')
          .set('X-Forwarded-For', ip)
          .send({ query: 'mutation($input: UsersPermissionsLoginInput!) { login(input: $input) { jwt } }', variables: { input: { identifier: email, password: 'wrong-password' } } });
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const response = await mutation('10.5.0.1');
        expect(response.body.errors?.[0]?.message).not.toMatch(/too many/i);
      }
      const blocked = await mutation('10.5.0.1');
      expect(JSON.stringify(blocked.body.errors)).toMatch(/too many/i);
    });
  });

  it('keeps a signed-in reader working with registration off', async () => {
    const { jwt } = await registerUser(app);
    await app.request().get('/api/users/me').set(bearer(jwt)).expect(200);
  });
});
