import { factories } from '@strapi/strapi';
import { withLocaleFallback } from '../../../locales/fallback/controller';

export default factories.createCoreController('api::official-directive.official-directive', withLocaleFallback('api::official-directive.official-directive'));
