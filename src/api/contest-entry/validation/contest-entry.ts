import { fieldError } from '../../../validation/field-error';
import type { ContentRules } from '../../../validation/types';

export const contestEntryRules: ContentRules = {
  validate(document) {
    if (document.consent !== true) {
      throw fieldError('consent', 'personal-data consent (Decree 13/2023/NĐ-CP) must be given');
    }
    if (!document.email && !document.phone) {
      throw fieldError('email', 'an email or a phone number is required');
    }
  },
  requiredRelations: ['contest'],
  populate: { contest: { fields: ['documentId'] } },
};
