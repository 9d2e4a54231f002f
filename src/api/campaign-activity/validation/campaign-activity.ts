import { checkSchema, httpUrl, yup } from '../../../validation/check';
import { assertConfiguredLocales } from '../../../validation/locales';
import type { ContentRules } from '../../../validation/types';

const schema = yup.object({ evidenceUrl: httpUrl('evidenceUrl') });

export const campaignActivityRules: ContentRules = {
  async validate(document, { strapi }) {
    await checkSchema(schema, document);
    if (document.language) await assertConfiguredLocales(strapi, 'language', [document.language as string]);
  },
  requiredRelations: ['campaign'],
  populate: { campaign: { fields: ['documentId'] } },
};
