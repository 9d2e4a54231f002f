import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::contest-entry.contest-entry');
