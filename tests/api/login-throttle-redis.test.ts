import crypto from 'crypto';
import Redis from 'ioredis';
import { startApp, type TestApp } from '../helpers/strapi';
import { registerUser } from '../helpers/auth';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('sign-in throttling with Redis', () => {
  let app: TestApp;
  let redis: Redis;
  const prefix = `test-${crypto.randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    Object.assign(process.env, { REDIS_URL, LOGIN_LIMIT_KEY_PREFIX: prefix, LOGIN_LIMIT_PER_IP_AND_ACCOUNT: '3' });
    app = await startApp();
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    const keys = await redis.keys(`cchc:rl:${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    await app.stop();
    for (const key of ['REDIS_URL', 'LOGIN_LIMIT_KEY_PREFIX', 'LOGIN_LIMIT_PER_IP_AND_ACCOUNT']) delete process.env[key];
  });

  it('keeps failed-attempt counters in Redis and answers 429 past the limit', async () => {
    const { user } = await registerUser(app);
    const signIn = () => app.request().post('/api/auth/local').send({ identifier: user.email, password: 'wrong-password' });
    for (let attempt = 0; attempt < 3; attempt += 1) await signIn().expect(400);
    const blocked = await signIn();
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await redis.keys(`cchc:rl:${prefix}:login-account*`)).length).toBe(1);
  });

  it('shares the counters with every instance using the same Redis', async () => {
    const { user } = await registerUser(app);
    const key = `users:${user.email.toLowerCase()}`;
    await redis.set(`cchc:rl:${prefix}:login-account:${key}`, '1000', 'EX', 60);
    const response = await app.request().post('/api/auth/local').send({ identifier: user.email, password: 'wrong-password' });
    expect(response.status).toBe(429);
  });
});
