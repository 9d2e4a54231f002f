import type { Core, Modules, Schema, UID } from '@strapi/strapi';
import { createsLocalization } from '../locales/versions';

type Middleware = Modules.Documents.Middleware.Middleware;
type WriteParams = { documentId?: string; locale?: string; data?: Record<string, unknown> };

const WRITE_ACTIONS = new Set(['create', 'update']);

const uidFieldsWithTarget = (contentType: Schema.ContentType) =>
  Object.entries(contentType.attributes)
    .filter(([, attribute]) => attribute.type === 'uid' && 'targetField' in attribute && attribute.targetField)
    .map(([field]) => field);

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Clients of the REST/GraphQL API rarely send a slug; fill it from the title the way the admin's
 * "regenerate" button does (diacritics folded: "Đẩy mạnh" → "day-manh", unique per locale), also
 * when an update adds a new locale version of a document.
 */
export const slugFromTitle =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action)) return next();
    const params = context.params as WriteParams;
    const data = params.data;
    const fields = uidFieldsWithTarget(context.contentType);
    if (!data || fields.length === 0) return next();

    const uid = context.uid as UID.ContentType;
    const creating = context.action === 'create' || (await createsLocalization(strapi, uid, params));
    for (const field of fields) {
      const mustFill = creating ? isBlank(data[field]) : field in data && isBlank(data[field]);
      if (!mustFill) continue;
      data[field] = await strapi.plugin('content-manager').service('uid').generateUIDField({
        contentTypeUID: uid,
        field,
        data,
        locale: params.locale,
      });
    }
    return next();
  };
