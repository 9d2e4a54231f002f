import type { Core } from '@strapi/strapi';
import { requestMayReadDrafts } from '../document-middlewares/published-only-for-readers';
import { fieldError } from '../validation/field-error';
import { checkFilterValues, type FilterModel, type GetModel } from './filter-values';
import { requirePublishedInPopulate, requirePublishedTargets } from './published-targets';
import { queryLimits } from './limits';
import { checkQueryShape, isObject, type Json } from './query-shape';

type ValidateQuery = Core.Strapi['contentAPI']['validate']['query'];
type SanitizeQuery = Core.Strapi['contentAPI']['sanitize']['query'];

/** Filters inside `populate[relation][filters]` compare the relation's target, checked likewise. */
function checkPopulateFilters(populate: unknown, model: FilterModel, getModel: GetModel, path: string): void {
  if (!isObject(populate)) return;
  for (const [key, options] of Object.entries(populate)) {
    const attribute = model.attributes[key];
    const targetUid = attribute?.type === 'media' ? 'plugin::upload.file' : (attribute?.target ?? attribute?.component);
    const target = targetUid ? getModel(targetUid) : undefined;
    if (!target || !isObject(options)) continue;
    if (isObject(options.filters)) checkFilterValues(options.filters, target, getModel, `${path}.${key}.filters`);
    checkPopulateFilters(options.populate, target, getModel, `${path}.${key}.populate`);
  }
}

/** Sorting by a translation's fields would order published items by their drafts' text. */
function rejectSortByLocalizations(sort: unknown): void {
  const text = JSON.stringify(sort ?? '');
  if (/(^|[^A-Za-z0-9_])localizations([^A-Za-z0-9_]|$)/.test(text)) throw fieldError('sort', 'cannot sort by localizations');
}

/**
 * Every Content API read (core REST controllers, the fallback routes, GraphQL resolvers including
 * nested relation fields) passes its query through `strapi.contentAPI.validate.query` and then
 * `sanitize.query`, so the guard sits there. Validation: bounds on the query's shape, operands
 * against attribute types, then Strapi's own traversals. Sanitizing: for readers, filters through
 * relations compare only published targets (GraphQL relation fields load with `db.query`, past
 * any document-service middleware).
 */
export function guardContentApiQueries(strapi: Core.Strapi): void {
  const { validate, sanitize } = strapi.contentAPI;
  const strapiValidateQuery: ValidateQuery = validate.query;
  const strapiSanitizeQuery: SanitizeQuery = sanitize.query;
  const getModel: GetModel = (uid) => strapi.getModel(uid as never) as FilterModel | undefined;

  validate.query = async (query, schema, options) => {
    const parsed = query as Json;
    checkQueryShape(parsed, queryLimits(strapi));
    const model = schema as unknown as FilterModel;
    if (isObject(parsed.filters)) checkFilterValues(parsed.filters, model, getModel);
    checkPopulateFilters(parsed.populate, model, getModel, 'populate');
    if (!requestMayReadDrafts(strapi)) rejectSortByLocalizations(parsed.sort);
    return strapiValidateQuery(query, schema, options);
  };

  sanitize.query = async (query, schema, options) => {
    const sanitized = (await strapiSanitizeQuery(query, schema, options)) as Json;
    if (requestMayReadDrafts(strapi)) return sanitized;
    const model = schema as unknown as FilterModel;
    return {
      ...sanitized,
      ...(isObject(sanitized.filters) ? { filters: requirePublishedTargets(sanitized.filters, model, getModel) } : {}),
      ...(isObject(sanitized.populate) ? { populate: requirePublishedInPopulate(sanitized.populate, model, getModel) } : {}),
    };
  };
}
