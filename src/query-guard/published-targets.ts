import type { FilterAttribute, FilterModel as Model, GetModel } from './filter-values';
import { isObject, listItems, type Json } from './query-shape';

const LOGICAL = new Set(['$and', '$or', '$not']);
const PUBLISHED = { publishedAt: { $notNull: true } };
const targetOf = (attribute: FilterAttribute | undefined) =>
  attribute?.type === 'relation' ? attribute.target : attribute?.type === 'component' ? attribute.component : undefined;

/** A relation compared directly (`[localizations]=3`, `[localizations][$null]=true`) compares its id. */
const asTargetFilter = (value: unknown): Json => {
  if (!isObject(value)) return { id: listItems(value) ? { $in: value } : { $eq: value } };
  const operators = Object.entries(value).filter(([key]) => key.startsWith('$') && !LOGICAL.has(key));
  if (!operators.length) return value;
  const rest = Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith('$') || LOGICAL.has(key)));
  return { ...rest, id: Object.fromEntries(operators) };
};

/**
 * Filters through a relation compare whatever versions the relation joins: `localizations` joins
 * every version of the document (drafts of other locales included), and a relation into a
 * draft-and-publish type may reach drafts. For readers, every such hop also requires the target's
 * published version, so an answer never depends on draft text.
 */
export function requirePublishedTargets(filters: Json, model: Model, getModel: GetModel): Json {
  const rewritten: Json = {};
  for (const [key, value] of Object.entries(filters)) {
    const attribute = model.attributes[key];
    const targetUid = targetOf(attribute);
    const target = targetUid ? getModel(targetUid) : undefined;

    if (LOGICAL.has(key)) {
      const operands = listItems(value);
      rewritten[key] = operands
        ? operands.map((operand) => (isObject(operand) ? requirePublishedTargets(operand, model, getModel) : operand))
        : isObject(value) ? requirePublishedTargets(value, model, getModel) : value;
    } else if (!target) {
      rewritten[key] = value;
    } else if (attribute.type === 'component') {
      rewritten[key] = isObject(value) ? requirePublishedTargets(value, target, getModel) : value;
    } else {
      const inner = requirePublishedTargets(asTargetFilter(value), target, getModel);
      rewritten[key] = !target.options?.draftAndPublish ? inner : 'publishedAt' in inner ? { $and: [inner, PUBLISHED] } : { ...inner, ...PUBLISHED };
    }
  }
  return rewritten;
}

/** The same for the filters of populated relations (`populate[a][filters]…`, `populate[a][populate][b][filters]…`). */
export function requirePublishedInPopulate(populate: unknown, model: Model, getModel: GetModel): unknown {
  if (!isObject(populate)) return populate;
  return Object.fromEntries(
    Object.entries(populate).map(([key, options]) => {
      const targetUid = targetOf(model.attributes[key]);
      const target = targetUid ? getModel(targetUid) : undefined;
      if (!target || !isObject(options)) return [key, options];
      return [
        key,
        {
          ...options,
          ...(isObject(options.filters) ? { filters: requirePublishedTargets(options.filters, target, getModel) } : {}),
          ...(isObject(options.populate) ? { populate: requirePublishedInPopulate(options.populate, target, getModel) } : {}),
        },
      ];
    })
  );
}
