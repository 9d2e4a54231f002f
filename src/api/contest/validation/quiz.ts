import { validateYupSchema, yup } from '@strapi/utils';
import type { EntryInput } from '../services/quiz';

const documentId = () => yup.string().max(64).required();
const key = () => yup.string().max(40).required();

// Route parameters and query strings are text and are cast (strict: false); bodies are JSON and must
// carry the right types (strict: true), so "12" is not a prediction. Unknown keys are refused, not stripped.
const validate = <T>(schema: yup.AnyObjectSchema, strict: boolean) => {
  const run = validateYupSchema(schema.noUnknown(), { strict, abortEarly: false, stripUnknown: false });
  return (input: unknown): Promise<T> => run(input ?? {});
};

export const validateRoundParams = validate<{ documentId: string; key: string }>(yup.object({ documentId: documentId(), key: key() }), false);

export const validateReceiptParams = validate<{ documentId: string; receipt: string }>(
  yup.object({ documentId: documentId(), receipt: yup.string().max(40).required() }),
  false
);

export const validateLocaleQuery = validate<{ locale?: string }>(yup.object({ locale: yup.string().max(35) }), false);

export const validateLeaderboardQuery = validate<{ page: number; pageSize: number }>(
  yup.object({
    page: yup.number().integer().min(1).max(100_000).default(1),
    pageSize: yup.number().integer().min(1).max(100).default(25),
  }),
  false
);

/** POST …/start takes no body; anything sent is a client mistake worth naming. */
export const validateStartBody = validate<Record<string, never>>(yup.object({}), true);

const optionalText = (max: number) => yup.string().max(max).nullable();

const entry = yup.object({
  attemptToken: yup.string().max(2048).required(),
  fullName: yup.string().min(2).max(200).required(),
  idNumber: yup
    .string()
    .required()
    .matches(/^\d{12}$/, 'idNumber must be the 12 digits of a citizen ID card (CCCD), as text'),
  email: yup.string().email().max(254).nullable(),
  phone: yup
    .string()
    .matches(/^\+?\d[\d .-]{7,19}$/, 'phone must be a phone number')
    .nullable(),
  organization: optionalText(200),
  province: optionalText(100),
  consent: yup
    .boolean()
    .required('consent is required')
    .oneOf([true], 'consent must be true: personal-data consent (Decree 13/2023/NĐ-CP) is required'),
  answers: yup
    .array(
      yup
        .object({ question: yup.string().max(40).required(), choice: yup.number().integer().min(0).required() })
        .noUnknown()
    )
    .min(1, 'answers must answer the questions')
    .max(500)
    .required('answers is required'),
  prediction: yup
    .number()
    .typeError('prediction must be a non-negative integer')
    .integer('prediction must be a non-negative integer')
    .min(0, 'prediction must be a non-negative integer')
    .max(1_000_000_000)
    .nullable(),
});

export const validateEntryBody = validate<{ data: EntryInput }>(yup.object({ data: entry.noUnknown().required() }), true);
