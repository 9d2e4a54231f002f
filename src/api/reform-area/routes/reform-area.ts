import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::reform-area.reform-area');
