import { validateYupSchema, yup } from '@strapi/utils';
import { containsMarkup } from '../screening';

export const TARGET_TYPES = ['news-article', 'official-directive', 'campaign', 'contest'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];
export const REPORT_REASONS = ['spam', 'abuse', 'off_topic', 'personal_data', 'other'] as const;
export const MODERATION_ACTIONS = ['approve', 'reject', 'spam'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];
export const MAX_PAGE_SIZE = 100;

// Bodies are JSON, so types are checked as sent (strict); query strings arrive as text and are cast.
// Either way unknown keys are rejected rather than silently dropped.
const validate = <T>(schema: yup.AnyObjectSchema, strict: boolean) => {
  const run = validateYupSchema(schema.noUnknown(), { strict, abortEarly: false, stripUnknown: false });
  return (input: unknown): Promise<T> => run(input);
};

/** Plain text whose length is counted without surrounding spaces (the service stores it trimmed). */
const text = (min: number, max: number) =>
  yup
    .string()
    .strict()
    .test('length', `\${path} must be ${min}–${max} characters`, (value) => value === undefined || (value.trim().length >= min && value.trim().length <= max))
    .test('plain-text', '${path} must be plain text, without HTML markup', (value) => value === undefined || !containsMarkup(value));

const documentId = () => yup.string().strict().trim().min(1).max(64);

export interface SubmitData {
  targetType: TargetType;
  targetDocumentId: string;
  authorName: string;
  authorEmail: string;
  content: string;
  parent?: string;
  locale?: string;
}

/** `honeypotField`: the body field people never fill (config/comments.ts); any value is accepted. */
export const validateSubmitBody = (localeCodes: string[], honeypotField: string) =>
  validate<{ data: SubmitData & Record<string, unknown> }>(
    yup.object({
      data: yup
        .object({
          targetType: yup.string().strict().oneOf([...TARGET_TYPES], `targetType must be one of: ${TARGET_TYPES.join(', ')}`).required(),
          targetDocumentId: documentId().required(),
          authorName: text(2, 80).required(),
          authorEmail: yup.string().strict().trim().email('authorEmail must be a valid email').max(254).required(),
          content: text(1, 2000).required(),
          parent: documentId(),
          locale: yup.string().strict().oneOf(localeCodes, `locale must be one of: ${localeCodes.join(', ')}`),
          [honeypotField]: yup.mixed(),
        })
        .noUnknown()
        .required(),
    }),
    true
  );

export const validateReportBody = validate<{ data: { reason: (typeof REPORT_REASONS)[number] } }>(
  yup.object({
    data: yup
      .object({ reason: yup.string().strict().oneOf([...REPORT_REASONS], `reason must be one of: ${REPORT_REASONS.join(', ')}`).required() })
      .noUnknown()
      .required(),
  }),
  true
);

export const validateDocumentIdParam = validate<{ documentId: string }>(yup.object({ documentId: documentId().required() }), true);

export interface ModerateData {
  documentIds: string[];
  action: ModerationAction;
  note?: string;
}

export const validateModerateBody = validate<{ data: ModerateData }>(
  yup.object({
    data: yup
      .object({
        documentIds: yup.array().strict().of(documentId().required()).min(1).max(MAX_PAGE_SIZE).required(),
        action: yup.string().strict().oneOf([...MODERATION_ACTIONS], `action must be one of: ${MODERATION_ACTIONS.join(', ')}`).required(),
        note: yup.string().strict().max(2000),
      })
      .noUnknown()
      .required(),
  }),
  true
);

const pagination = {
  page: yup.number().integer().min(1).default(1),
  pageSize: yup.number().integer().min(1).max(MAX_PAGE_SIZE).default(25),
};

export interface Page {
  page: number;
  pageSize: number;
}

export interface ThreadQuery extends Page {
  targetType: TargetType;
  targetDocumentId: string;
  locale?: string;
}

export const validateThreadQuery = (localeCodes: string[]) =>
  validate<ThreadQuery>(
    yup.object({
      targetType: yup.string().oneOf([...TARGET_TYPES], `targetType must be one of: ${TARGET_TYPES.join(', ')}`).required(),
      targetDocumentId: yup.string().max(64).required(),
      locale: yup.string().oneOf(localeCodes, `locale must be one of: ${localeCodes.join(', ')}`),
      ...pagination,
    }),
    false
  );

export const validateQueueQuery = validate<Page>(yup.object(pagination), false);
