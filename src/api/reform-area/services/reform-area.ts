import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::reform-area.reform-area');
