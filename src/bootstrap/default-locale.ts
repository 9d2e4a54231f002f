import type { Core } from '@strapi/strapi';
import { localesService } from '../locales/i18n-services';
import { displayName, findContentLocale, SOURCE_LOCALE_CODE } from '../locales/registry';

/** Vietnamese is the source language of every document; i18n creates `en` as default on a new database. */
export async function ensureDefaultLocale(strapi: Core.Strapi): Promise<void> {
  const locales = localesService(strapi);
  if (!(await locales.findByCode(SOURCE_LOCALE_CODE))) {
    await locales.create({ code: SOURCE_LOCALE_CODE, name: displayName(findContentLocale(SOURCE_LOCALE_CODE)!) });
  }
  if ((await locales.getDefaultLocale()) !== SOURCE_LOCALE_CODE) {
    await locales.setDefaultLocale({ code: SOURCE_LOCALE_CODE });
  }
}
