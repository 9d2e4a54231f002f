import type { Core } from '@strapi/strapi';
import { findContentLocale, SOURCE_LOCALE_CODE } from '../locales/registry';
import { explorerPermissions, provisionRole } from './admin-roles';
import { contentLocaleCodes } from './content-locales';

/** What translators work on; reference data (agencies, categories …) stays with editors. */
export const TRANSLATED_TYPES = [
  'api::news-article.news-article',
  'api::official-directive.official-directive',
  'api::campaign.campaign',
  'api::contest.contest',
  'api::comment.comment',
];

const languageName = (code: string) => findContentLocale(code)?.nameVi.replace(/^Tiếng /, '') ?? code;

export const translatorRoleName = (code: string) => `Biên dịch viên – ${languageName(code)}`;

/**
 * Per target language: read the `vi` source and its own language, create and edit only its own
 * language. Publishing stays with editors, who review translations first.
 */
const translatorPermissions = (strapi: Core.Strapi, code: string) => [
  ...explorerPermissions(strapi, ['read'], TRANSLATED_TYPES, [SOURCE_LOCALE_CODE, code]),
  ...explorerPermissions(strapi, ['create', 'update'], TRANSLATED_TYPES, [code]),
];

/** One translator role for every configured locale other than the source (CONTENT_LOCALES). */
export async function ensureTranslatorRoles(strapi: Core.Strapi): Promise<void> {
  const targets = contentLocaleCodes(strapi).filter((code) => code !== SOURCE_LOCALE_CODE);
  // One commit for all roles: the admin stores permissions one row at a time.
  await strapi.db.transaction(async () => {
    for (const code of targets) {
      const role = {
        name: translatorRoleName(code),
        code: `cchc-translator-${code}`,
        description: `Dịch nội dung sang tiếng ${languageName(code)} (${code}): đọc bản gốc tiếng Việt, chỉ sửa bản ${code}.`,
      };
      await provisionRole(strapi, role, translatorPermissions(strapi, code));
    }
  });
}
