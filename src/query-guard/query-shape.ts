import { fieldError } from '../validation/field-error';
import type { QueryLimits } from './limits';

/*
 * Schema-free bounds on a parsed Content API query, checked before Strapi's own validators and
 * sanitizers walk it: their populate traversal doubles its work per level (a 100-segment populate
 * blocked the event loop for minutes), and wide filters become wide SQL.
 */

export type Json = Record<string, unknown>;
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** qs turns a list longer than its arrayLimit into an object with numeric keys; both are lists here. */
export const listItems = (value: unknown): unknown[] | undefined =>
  Array.isArray(value) ? value : isObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key)) ? Object.values(value) : undefined;

const LOGICAL_OPERATORS = new Set(['$and', '$or']);
const LIST_OPERATORS = new Set(['$in', '$notIn']);
const MAX_INT32 = 2 ** 31 - 1;

export function checkQueryShape(query: Json, limits: QueryLimits): void {
  rejectNulBytes(query, '');
  if (query.populate !== undefined) checkPopulate(query.populate, limits);
  if (query.filters !== undefined) checkFilterShape(query.filters, limits);
  checkPagination(query);
}

/** NUL bytes end strings in C libraries and are refused by PostgreSQL text columns. */
function rejectNulBytes(value: unknown, path: string): void {
  if (typeof value === 'string' && value.includes('\0')) throw fieldError(path || 'query', 'must not contain NUL characters');
  if (typeof value !== 'object' || value === null) return;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = path ? `${path}.${key}` : key;
    if (key.includes('\0')) throw fieldError(path || 'query', 'must not contain NUL characters');
    rejectNulBytes(item, itemPath);
  }
}

/* ----- populate ----- */

const POPULATE_OPTIONS = new Set(['fields', 'filters', 'sort', 'populate', 'on', 'count']);

/** Populate paths as dotted strings (`a`, `a.b`, `a.b.c`): their number is the populate count, their longest the depth. */
function populatePaths(populate: unknown, prefix: string, limits: QueryLimits, into: Set<string>): void {
  const add = (path: string) => {
    const depth = path.split('.').length;
    if (depth > limits.maxPopulateDepth) throw fieldError('populate', `nests deeper than ${limits.maxPopulateDepth} relations`);
    into.add(path);
    if (into.size > limits.maxPopulateCount) throw fieldError('populate', `asks for more than ${limits.maxPopulateCount} relations`);
  };
  const join = (segment: string) => (prefix ? `${prefix}.${segment}` : segment);

  if (populate === undefined || populate === null || populate === false || populate === 'false') return;
  if (typeof populate === 'string') {
    for (const path of populate.split(',').filter(Boolean)) {
      const segments = path.split('.');
      segments.forEach((_, index) => add(join(segments.slice(0, index + 1).join('.'))));
    }
    return;
  }
  const items = listItems(populate);
  if (items) {
    items.forEach((item) => populatePaths(item, prefix, limits, into));
    return;
  }
  if (!isObject(populate)) throw fieldError(prefix ? `populate.${prefix}` : 'populate', 'must be a relation name, a list of them or an object');

  for (const [key, value] of Object.entries(populate)) {
    if (value === false || value === 'false') continue;
    const path = join(key);
    add(path);
    if (!isObject(value)) continue;
    if (value.filters !== undefined) checkFilterShape(value.filters, limits, `populate.${path}.filters`);
    if (value.populate !== undefined) populatePaths(value.populate, path, limits, into);
    // Dynamic zones: `populate[zone][on][component.uid][populate]…`, one level per component.
    if (isObject(value.on)) {
      for (const [component, options] of Object.entries(value.on)) {
        if (isObject(options) && options.populate !== undefined) populatePaths(options.populate, `${path}.${component}`, limits, into);
      }
    }
    // Anything else is not a populate option; Strapi judges it, but it still counts as nesting here.
    const other = Object.entries(value).filter(([option]) => !POPULATE_OPTIONS.has(option));
    if (other.length) populatePaths(Object.fromEntries(other), path, limits, into);
  }
}

export function checkPopulate(populate: unknown, limits: QueryLimits): void {
  populatePaths(populate, '', limits, new Set());
}

/* ----- filters ----- */

export function checkFilterShape(filters: unknown, limits: QueryLimits, path = 'filters'): void {
  if (!isObject(filters)) throw fieldError(path, 'must be an object of conditions, e.g. filters[title][$eq]=…');
  const counter = { conditions: 0 };
  walkFilter(filters, path, 1, limits, counter);
}

/** Depth counts every key of the path, list positions included, as brackets do: `filters[$or][0][title][$eq]` is 4. */
function walkFilter(node: Json, path: string, depth: number, limits: QueryLimits, counter: { conditions: number }): void {
  for (const [key, value] of Object.entries(node)) {
    const keyPath = `${path}.${key}`;
    if (depth > limits.maxFilterDepth) throw fieldError(path.split('.')[0], `nests deeper than ${limits.maxFilterDepth} levels`);
    counter.conditions += 1;
    if (counter.conditions > limits.maxFilterConditions) {
      throw fieldError(path.split('.')[0], `has more than ${limits.maxFilterConditions} conditions`);
    }
    if (LOGICAL_OPERATORS.has(key)) {
      const operands = listItems(value);
      if (!operands || operands.some((operand) => !isObject(operand))) {
        throw fieldError(keyPath, `must be a list of conditions, e.g. ${key}[0][title][$eq]=…`);
      }
      if (operands.length > limits.maxLogicalOperands) throw fieldError(keyPath, `has more than ${limits.maxLogicalOperands} conditions`);
      operands.forEach((operand, index) => walkFilter(operand as Json, `${keyPath}.${index}`, depth + 2, limits, counter));
      continue;
    }
    const list = listItems(value);
    if (list) {
      const max = limits.maxInValues;
      if (list.length > max) throw fieldError(keyPath, `has more than ${max} values`);
      if (!LIST_OPERATORS.has(key) || list.some(isObject)) {
        list.forEach((item, index) => isObject(item) && walkFilter(item, `${keyPath}.${index}`, depth + 2, limits, counter));
      }
      continue;
    }
    if (isObject(value)) walkFilter(value, keyPath, depth + 1, limits, counter);
  }
}

/* ----- pagination ----- */

const PAGINATION_MINIMUM: Record<string, number> = { page: 1, pageSize: -1, start: 0, limit: -1 };

/** Page numbers and offsets as whole numbers in the range SQL offsets and limits take. */
function checkPagination(query: Json): void {
  const fields: [string, unknown][] = [
    ...(isObject(query.pagination) ? Object.entries(query.pagination).map(([key, value]): [string, unknown] => [`pagination.${key}`, value]) : []),
    ['start', query.start],
    ['limit', query.limit],
  ];
  if (query.pagination !== undefined && !isObject(query.pagination)) throw fieldError('pagination', 'must be an object, e.g. pagination[page]=2');
  for (const [path, value] of fields) {
    const key = path.split('.').pop() as string;
    if (value === undefined || !(key in PAGINATION_MINIMUM)) continue;
    const number = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d{1,12}$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(number) || number < PAGINATION_MINIMUM[key] || number > MAX_INT32) {
      throw fieldError(path, `must be a whole number from ${PAGINATION_MINIMUM[key]} to ${MAX_INT32}`);
    }
  }
}
