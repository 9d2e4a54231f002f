import type { Data } from '@strapi/strapi';
import { checkSchema, notBefore, yup } from '../../../validation/check';
import { fieldError } from '../../../validation/field-error';
import { linkedDocumentIds } from '../../../validation/relation-value';
import type { ContentRules, DocumentData, RuleContext } from '../../../validation/types';
import { documentTypeOf, normalizeDocumentNumber, parseDocumentNumber } from '../document-number';

type Directive = Data.ContentType<'api::official-directive.official-directive'>;

const UID = 'api::official-directive.official-directive';

const schema = yup.object({
  effectiveDate: yup
    .mixed()
    .nullable()
    .test('effectiveDate', 'effectiveDate must be on or after issuedDate (set retroactive for back-dated effect)', function check(value) {
      const { issuedDate, retroactive } = this.parent;
      return !value || !issuedDate || retroactive === true || new Date(value as string) >= new Date(issuedDate);
    }),
  expiryDate: notBefore('expiryDate', 'effectiveDate', 'expiryDate must be on or after effectiveDate'),
});

const yearOf = (date: unknown) => (date ? new Date(date as string).getUTCFullYear() : null);

/** A number is unique per issuing agency and year (the same "76/NQ-CP" may recur in another year). */
async function assertNumberUnique(document: DocumentData, { strapi, documentId }: RuleContext) {
  const others = (await strapi.db.query(UID).findMany({
    where: { documentNumber: document.documentNumber, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
    select: ['documentId', 'issuedDate', 'year'],
    populate: { issuingAgency: { select: ['documentId'] } },
  })) as (Pick<Directive, 'documentId' | 'issuedDate' | 'year'> & { issuingAgency?: { documentId: string } | null })[];

  const agency = linkedDocumentIds(document.issuingAgency)[0];
  const year = (document.year as number | null) ?? yearOf(document.issuedDate);
  const clash = others.find(
    (other) => (other.year ?? yearOf(other.issuedDate)) === year && (other.issuingAgency?.documentId ?? undefined) === agency
  );
  if (clash) {
    throw fieldError('documentNumber', `${document.documentNumber} already exists for this issuing agency in ${year} (document ${clash.documentId})`);
  }
}

export const officialDirectiveRules: ContentRules = {
  derive(data) {
    const raw = data.documentNumber;
    if (typeof raw !== 'string') return;
    data.documentNumber = normalizeDocumentNumber(raw);
    const parsed = parseDocumentNumber(raw);
    if (!parsed) return;
    Object.assign(data, parsed);
    data.documentType ??= documentTypeOf(parsed);
  },

  async validate(document, context) {
    if (typeof document.documentNumber === 'string' && !parseDocumentNumber(document.documentNumber)) {
      throw fieldError(
        'documentNumber',
        'must look like 76/NQ-CP, 61/2018/NĐ-CP or 1886/UBND-NC (number/[year/]CODE-CODE, no spaces inside codes)'
      );
    }
    await checkSchema(schema, document);
    if (document.documentNumber) await assertNumberUnique(document, context);
  },

  requiredRelations: ['issuingAgency'],
  populate: { issuingAgency: { fields: ['documentId'] } },
};
