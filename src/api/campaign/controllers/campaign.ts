import { factories } from '@strapi/strapi';
import { withLocaleFallback } from '../../../locales/fallback/controller';

export default factories.createCoreController('api::campaign.campaign', withLocaleFallback('api::campaign.campaign'));
