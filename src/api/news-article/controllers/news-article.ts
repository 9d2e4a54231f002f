import { factories } from '@strapi/strapi';
import { withLocaleFallback } from '../../../locales/fallback/controller';

export default factories.createCoreController('api::news-article.news-article', withLocaleFallback('api::news-article.news-article'));
