import type { Core, Plugin } from '@strapi/strapi';
import { configuredLocaleCodes } from './configured';
import { createLocale } from './create-locale';
import type { IsoLocale, IsoLocalesService } from './i18n-services';
import { isoLocalesService } from './i18n-services';
import { CONTENT_LOCALES, displayName } from './registry';

type ServiceFactory = Plugin.LoadedPlugin['services'][string];

/** Strapi's ISO list with the registry's languages first, under the names staff know them by. */
export const withRegistryLocales = (isoLocales: IsoLocale[]): IsoLocale[] => {
  const registryCodes = new Set(CONTENT_LOCALES.map((locale) => locale.code));
  return [
    ...CONTENT_LOCALES.map((locale) => ({ code: locale.code, name: displayName(locale) })),
    ...isoLocales.filter((locale) => !registryCodes.has(locale.code)),
  ];
};

const resolveService = (factory: ServiceFactory, strapi: Core.Strapi) =>
  (typeof factory === 'function' ? factory({ strapi }) : factory) as IsoLocalesService;

/**
 * i18n's GET /i18n/iso-locales, which fills the admin's "Add new locale" dialog: only the languages
 * not configured yet. Asked on every request because locales are added and deleted at run time.
 */
const listAddableLocales: Core.ControllerHandler = async (ctx) => {
  const configured = new Set(await configuredLocaleCodes(strapi));
  ctx.body = isoLocalesService(strapi)
    .getIsoLocales()
    .filter((locale) => !configured.has(locale.code));
};

/**
 * i18n offers and accepts only its built-in ISO list, which lacks most of our languages. Its
 * iso-locales service feeds the admin's "add locale" list; its create-locale validation is fixed at
 * load time from the same list, so createLocale is replaced by one that asks the service.
 */
export function extendI18n(plugin: Plugin.LoadedPlugin): Plugin.LoadedPlugin {
  const builtIn = plugin.services['iso-locales'];
  plugin.services['iso-locales'] = ({ strapi }: { strapi: Core.Strapi }): IsoLocalesService => {
    const strapiLocales = resolveService(builtIn, strapi).getIsoLocales();
    const locales = withRegistryLocales(strapiLocales);
    return { getIsoLocales: () => locales, getBuiltInIsoLocales: () => strapiLocales };
  };

  (plugin.controllers['iso-locales'] as Core.Controller).listIsoLocales = listAddableLocales;
  (plugin.controllers.locales as Core.Controller).createLocale = createLocale;
  return plugin;
}
