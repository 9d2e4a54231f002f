import { startApp, type TestApp } from '../helpers/strapi';
import { seedDemoContent } from '../../src/bootstrap/demo-content';
import { grantReaderPermissions } from '../../src/bootstrap/public-permissions';

const publicLists = [
  '/api/news-articles',
  '/api/official-directives',
  '/api/campaigns',
  '/api/contests',
  '/api/agencies',
  '/api/categories',
  '/api/reform-areas',
  '/api/comments',
];

describe('demo content', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp({ seedDemoContent: true });
  });
  afterAll(() => app.stop());

  it('makes Vietnamese the default locale', async () => {
    const locales = await app.strapi.plugin('i18n').service('locales').getDefaultLocale();
    expect(locales).toBe('vi');
  });

  it.each(publicLists)('publishes Vietnamese demo items at %s', async (url) => {
    const response = await app.request().get(url).expect(200);
    expect(response.body.data.length).toBeGreaterThan(0);
    expect(response.body.data.every((item: { locale: string }) => item.locale === 'vi')).toBe(true);
  });

  it('grants reader permissions without duplicating them on the next boot', async () => {
    const countPermissions = () => app.strapi.db.query('plugin::users-permissions.permission').count();
    const before = await countPermissions();
    await grantReaderPermissions(app.strapi);
    expect(await countPermissions()).toBe(before);
  });

  it('seeds only once', async () => {
    const countArticles = () => app.strapi.documents('api::news-article.news-article').count({});
    const before = await countArticles();
    await seedDemoContent(app.strapi);
    expect(await countArticles()).toBe(before);
  });
});
