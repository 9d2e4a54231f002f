import { checkSchema, notBefore, yup } from '../../../validation/check';
import { assertConfiguredLocales } from '../../../validation/locales';
import type { ContentRules } from '../../../validation/types';

export const AUDIENCES = ['officials', 'citizens', 'businesses', 'remote_areas', 'ethnic_minorities', 'youth'];

const schema = yup.object({
  endDate: notBefore('endDate', 'startDate', 'endDate must be on or after startDate'),
  audiences: yup
    .array()
    .nullable()
    .typeError('audiences must be an array')
    .of(yup.string().oneOf(AUDIENCES, `audiences must contain only: ${AUDIENCES.join(', ')}`)),
  languages: yup.array().nullable().typeError('languages must be an array of locale codes').of(yup.string()),
});

export const campaignRules: ContentRules = {
  async validate(document, { strapi }) {
    await checkSchema(schema, document);
    await assertConfiguredLocales(strapi, 'languages', (document.languages as string[] | null) ?? []);
  },
  requiredRelations: ['responsibleAgency'],
  populate: { responsibleAgency: { fields: ['documentId'] } },
};
