import type { UID } from '@strapi/strapi';
import { fieldError } from '../../../validation/field-error';
import type { ContentRules } from '../../../validation/types';

export const commentRules: ContentRules = {
  async validate(document, { strapi }) {
    const { targetType, targetDocumentId } = document as { targetType?: string; targetDocumentId?: string };
    if (!targetType || !targetDocumentId) return;
    const uid = `api::${targetType}.${targetType}` as UID.ContentType;
    const exists = await strapi.db.query(uid).count({ where: { documentId: targetDocumentId } });
    if (!exists) throw fieldError('targetDocumentId', `no ${targetType} with documentId ${targetDocumentId}`);
  },
  // Publishing a comment is what makes it public, so only approved ones may be published.
  assertPublishable(document) {
    if (document.moderationStatus !== 'approved') {
      throw fieldError('moderationStatus', 'only approved comments can be published');
    }
  },
};
