import type { Core } from '@strapi/strapi';
import { isoLocalesService, localesService } from '../locales/i18n-services';
import { CONTENT_LOCALES, displayName, findContentLocale, SOURCE_LOCALE_CODE } from '../locales/registry';

/**
 * i18n names the locale it creates on a new database (`en`, or STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE)
 * from Strapi's English list, "English (en)", while every other locale and the add-locale dialog use
 * the registry's Vietnamese names. Only that untouched name is replaced: a name staff chose stays.
 */
async function adoptRegistryNameOfInitLocale(strapi: Core.Strapi): Promise<void> {
  const strapiNames = new Map(isoLocalesService(strapi).getBuiltInIsoLocales().map((locale) => [locale.code, locale.name]));
  const locales = localesService(strapi);
  for (const row of await locales.find()) {
    const registryLocale = CONTENT_LOCALES.find((locale) => locale.code === row.code);
    if (registryLocale && row.name === strapiNames.get(row.code) && row.name !== displayName(registryLocale)) {
      await locales.update({ id: row.id }, { name: displayName(registryLocale) });
    }
  }
}

/** Vietnamese is the source language of every document; i18n creates `en` as default on a new database. */
export async function ensureDefaultLocale(strapi: Core.Strapi): Promise<void> {
  const locales = localesService(strapi);
  if (!(await locales.findByCode(SOURCE_LOCALE_CODE))) {
    await locales.create({ code: SOURCE_LOCALE_CODE, name: displayName(findContentLocale(SOURCE_LOCALE_CODE)!) });
  }
  if ((await locales.getDefaultLocale()) !== SOURCE_LOCALE_CODE) {
    await locales.setDefaultLocale({ code: SOURCE_LOCALE_CODE });
  }
  await adoptRegistryNameOfInitLocale(strapi);
}
