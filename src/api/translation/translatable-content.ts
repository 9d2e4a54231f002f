import { createHash } from 'crypto';
import type { Core, Schema, Struct, UID } from '@strapi/strapi';

type Attribute = Schema.Attribute.AnyAttribute;
type Entry = Record<string, unknown>;
export type GetModel = (uid: UID.Schema) => Struct.Schema;
export const modelsOf =
  (strapi: Core.Strapi): GetModel =>
  (uid) =>
    strapi.getModel(uid) as Struct.Schema;
export type Populate = { [field: string]: true | { populate: Populate } };

const isLocalized = (attribute: Attribute) =>
  (attribute.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true;

/**
 * What a translator translates: the localized fields, except slugs (each locale derives its own,
 * unique within it) and relations (Strapi 5 links every locale to the target's same-locale version).
 */
export const translatableFields = (model: Struct.Schema) =>
  Object.entries(model.attributes)
    .filter(([, attribute]) => isLocalized(attribute) && attribute.type !== 'uid' && attribute.type !== 'relation')
    .map(([field]) => field);

function populateOf(getModel: GetModel, attribute: Attribute): true | { populate: Populate } | null {
  if (attribute.type === 'media') return true;
  if (attribute.type !== 'component') return null;
  const nested = componentPopulate(getModel, getModel(attribute.component));
  return Object.keys(nested).length > 0 ? { populate: nested } : true;
}

const componentPopulate = (getModel: GetModel, component: Struct.Schema): Populate =>
  Object.fromEntries(
    Object.entries(component.attributes)
      .map(([field, attribute]) => [field, populateOf(getModel, attribute)] as const)
      .filter((entry): entry is [string, true | { populate: Populate }] => entry[1] !== null)
  );

/** The populate that loads every translatable component (deeply) and media field of a type. */
export const translatablePopulate = (getModel: GetModel, model: Struct.Schema): Populate =>
  componentPopulate(getModel, { ...model, attributes: pick(model.attributes, translatableFields(model)) });

const pick = <T>(record: Record<string, T>, keys: string[]) => Object.fromEntries(keys.map((key) => [key, record[key]]));

const fileId = (file: unknown) => (file && typeof file === 'object' ? (file as { id?: unknown }).id : file);

function dataOf(getModel: GetModel, attribute: Attribute, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (attribute.type === 'media') return Array.isArray(value) ? value.map(fileId) : fileId(value);
  if (attribute.type !== 'component') return value;
  const component = getModel(attribute.component);
  return Array.isArray(value) ? value.map((item: Entry) => componentData(getModel, component, item)) : componentData(getModel, component, value as Entry);
}

// Component rows belong to one entry: a copy must not carry their ids, or it would steal them.
const componentData = (getModel: GetModel, component: Struct.Schema, entry: Entry): Entry =>
  Object.fromEntries(
    Object.entries(component.attributes)
      .filter(([field]) => field in entry)
      .map(([field, attribute]) => [field, dataOf(getModel, attribute, entry[field])])
  );

/**
 * The translatable content of a stored entry (loaded with `translatablePopulate`), in the shape a
 * document-service write accepts: components without ids, media as file ids.
 */
export const translatableContent = (getModel: GetModel, model: Struct.Schema, entry: Entry): Entry =>
  componentData(getModel, { ...model, attributes: pick(model.attributes, translatableFields(model)) }, entry);

const sortedKeys = (_key: string, value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;

/** A digest of translatable content that ignores key order (blocks JSON may come back reordered). */
export const contentFingerprint = (content: Entry) => createHash('sha256').update(JSON.stringify(content, sortedKeys)).digest('hex');
