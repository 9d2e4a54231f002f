import { startApp, type TestApp } from '../helpers/strapi';

const LISTED = 'https://cchc.langson.gov.vn';
const OTHER = 'https://attacker.example';

describe('cors', () => {
  let app: TestApp;

  beforeAll(async () => {
    process.env.CORS_ORIGINS = `${LISTED}, https://baochinhphu.vn`;
    app = await startApp();
  });
  afterAll(async () => {
    await app.stop();
    delete process.env.CORS_ORIGINS;
  });

  it.each(['/api/news-articles', '/graphql', '/admin/init'])('gives an unlisted Origin no CORS headers on %s', async (path) => {
    const response = await app.request().get(path).set('Origin', OTHER);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('refuses a preflight from an unlisted Origin', async () => {
    const response = await app.request().options('/api/news-articles').set('Origin', OTHER).set('Access-Control-Request-Method', 'POST');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows a listed Origin on the Content API without credentials', async () => {
    for (const path of ['/api/news-articles', '/graphql']) {
      const response = await app.request().get(path).set('Origin', LISTED);
      expect(response.headers['access-control-allow-origin']).toBe(LISTED);
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    }
    const preflight = await app.request().options('/api/news-articles').set('Origin', LISTED).set('Access-Control-Request-Method', 'GET');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(LISTED);
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('allows a listed Origin credentials on the admin only', async () => {
    const response = await app.request().get('/admin/init').set('Origin', LISTED);
    expect(response.headers['access-control-allow-origin']).toBe(LISTED);
    expect(response.headers['access-control-allow-credentials']).toBe('true');
  });
});
