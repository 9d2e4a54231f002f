import type { Core, Schema } from '@strapi/strapi';

export interface IsoLocale {
  code: string;
  name: string;
}

export interface LocaleRow extends IsoLocale {
  id: number;
}

/** The parts of @strapi/i18n's services this project calls. */
export interface LocalesService {
  find(): Promise<LocaleRow[]>;
  findByCode(code: string): Promise<LocaleRow | null>;
  create(locale: { code: string; name: string | null }, options?: { isDefault?: boolean }): Promise<LocaleRow>;
  getDefaultLocale(): Promise<string | undefined>;
  setDefaultLocale(locale: { code: string }): Promise<unknown>;
  update(where: { id: number }, updates: { name: string }): Promise<LocaleRow>;
  setIsDefault<T extends { code: string }>(locale: T): Promise<T & { isDefault: boolean }>;
}

export interface IsoLocalesService {
  /** Every code the admin may add: the registry's languages under their names, then Strapi's list. */
  getIsoLocales(): IsoLocale[];
  /** Strapi's own list, whose names i18n gives the locale it creates on a new database. */
  getBuiltInIsoLocales(): IsoLocale[];
}

export const localesService = (strapi: Core.Strapi) => strapi.plugin('i18n').service<LocalesService>('locales');

/** Locale codes the admin may add (Strapi's ISO list plus the registry, see extend-i18n). */
export const isoLocalesService = (strapi: Core.Strapi) => strapi.plugin('i18n').service<IsoLocalesService>('iso-locales');

export const isLocalizedType = (strapi: Core.Strapi, contentType: Schema.ContentType | undefined): boolean =>
  Boolean(contentType && strapi.plugin('i18n').service('content-types').isLocalizedContentType(contentType));
