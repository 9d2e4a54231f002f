import fs from 'fs';
import path from 'path';
import { startApp, type TestApp } from '../helpers/strapi';

const ADMIN_INDEX = path.resolve(__dirname, '..', '..', 'dist', 'build', 'index.html');
const adminBuilt = fs.existsSync(ADMIN_INDEX);
// CI builds the admin once before the suites (.ci/run); there a missing build is a failure, not a skip.
const itWithAdminBuild = adminBuilt || process.env.CI === 'true' ? it : it.skip;

describe('static files', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp({ serveAdminPanel: adminBuilt });
  });
  afterAll(() => app.stop());

  it('serves the project favicon at /favicon.ico', async () => {
    const response = await app.request().get('/favicon.ico').expect(200);
    expect(response.headers['content-type']).toBe('image/x-icon');
    expect(Buffer.compare(response.body as Buffer, fs.readFileSync(path.resolve(__dirname, '../../public/favicon.ico')))).toBe(0);
  });

  it('serves the PNG mark and robots.txt from public/', async () => {
    const png = await app.request().get('/favicon.png').expect(200);
    expect(png.headers['content-type']).toBe('image/png');
    await app.request().get('/robots.txt').expect(200).expect('Content-Type', /text\/plain/);
    await app.request().get('/openapi.json').expect(200).expect('Content-Type', /json/);
  });

  it.each(['/index.html', '/uploads/nonexistent.png', '/nonexistent/deep/path.js', '/%E0%A4%A', '/..%2f..%2fpackage.json'])(
    'answers %s with a 4xx, never a 500',
    async (url) => {
      const response = await app.request().get(url);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    },
  );

  it('refuses writes to /favicon.ico with 405', async () => {
    await app.request().post('/favicon.ico').expect(405);
  });

  itWithAdminBuild('serves the admin panel at /admin (needs `npm run build`)', async () => {
    if (!adminBuilt) throw new Error(`no admin build at ${ADMIN_INDEX}: run \`npm run build\` before the tests`);
    const response = await app.request().get('/admin').expect(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toContain('<div id="strapi"');
  });
});
