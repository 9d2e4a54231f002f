import type { Schema } from '@strapi/strapi';
import { fieldError } from './field-error';

/**
 * What a write may carry, checked against the schema before anything else looks at the values:
 * a value of the wrong shape reaching slug generation, content rules or the database answers 500
 * (TypeError, out-of-range integer, NUL byte in PostgreSQL) instead of a 400 naming the field.
 */
export interface ValueLimits {
  /** Items in one repeatable component / dynamic zone without its own `max` in the schema. */
  componentsPerField: number;
  /** Documents or files linked through one relation or media field in one write. */
  relationsPerField: number;
}

type Attributes = Record<string, Schema.Attribute.AnyAttribute>;
type ComponentLookup = (uid: string) => { attributes: Attributes } | undefined;

interface Walk {
  limits: ValueLimits;
  component: ComponentLookup;
}

// Keys that reach Object.prototype when a value is merged into another object.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// Strapi's string, uid and email columns are varchar(255) in PostgreSQL.
const COLUMN_LENGTH = 255;
const INT32 = { min: -2147483648, max: 2147483647 };
const MAX_JSON_DEPTH = 32;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

function assertSafeKey(path: string, key: string) {
  if (FORBIDDEN_KEYS.has(key)) throw fieldError(join(path, key), `"${key}" is not an allowed key`);
}

function assertText(path: string, value: unknown, maxLength?: number): asserts value is string {
  if (typeof value !== 'string') throw fieldError(path, 'must be a string');
  if (value.includes('\u0000')) throw fieldError(path, 'must not contain NUL characters');
  if (maxLength !== undefined && value.length > maxLength) throw fieldError(path, `must be at most ${maxLength} characters`);
}

function assertInteger(path: string, value: unknown, range: { min: number; max: number }) {
  const number = typeof value === 'string' && /^-?\d{1,20}$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number)) throw fieldError(path, 'must be an integer');
  if (number < range.min || number > range.max) throw fieldError(path, `must be between ${range.min} and ${range.max}`);
}

function assertBigInteger(path: string, value: unknown) {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !/^-?\d{1,19}$/.test(text) || BigInt(text) > 2n ** 63n - 1n || BigInt(text) < -(2n ** 63n)) {
    throw fieldError(path, 'must be a 64-bit integer');
  }
}

function assertDecimal(path: string, value: unknown) {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || Math.abs(number) > 1e15) throw fieldError(path, 'must be a finite number');
}

function assertBoolean(path: string, value: unknown) {
  if (typeof value === 'boolean' || value === 0 || value === 1 || value === 'true' || value === 'false') return;
  throw fieldError(path, 'must be true or false');
}

function assertDate(path: string, value: unknown, type: 'date' | 'datetime' | 'time') {
  if (type === 'time') {
    if (typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?$/.test(value)) return;
    throw fieldError(path, 'must be a time (HH:mm[:ss])');
  }
  const date = value instanceof Date ? value : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1 || date.getUTCFullYear() > 9999) {
    throw fieldError(path, type === 'date' ? 'must be a date (YYYY-MM-DD)' : 'must be an ISO 8601 date-time');
  }
}

/** JSON values and blocks: any shape, but no prototype keys, no NUL characters and a bounded depth. */
function assertSafeJson(path: string, value: unknown, depth = 0): void {
  if (depth > MAX_JSON_DEPTH) throw fieldError(path, `must not be nested deeper than ${MAX_JSON_DEPTH} levels`);
  if (typeof value === 'string') return assertText(path, value);
  if (typeof value === 'number' && !Number.isFinite(value)) throw fieldError(path, 'must be a finite number');
  if (Array.isArray(value)) return value.forEach((item, index) => assertSafeJson(join(path, index), item, depth + 1));
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      assertSafeKey(path, key);
      assertText(join(path, key), key);
      assertSafeJson(join(path, key), item, depth + 1);
    }
  }
}

function assertBlocks(path: string, value: unknown) {
  if (!Array.isArray(value)) throw fieldError(path, 'must be a list of blocks');
  value.forEach((block, index) => {
    if (!isPlainObject(block) || typeof block.type !== 'string') throw fieldError(join(path, index), 'must be a block with a type');
  });
  assertSafeJson(path, value);
}

function assertList(path: string, value: unknown, max: number): asserts value is unknown[] {
  if (!Array.isArray(value)) throw fieldError(path, 'must be a list');
  if (value.length > max) throw fieldError(path, `must have at most ${max} items`);
}

type ReferenceKind = 'document' | 'file';
const ID_RANGE = { min: 1, max: INT32.max };

/**
 * A reference to one linked document — id, documentId or `{ id | documentId, locale?, status?, position? }` —
 * or to one uploaded file (its numeric id, or `{ id }`).
 */
function assertReference(path: string, value: unknown, kind: ReferenceKind) {
  if (typeof value === 'number' || (kind === 'file' && typeof value === 'string')) return assertInteger(path, value, ID_RANGE);
  if (typeof value === 'string') return assertText(path, value, COLUMN_LENGTH);
  if (!isPlainObject(value)) throw fieldError(path, kind === 'file' ? 'must be a file id' : 'must be an id, a documentId or { documentId }');
  for (const key of Object.keys(value)) assertSafeKey(path, key);
  if (value.id === undefined && value.documentId === undefined) throw fieldError(path, 'must name an id or a documentId');
  if (value.id !== undefined) assertInteger(join(path, 'id'), value.id, ID_RANGE);
  if (value.documentId !== undefined) assertText(join(path, 'documentId'), value.documentId, COLUMN_LENGTH);
  if (value.locale !== undefined && value.locale !== null) assertText(join(path, 'locale'), value.locale, COLUMN_LENGTH);
}

function assertReferences(path: string, value: unknown, max: number, kind: ReferenceKind) {
  if (value === null) return;
  if (Array.isArray(value)) {
    assertList(path, value, max);
    return value.forEach((item, index) => assertReference(join(path, index), item, kind));
  }
  if (isPlainObject(value) && ['connect', 'disconnect', 'set'].some((key) => key in value)) {
    for (const [key, list] of Object.entries(value)) {
      assertSafeKey(path, key);
      if (!['connect', 'disconnect', 'set', 'options'].includes(key)) throw fieldError(join(path, key), 'must be connect, disconnect or set');
      if (key === 'options') continue;
      const items = Array.isArray(list) ? list : [list];
      assertList(join(path, key), items, max);
      items.forEach((item, index) => assertReference(join(join(path, key), index), item, kind));
    }
    return;
  }
  assertReference(path, value, kind);
}

function checkComponent(path: string, value: unknown, uid: string, walk: Walk) {
  const schema = walk.component(uid);
  if (!isPlainObject(value)) throw fieldError(path, 'must be an object');
  if (value.id !== undefined && value.id !== null) assertInteger(join(path, 'id'), value.id, ID_RANGE);
  if (schema) checkAttributes(path, value, schema.attributes, walk);
}

function checkValue(path: string, value: unknown, attribute: Schema.Attribute.AnyAttribute, walk: Walk): void {
  if (value === null || value === undefined) return;
  const limits = walk.limits;
  switch (attribute.type) {
    case 'string':
    case 'uid':
    case 'email':
    case 'password':
      return assertText(path, value, COLUMN_LENGTH);
    case 'enumeration':
      assertText(path, value, COLUMN_LENGTH);
      if (!attribute.enum.includes(value)) throw fieldError(path, `must be one of: ${attribute.enum.join(', ')}`);
      return;
    case 'text':
    case 'richtext':
      return assertText(path, value);
    case 'integer':
      return assertInteger(path, value, INT32);
    case 'biginteger':
      return assertBigInteger(path, value);
    case 'float':
    case 'decimal':
      return assertDecimal(path, value);
    case 'boolean':
      return assertBoolean(path, value);
    case 'date':
    case 'datetime':
    case 'time':
      return assertDate(path, value, attribute.type);
    case 'timestamp':
      return assertDate(path, value, 'datetime');
    case 'json':
      return assertSafeJson(path, value);
    case 'blocks':
      return assertBlocks(path, value);
    case 'media':
      return attribute.multiple ? assertReferences(path, value, limits.relationsPerField, 'file') : assertReference(path, value, 'file');
    case 'relation':
      return assertReferences(path, value, limits.relationsPerField, 'document');
    case 'component': {
      if (!attribute.repeatable) return checkComponent(path, value, attribute.component, walk);
      assertList(path, value, Math.min(('max' in attribute && attribute.max) || limits.componentsPerField, limits.componentsPerField));
      return value.forEach((item, index) => checkComponent(join(path, index), item, attribute.component, walk));
    }
    case 'dynamiczone':
      assertList(path, value, limits.componentsPerField);
      return value.forEach((item, index) => {
        const component = isPlainObject(item) ? item.__component : undefined;
        if (typeof component !== 'string' || !attribute.components.includes(component as never)) {
          throw fieldError(join(path, index), `must name one of: ${attribute.components.join(', ')} in __component`);
        }
        checkComponent(join(path, index), item, component, walk);
      });
    default:
      return;
  }
}

function checkAttributes(path: string, data: Record<string, unknown>, attributes: Attributes, walk: Walk) {
  for (const [key, value] of Object.entries(data)) {
    assertSafeKey(path, key);
    const attribute = attributes[key];
    // Keys that are no attribute are Strapi's to refuse or ignore; only their names are checked.
    if (attribute) checkValue(join(path, key), value, attribute, walk);
  }
}

/** Throws a 400 naming the first field whose value does not fit its attribute in `attributes`. */
export function assertValueTypes(data: unknown, attributes: Attributes, component: ComponentLookup, limits: ValueLimits): void {
  if (data === undefined || data === null) return;
  if (!isPlainObject(data)) throw fieldError('data', 'must be an object');
  checkAttributes('', data, attributes, { limits, component });
}

/** The most items a list attribute may carry in one write, or undefined for attributes that are no list. */
function listLimit(attribute: Schema.Attribute.AnyAttribute, limits: ValueLimits): number | undefined {
  if (attribute.type === 'relation' || (attribute.type === 'media' && attribute.multiple)) return limits.relationsPerField;
  if (attribute.type === 'dynamiczone') return limits.componentsPerField;
  if (attribute.type === 'component' && attribute.repeatable) {
    return Math.min(('max' in attribute && attribute.max) || limits.componentsPerField, limits.componentsPerField);
  }
  return undefined;
}

const listItems = (value: unknown): unknown[][] =>
  Array.isArray(value) ? [value] : isPlainObject(value) ? ['connect', 'disconnect', 'set'].map((key) => value[key]).filter(Array.isArray) : [];

/**
 * Only the list sizes of a write (components, dynamic zones, relations, media), nested components
 * included. Cheap whatever the body holds, so it can run before Strapi's input sanitizer, which
 * walks every item (20,000 components blocked the event loop for seconds before any check).
 */
export function assertListSizes(data: unknown, attributes: Attributes, component: ComponentLookup, limits: ValueLimits, path = ''): void {
  if (!isPlainObject(data)) return;
  for (const [key, value] of Object.entries(data)) {
    const attribute = attributes[key];
    const max = attribute && listLimit(attribute, limits);
    if (max === undefined) continue;
    for (const items of listItems(value)) {
      if (items.length > max) throw fieldError(join(path, key), `must have at most ${max} items`);
      if (attribute.type !== 'component' && attribute.type !== 'dynamiczone') continue;
      items.forEach((item, index) => {
        const uid = attribute.type === 'component' ? attribute.component : isPlainObject(item) ? item.__component : undefined;
        const schema = typeof uid === 'string' ? component(uid) : undefined;
        if (schema) assertListSizes(item, schema.attributes, component, limits, join(join(path, key), index));
      });
    }
  }
}
