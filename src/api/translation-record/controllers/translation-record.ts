import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::translation-record.translation-record');
