import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isLocalizedType } from '../locales/i18n-services';
import { createsLocalization } from '../locales/versions';

type Middleware = Modules.Documents.Middleware.Middleware;

interface AdminState {
  userAbility?: unknown;
  user?: { id: number; roles?: { id: number }[] };
}

interface CreatePermissionChecker {
  cannot: { create(entity: { locale: string; createdBy?: AdminState['user'] }): boolean };
}

/**
 * Strapi CE's content manager checks "create" without the target locale (its own TODO in
 * createDocument), so a translator limited to `tyz` could add a `vi` document or an `hnj`
 * localization. Creating a document or a localization as an admin user requires create permission
 * in that very locale.
 */
export const staffLocaleScope =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (context.action !== 'create' && context.action !== 'update') return next();
    const { userAbility, user } = (strapi.requestContext.get()?.state ?? {}) as AdminState;
    const params = context.params as { documentId?: string; locale?: unknown };
    if (!userAbility || typeof params.locale !== 'string') return next();
    if (!isLocalizedType(strapi, context.contentType)) return next();

    const uid = context.uid as UID.ContentType;
    if (context.action === 'update' && !(await createsLocalization(strapi, uid, params))) return next();

    const checker: CreatePermissionChecker = strapi
      .plugin('content-manager')
      .service('permission-checker')
      .create({ userAbility, model: uid });
    // The entry as it will be: in that locale, created by this user (for "is creator" conditions).
    if (checker.cannot.create({ locale: params.locale, createdBy: user })) {
      throw new errors.ForbiddenError(`You may not create content in locale "${params.locale}"`);
    }
    return next();
  };
