import { validateYupSchema, yup } from '@strapi/utils';
import { TRANSLATABLE_NAMES, type TranslatableName } from '../translatable';

/** `codes`: the configured locales other than `vi`, the only ones a translation can be in. */
const locale = (codes: string[]) =>
  yup.string().oneOf(codes, `locale must be a configured locale other than vi: ${codes.join(', ') || '(none configured)'}`);

const contentType = () => yup.string().oneOf(TRANSLATABLE_NAMES, `contentType must be one of: ${TRANSLATABLE_NAMES.join(', ')}`);

const documentId = () => yup.string().trim().max(64).required();

// Query strings arrive as text, so values are cast (strict: false); yup would then drop unknown keys
// silently unless told not to strip them, and they must be rejected instead.
const validate = <T>(schema: yup.AnyObjectSchema) => {
  const run = validateYupSchema(schema.noUnknown(), { strict: false, abortEarly: false, stripUnknown: false });
  return (input: unknown): Promise<T> => run(input);
};

export interface Target {
  contentType: TranslatableName;
  documentId: string;
  locale: string;
}

const target = (codes: string[]) =>
  validate<Target>(yup.object({ contentType: contentType().required(), documentId: documentId(), locale: locale(codes).required() }));

export interface WorklistQuery {
  locale: string;
  contentType?: TranslatableName;
  status?: 'missing' | 'outdated';
  page: number;
  pageSize: number;
}

export const validateWorklistQuery = (codes: string[]) =>
  validate<WorklistQuery>(
    yup.object({
      locale: locale(codes).required(),
      contentType: contentType(),
      status: yup.string().oneOf(['missing', 'outdated'], 'status must be missing or outdated'),
      page: yup.number().integer().min(1).default(1),
      pageSize: yup.number().integer().min(1).max(100).default(25),
    })
  );

export const validateCoverageQuery = (codes: string[]) => validate<{ locale?: string }>(yup.object({ locale: locale(codes) }));

export const validateDocumentParams = () =>
  validate<Omit<Target, 'locale'>>(yup.object({ contentType: contentType().required(), documentId: documentId() }));

export const validateReviewParams = target;

export const validateStartParams = target;
