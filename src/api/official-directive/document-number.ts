/**
 * Vietnamese document numbers ("số ký hiệu", Decree 30/2020/NĐ-CP and 34/2016/NĐ-CP):
 *   normative       seq/year/TYPE-ISSUER   61/2018/NĐ-CP
 *   administrative  seq/TYPE-ISSUER        76/NQ-CP, 23/CT-TTg
 *   official letter seq/ISSUER-UNIT        1886/UBND-NC
 *   law             seq/year/ISSUER        80/2015/QH13
 */
export interface ParsedDocumentNumber {
  sequence: number;
  year: number | null;
  typeCode: string | null;
  issuerCode: string;
  unitCode: string | null;
}

/** Document-type abbreviations from Decree 30/2020/NĐ-CP Appendix III (and normative-document forms). */
export const TYPE_CODES: Record<string, string> = {
  NQ: 'resolution',
  NĐ: 'decree',
  CT: 'directive',
  QĐ: 'decision',
  KH: 'plan',
  ĐA: 'scheme',
  TT: 'circular',
  TTLT: 'circular',
  TB: 'notice',
  QC: 'other',
  QYĐ: 'other',
  HD: 'other',
  BC: 'other',
  CTr: 'plan',
  PA: 'plan',
  L: 'law',
  PL: 'law',
};

const GROUP = '[A-Za-zĐđ0-9]+';
const NUMBER_PATTERN = new RegExp(`^(\\d{1,6})(?:/(\\d{4}))?/(${GROUP}(?:-${GROUP})*)$`);

/** Removes blanks people paste around separators ("76 / NQ - CP" → "76/NQ-CP"). */
export const normalizeDocumentNumber = (raw: string) => raw.trim().replace(/\s*([/-])\s*/g, '$1');

export function parseDocumentNumber(raw: string): ParsedDocumentNumber | null {
  const match = NUMBER_PATTERN.exec(normalizeDocumentNumber(raw));
  if (!match) return null;
  const [, sequence, year, codes] = match;
  const [first, ...rest] = codes.split('-');
  const isTyped = first in TYPE_CODES && rest.length > 0;
  return {
    sequence: Number(sequence),
    year: year ? Number(year) : null,
    typeCode: isTyped ? first : null,
    issuerCode: isTyped ? rest.join('-') : first,
    unitCode: !isTyped && rest.length > 0 ? rest.join('-') : null,
  };
}

/** The documentType a number implies, for clients that do not send one. */
export const documentTypeOf = (parsed: ParsedDocumentNumber): string =>
  parsed.typeCode ? TYPE_CODES[parsed.typeCode] : parsed.unitCode ? 'official_letter' : 'law';
