import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::translation-record.translation-record');
