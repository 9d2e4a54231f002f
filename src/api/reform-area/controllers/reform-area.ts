import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::reform-area.reform-area');
