import { factories } from '@strapi/strapi';

// Rows are written by the translation-revisions document middleware only; integrations may read them.
export default factories.createCoreRouter('api::translation-record.translation-record', { only: ['find', 'findOne'] });
