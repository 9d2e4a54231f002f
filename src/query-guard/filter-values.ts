import { fieldError } from '../validation/field-error';
import { isObject, listItems, type Json } from './query-shape';

/*
 * Filter operands checked against the attribute they compare with, so a client mistake is a 400
 * naming the parameter instead of a database error (PostgreSQL refuses `id = 'abc'`, integers past
 * 2^31, `LIKE` on a json column). Keys that are not attributes are left to Strapi's validator.
 */

export type FilterAttribute = { type: string; target?: string; component?: string; enum?: string[]; relation?: string };
export type FilterModel = { uid: string; attributes: Record<string, FilterAttribute>; options?: { draftAndPublish?: boolean } };
export type GetModel = (uid: string) => FilterModel | undefined;

const COMPARISON = ['$eq', '$ne', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$between', '$null', '$notNull'];
const TEXT = [...COMPARISON, '$eqi', '$nei', '$contains', '$notContains', '$containsi', '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi'];
const PRESENCE = ['$null', '$notNull'];
const LOGICAL = new Set(['$and', '$or', '$not']);
const EQUALITY = new Set(['$eq', '$ne', '$in', '$notIn']);

const OPERATORS_BY_KIND = {
  text: new Set(TEXT),
  ordered: new Set(COMPARISON),
  boolean: new Set(['$eq', '$ne', '$in', '$notIn', '$null', '$notNull']),
  presence: new Set(PRESENCE),
};
type Kind = keyof typeof OPERATORS_BY_KIND;

const KIND_BY_TYPE: Record<string, Kind> = {
  string: 'text', text: 'text', richtext: 'text', email: 'text', uid: 'text', enumeration: 'text',
  integer: 'ordered', biginteger: 'ordered', float: 'ordered', decimal: 'ordered', id: 'ordered',
  date: 'ordered', datetime: 'ordered', timestamp: 'ordered', time: 'ordered',
  boolean: 'boolean',
};

const ID_ATTRIBUTE: FilterAttribute = { type: 'id' };
const DOCUMENT_ID_ATTRIBUTE: FilterAttribute = { type: 'string' };
const BOOLEAN_INPUTS = new Set<unknown>([true, false, 'true', 'false', 't', 'f', '1', '0', 1, 0]);
const INT32 = 2 ** 31;
const INT64 = BigInt(2) ** BigInt(63);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?$/;
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
const isWholeNumber = (value: unknown) => (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^-?\d{1,25}$/.test(value));
const validDate = (value: string) => {
  const [, year, month, day] = DATE.exec(value.slice(0, 10)) ?? [];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return year !== undefined && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
};

/** Why a single operand does not fit the attribute, or undefined when it does. */
export function operandProblem(value: unknown, attribute: FilterAttribute): string | undefined {
  if (value === null) return undefined;
  if (!isScalar(value)) return 'must be a single value';
  const text = String(value);
  switch (attribute.type) {
    case 'id':
    case 'integer':
      return isWholeNumber(value) && Math.abs(Number(value)) < INT32 ? undefined : `must be a whole number between ${-INT32 + 1} and ${INT32 - 1}`;
    case 'biginteger':
      return isWholeNumber(value) && BigInt(text) < INT64 && BigInt(text) >= -INT64 ? undefined : 'must be a whole number within 64 bits';
    case 'float':
    case 'decimal':
      return DECIMAL.test(text) && Number.isFinite(Number(text)) ? undefined : 'must be a number';
    case 'date':
      return typeof value === 'string' && DATETIME.test(value) && validDate(value) ? undefined : 'must be a date (YYYY-MM-DD)';
    case 'datetime':
    case 'timestamp':
      return typeof value === 'string' && DATETIME.test(value) && validDate(value) && !Number.isNaN(Date.parse(value.replace(' ', 'T')))
        ? undefined
        : 'must be an ISO 8601 date-time';
    case 'time':
      return typeof value === 'string' && TIME.test(value) ? undefined : 'must be a time (HH:mm[:ss])';
    case 'boolean':
      return BOOLEAN_INPUTS.has(value) ? undefined : 'must be true or false';
    default:
      return undefined;
  }
}

function checkOperand(operator: string, operand: unknown, attribute: FilterAttribute, path: string): void {
  const fail = (message: string) => {
    throw fieldError(path, message);
  };
  if (PRESENCE.includes(operator)) {
    if (!BOOLEAN_INPUTS.has(operand)) fail('must be true or false');
    return;
  }
  if (operator === '$in' || operator === '$notIn') {
    (listItems(operand) ?? [operand]).forEach((item, index) => checkOperand('$eq', item, attribute, `${path}.${index}`));
    return;
  }
  if (operator === '$between') {
    const bounds = listItems(operand);
    if (!bounds || bounds.length !== 2) fail('needs exactly two values, e.g. $between[0]=…&$between[1]=…');
    bounds?.forEach((bound, index) => checkOperand('$eq', bound, attribute, `${path}.${index}`));
    return;
  }
  const problem = operandProblem(operand, attribute);
  if (problem) fail(problem);
  if (attribute.type === 'enumeration' && EQUALITY.has(operator) && operand !== null && !attribute.enum?.includes(String(operand))) {
    fail(`must be one of ${attribute.enum?.join(', ')}`);
  }
}

/** A condition on one scalar attribute: a value (implicit `$eq`), a list (implicit `$in`) or operators. */
function checkAttributeCondition(condition: unknown, attribute: FilterAttribute, path: string): void {
  const allowed = OPERATORS_BY_KIND[KIND_BY_TYPE[attribute.type] ?? 'presence'];
  if (!isObject(condition)) {
    const list = listItems(condition);
    if (!allowed.has('$eq')) throw fieldError(path, `${attribute.type} fields can only be filtered with $null or $notNull`);
    if (list) checkOperand('$in', list, attribute, path);
    else checkOperand('$eq', condition, attribute, path);
    return;
  }
  for (const [operator, operand] of Object.entries(condition)) {
    const operatorPath = `${path}.${operator}`;
    if (operator === '$not') {
      checkAttributeCondition(operand, attribute, operatorPath);
    } else if (operator === '$and' || operator === '$or') {
      listItems(operand)?.forEach((item, index) => checkAttributeCondition(item, attribute, `${operatorPath}.${index}`));
    } else if (!operator.startsWith('$')) {
      throw fieldError(operatorPath, `${path.split('.').pop()} is a ${attribute.type} field and has no field ${operator}`);
    } else if (!allowed.has(operator)) {
      throw fieldError(operatorPath, `is not supported on ${attribute.type} fields`);
    } else {
      checkOperand(operator, operand, attribute, operatorPath);
    }
  }
}

/** Filters at the level of one model: attribute names, `id`/`documentId` and logical operators. */
function checkModelFilters(filters: Json, model: FilterModel, getModel: GetModel, path: string, nested: 'relation' | 'component' | 'root'): void {
  for (const [key, value] of Object.entries(filters)) {
    const keyPath = `${path}.${key}`;
    if (LOGICAL.has(key)) {
      const operands = key === '$not' ? [value] : (listItems(value) ?? []);
      operands.forEach((operand, index) => {
        if (!isObject(operand)) throw fieldError(key === '$not' ? keyPath : `${keyPath}.${index}`, 'must be an object of conditions');
        checkModelFilters(operand, model, getModel, key === '$not' ? keyPath : `${keyPath}.${index}`, nested);
      });
    } else if (key.startsWith('$')) {
      // A relation compared directly (`filters[category][$in]=3`) compares its id.
      if (nested === 'relation') checkAttributeCondition({ [key]: value }, ID_ATTRIBUTE, path);
      else if (nested === 'component' && PRESENCE.includes(key)) checkOperand(key, value, ID_ATTRIBUTE, keyPath);
      else throw fieldError(keyPath, nested === 'component' ? 'components are filtered by their fields' : 'an operator must follow a field name');
    } else if (key === 'id') {
      checkAttributeCondition(value, ID_ATTRIBUTE, keyPath);
    } else if (key === 'documentId') {
      checkAttributeCondition(value, DOCUMENT_ID_ATTRIBUTE, keyPath);
    } else if (model.attributes[key]) {
      checkAttributeFilter(value, model.attributes[key], getModel, keyPath);
    }
  }
}

function checkAttributeFilter(value: unknown, attribute: FilterAttribute, getModel: GetModel, path: string): void {
  const target = attribute.type === 'media' ? 'plugin::upload.file' : attribute.type === 'relation' ? attribute.target : attribute.type === 'component' ? attribute.component : undefined;
  if (target === undefined) return checkAttributeCondition(value, attribute, path);

  const targetModel = getModel(target);
  if (!targetModel) return; // morph relations: Strapi's validator refuses them
  const nested = attribute.type === 'component' ? 'component' : 'relation';
  if (isObject(value)) return checkModelFilters(value, targetModel, getModel, path, nested);
  if (nested === 'component') throw fieldError(path, 'components are filtered by their fields, e.g. [field][$eq]=…');
  checkAttributeCondition(value, ID_ATTRIBUTE, path);
}

/** Throws a 400 naming the first filter whose operator or operand does not fit its attribute. */
export function checkFilterValues(filters: Json, model: FilterModel, getModel: GetModel, path = 'filters'): void {
  checkModelFilters(filters, model, getModel, path, 'root');
}
