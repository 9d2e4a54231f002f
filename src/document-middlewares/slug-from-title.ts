import type { Core, Modules, Schema, UID } from '@strapi/strapi';

type Middleware = Modules.Documents.Middleware.Middleware;
type WriteParams = { documentId?: string; locale?: string; data?: Record<string, unknown> };

const WRITE_ACTIONS = new Set(['create', 'update']);

const uidFieldsWithTarget = (contentType: Schema.ContentType) =>
  Object.entries(contentType.attributes)
    .filter(([, attribute]) => attribute.type === 'uid' && 'targetField' in attribute && attribute.targetField)
    .map(([field]) => field);

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** An update that adds a locale to an existing document creates that locale's first version. */
async function createsVersion(strapi: Core.Strapi, uid: UID.ContentType, params: WriteParams) {
  if (!params.documentId || !params.locale) return false;
  const versions = await strapi.db.query(uid).count({ where: { documentId: params.documentId, locale: params.locale } });
  return versions === 0;
}

/**
 * Clients of the REST/GraphQL API rarely send a slug; fill it from the title the way the admin's
 * "regenerate" button does (diacritics folded: "Đẩy mạnh" → "day-manh", unique per locale).
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
    const isNewVersion = context.action === 'create' || (await createsVersion(strapi, uid, params));
    for (const field of fields) {
      const mustFill = isNewVersion ? isBlank(data[field]) : field in data && isBlank(data[field]);
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
