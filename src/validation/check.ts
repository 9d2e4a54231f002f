import { validateYupSchema, yup } from '@strapi/utils';
import type { DocumentData } from './types';

export { yup };

/** Runs a yup schema over a document; failures become Strapi ValidationErrors listing each path. */
export const checkSchema = async (schema: yup.AnyObjectSchema, document: DocumentData) => {
  await validateYupSchema(schema, { strict: false, abortEarly: false })(document);
};

/** A date (or datetime) field that must not be earlier (or, with `strictlyAfter`, not equal). */
export const notBefore = (field: string, otherField: string, message: string, strictlyAfter = false) =>
  yup
    .mixed()
    .nullable()
    .test(field, message, function check(value) {
      const other = this.parent[otherField];
      if (!value || !other) return true;
      const [own, base] = [new Date(value as string).getTime(), new Date(other).getTime()];
      return strictlyAfter ? own > base : own >= base;
    });

export const httpUrl = (field: string) =>
  yup
    .string()
    .nullable()
    .test(field, `${field} must be an http(s) URL`, (value) => {
      if (!value) return true;
      try {
        return ['http:', 'https:'].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    });
