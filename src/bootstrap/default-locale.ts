import type { Core } from '@strapi/strapi';

export const SOURCE_LOCALE = { code: 'vi', name: 'Tiếng Việt (vi)' };

/** Vietnamese is the source language of every document; i18n creates `en` as default on a new database. */
export async function ensureDefaultLocale(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  if (!(await locales.findByCode(SOURCE_LOCALE.code))) {
    await locales.create(SOURCE_LOCALE);
  }
  if ((await locales.getDefaultLocale()) !== SOURCE_LOCALE.code) {
    await locales.setDefaultLocale({ code: SOURCE_LOCALE.code });
  }
}
