/**
 * Languages the CMS publishes in (SPEC §4). Codes are BCP 47, using ISO 639-3 where a language has
 * no two-letter code; most are missing from Strapi's built-in list, which src/locales/extend-i18n
 * makes first-class.
 */
export interface ContentLocale {
  code: string;
  /** Vietnamese name, as staff see it in the admin. */
  nameVi: string;
  /** The language's name for itself. */
  nativeName: string;
  /** ISO 15924 script most material is written in. */
  script: string;
  direction: 'ltr' | 'rtl';
}

export const SOURCE_LOCALE_CODE = 'vi';

export const CONTENT_LOCALES: ContentLocale[] = [
  { code: 'vi', nameVi: 'Tiếng Việt', nativeName: 'Tiếng Việt', script: 'Latn', direction: 'ltr' },
  { code: 'tyz', nameVi: 'Tiếng Tày', nativeName: 'Tày', script: 'Latn', direction: 'ltr' },
  { code: 'nut', nameVi: 'Tiếng Nùng', nativeName: 'Nùng', script: 'Latn', direction: 'ltr' },
  { code: 'hnj', nameVi: "Tiếng H'Mông (Hmông Njua)", nativeName: 'Hmoob Ntsuab', script: 'Latn', direction: 'ltr' },
  { code: 'mww', nameVi: "Tiếng H'Mông (Hmông Trắng)", nativeName: 'Hmoob Dawb', script: 'Latn', direction: 'ltr' },
  { code: 'blt', nameVi: 'Tiếng Thái (Thái Đen)', nativeName: 'Tai Dam', script: 'Tavt', direction: 'ltr' },
  { code: 'mtq', nameVi: 'Tiếng Mường', nativeName: 'Mường', script: 'Latn', direction: 'ltr' },
  { code: 'km', nameVi: 'Tiếng Khmer', nativeName: 'ភាសាខ្មែរ', script: 'Khmr', direction: 'ltr' },
  { code: 'cjm', nameVi: 'Tiếng Chăm', nativeName: 'Cham', script: 'Cham', direction: 'ltr' },
  { code: 'rad', nameVi: 'Tiếng Ê Đê', nativeName: 'Klei Êđê', script: 'Latn', direction: 'ltr' },
  { code: 'jra', nameVi: 'Tiếng Gia Rai', nativeName: 'Jarai', script: 'Latn', direction: 'ltr' },
  { code: 'bdq', nameVi: 'Tiếng Ba Na', nativeName: 'Bahnar', script: 'Latn', direction: 'ltr' },
  { code: 'sed', nameVi: 'Tiếng Xơ Đăng', nativeName: 'Xơ Đăng', script: 'Latn', direction: 'ltr' },
  { code: 'kpm', nameVi: 'Tiếng Cơ Ho', nativeName: 'Kơho', script: 'Latn', direction: 'ltr' },
  { code: 'ium', nameVi: 'Tiếng Dao', nativeName: 'Iu Mienh', script: 'Latn', direction: 'ltr' },
  { code: 'en', nameVi: 'Tiếng Anh', nativeName: 'English', script: 'Latn', direction: 'ltr' },
];

export const findContentLocale = (code: string) => CONTENT_LOCALES.find((locale) => locale.code === code);

/** The name Strapi's locale list shows, e.g. "Tiếng Tày (tyz)". */
export const displayName = (locale: ContentLocale) => `${locale.nameVi} (${locale.code})`;
