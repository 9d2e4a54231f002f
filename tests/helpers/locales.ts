import type { TestApp } from './strapi';

/** Makes sure the given locales exist (the content-locales bootstrap step may already have made them). */
export async function ensureLocales(app: TestApp, codes: string[]): Promise<void> {
  const locales = app.strapi.plugin('i18n').service('locales');
  for (const code of codes) {
    if (!(await locales.findByCode(code))) await locales.create({ code, name: code });
  }
}
