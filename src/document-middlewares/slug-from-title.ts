import crypto from 'crypto';
import type { Core, Modules, Schema, UID } from '@strapi/strapi';
import slugify from '@sindresorhus/slugify';
import { createsLocalization } from '../locales/versions';

type Middleware = Modules.Documents.Middleware.Middleware;
type WriteParams = { documentId?: string; locale?: string; data?: Record<string, unknown> };

const WRITE_ACTIONS = new Set(['create', 'update']);

const uidFieldsWithTarget = (contentType: Schema.ContentType) =>
  Object.entries(contentType.attributes)
    .flatMap(([field, attribute]) =>
      attribute.type === 'uid' && 'targetField' in attribute && attribute.targetField ? [{ field, targetField: attribute.targetField as string }] : []
    );

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

// The uid column is varchar(255); leave room for the "-12" Strapi appends to make a slug unique.
const SLUG_BASE_LENGTH = 240;
// Invisible characters that survive folding and would make two identical-looking slugs differ.
const ZERO_WIDTH = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** The slug a title folds to, bounded and never empty (an unreadable title gets `<type>-<random>`). */
export function slugBase(title: unknown, modelName: string): string {
  const text = typeof title === 'string' ? title.replace(ZERO_WIDTH, '') : '';
  const folded = slugify(text).slice(0, SLUG_BASE_LENGTH).replace(/-+$/, '');
  return folded || `${slugify(modelName)}-${crypto.randomBytes(3).toString('hex')}`;
}

/**
 * Clients of the REST/GraphQL API rarely send a slug; fill it from the title the way the admin's
 * "regenerate" button does (diacritics folded: "Đẩy mạnh" → "day-manh", zero-width characters dropped, at most 255
 * characters, unique per locale), also
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
    for (const { field, targetField } of fields) {
      const mustFill = creating ? isBlank(data[field]) : field in data && isBlank(data[field]);
      if (!mustFill) continue;
      data[field] = await strapi.plugin('content-manager').service('uid').findUniqueUID({
        contentTypeUID: uid,
        field,
        value: slugBase(data[targetField], context.contentType.modelName),
        locale: params.locale,
      });
    }
    return next();
  };
