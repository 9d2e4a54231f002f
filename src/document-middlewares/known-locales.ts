import type { Core, Modules } from '@strapi/strapi';
import { configuredLocaleCodes } from '../locales/configured';
import { isLocalizedType } from '../locales/i18n-services';
import { fieldError } from '../validation/field-error';

type Middleware = Modules.Documents.Middleware.Middleware;

/**
 * Strapi answers an unknown locale with an empty list and even creates documents in it
 * (strapi/strapi#27108). Any call naming one locale that is not configured is refused instead;
 * '*', a missing locale (the default) and non-string values keep Strapi's own handling.
 */
export const knownLocales =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    const { locale } = context.params as { locale?: unknown };
    if (typeof locale !== 'string' || locale === '' || locale === '*') return next();
    if (!isLocalizedType(strapi, context.contentType)) return next();

    const codes = await configuredLocaleCodes(strapi);
    if (!codes.includes(locale)) {
      throw fieldError('locale', `"${locale}" is not configured; use one of: ${codes.join(', ')}`);
    }
    return next();
  };
