import { checkSchema, notBefore, yup } from '../../../validation/check';
import type { ContentRules } from '../../../validation/types';

const schema = yup.object({ validTo: notBefore('validTo', 'validFrom', 'validTo must be on or after validFrom') });

export const agencyRules: ContentRules = {
  validate: (document) => checkSchema(schema, document),
};
