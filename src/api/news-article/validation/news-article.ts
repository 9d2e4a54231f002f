import { checkSchema, httpUrl, yup } from '../../../validation/check';
import type { ContentRules } from '../../../validation/types';

const schema = yup.object({ sourceUrl: httpUrl('sourceUrl') });

export const newsArticleRules: ContentRules = {
  validate: (document) => checkSchema(schema, document),
};
