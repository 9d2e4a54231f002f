import type { Core, Schema, Struct, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SOURCE_LOCALE_CODE } from '../../../locales/registry';
import { linkedDocumentIds } from '../../../validation/relation-value';
import { TRANSLATABLE_TYPES, type TranslatableName } from '../translatable';
import { modelsOf, translatableContent, translatablePopulate } from '../translatable-content';

type Entry = Record<string, unknown> & { documentId: string };
type OwningRelation = Schema.Attribute.Relation & { target: UID.ContentType; mappedBy?: string; visible?: boolean };

/** The locale already has a version of the document; answered with 409. */
export class TranslationExistsError extends errors.ApplicationError<'ConflictError'> {
  name = 'ConflictError' as const;
}

const isToMany = (attribute: OwningRelation) => /ToMany$/i.test(attribute.relation);

// Owning sides only: writing an inverse side (e.g. a campaign's `articles`) would edit other documents.
const owningRelations = (model: Struct.Schema) =>
  Object.entries(model.attributes).filter(
    (entry): entry is [string, OwningRelation] => {
      const attribute = entry[1] as OwningRelation;
      return attribute.type === 'relation' && Boolean(attribute.target) && !attribute.mappedBy && attribute.visible !== false;
    }
  );

/** "Start translation": a locale's draft prefilled from the `vi` source. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const getModel = modelsOf(strapi);

  /** Links to the target's version in `locale` where it has one; links to nothing there are left out. */
  async function relationsIn(model: Struct.Schema, source: Entry, locale: string) {
    const data: Record<string, string | string[]> = {};
    for (const [field, attribute] of owningRelations(model)) {
      const linked = linkedDocumentIds(source[field]);
      if (linked.length === 0) continue;
      const present = await strapi.documents(attribute.target).findMany({
        locale,
        status: 'draft',
        filters: { documentId: { $in: linked } },
        fields: ['documentId'],
      });
      const available = new Set(present.map((version) => version.documentId));
      const kept = linked.filter((documentId) => available.has(documentId));
      if (isToMany(attribute)) data[field] = kept;
      else if (kept.length > 0) data[field] = kept[0];
    }
    return data;
  }

  /** The source's slugs, made unique within the target locale the way the admin does. */
  async function slugsIn(uid: UID.ContentType, model: Struct.Schema, source: Entry, locale: string) {
    const data: Record<string, string> = {};
    for (const [field, attribute] of Object.entries(model.attributes)) {
      const value = source[field];
      if (attribute.type !== 'uid' || typeof value !== 'string' || !value) continue;
      data[field] = await strapi.plugin('content-manager').service('uid').findUniqueUID({ contentTypeUID: uid, field, value, locale });
    }
    return data;
  }

  return {
    async start(name: TranslatableName, documentId: string, locale: string) {
      const { uid } = TRANSLATABLE_TYPES[name];
      const model = getModel(uid);
      const documents = strapi.documents(uid);
      const populate = translatablePopulate(getModel, model);

      return strapi.db.transaction(async () => {
        const source = (await documents.findOne({
          documentId,
          locale: SOURCE_LOCALE_CODE,
          status: 'draft',
          populate: { ...populate, ...Object.fromEntries(owningRelations(model).map(([field]) => [field, { fields: ['documentId'] }])) },
        })) as Entry | null;
        if (!source) throw new errors.NotFoundError(`contentType ${name} has no document ${documentId} in ${SOURCE_LOCALE_CODE}`);
        if (await documents.findOne({ documentId, locale, status: 'draft', fields: ['documentId'] })) {
          throw new TranslationExistsError(`locale ${locale} already has a version of ${name} document ${documentId}`, { locale, documentId });
        }

        const data = {
          ...translatableContent(getModel, model, source),
          ...(await slugsIn(uid, model, source, locale)),
          ...(await relationsIn(model, source, locale)),
        };
        // `update` in a locale the document lacks creates that locale, copying the shared fields.
        return documents.update({ documentId, locale, status: 'draft', data, populate });
      });
    },
  };
};
