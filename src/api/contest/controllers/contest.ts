import { factories } from '@strapi/strapi';
import { withLocaleFallback } from '../../../locales/fallback/controller';

export default factories.createCoreController('api::contest.contest', withLocaleFallback('api::contest.contest'));
