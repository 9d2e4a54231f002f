import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::contest-entry.contest-entry');
