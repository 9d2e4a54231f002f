import type { Core, Modules, Schema, UID } from '@strapi/strapi';
import { createsLocalization } from '../locales/versions';

type Middleware = Modules.Documents.Middleware.Middleware;

const WRITE_ACTIONS = new Set(['create', 'update']);

const uidFieldsWithTarget = (contentType: Schema.ContentType) =>
  Object.entries(contentType.attributes)
    .filter(([, attribute]) => attribute.type === 'uid' && 'targetField' in attribute && attribute.targetField)
    .map(([field]) => field);

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Clients of the REST/GraphQL API rarely send a slug; fill it from the title the way the admin's
 * "regenerate" button does (diacritics folded: "Đẩy mạnh" → "day-manh", unique per locale).
 */
export const slugFromTitle =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action)) return next();
    const params = context.params as { data?: Record<string, unknown>; locale?: string; documentId?: string };
    const data = params.data;
    if (!data) return next();

    const fields = uidFieldsWithTarget(context.contentType);
    if (fields.length === 0) return next();
    const creating = context.action === 'create' || (await createsLocalization(strapi, context.uid as UID.ContentType, params));
    for (const field of fields) {
      const mustFill = creating ? isBlank(data[field]) : field in data && isBlank(data[field]);
      if (!mustFill) continue;
      data[field] = await strapi.plugin('content-manager').service('uid').generateUIDField({
        contentTypeUID: context.uid as UID.ContentType,
        field,
        data,
        locale: params.locale,
      });
    }
    return next();
  };
