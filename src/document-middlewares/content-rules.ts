import type { Core, Modules, UID } from '@strapi/strapi';
import { fieldError } from '../validation/field-error';
import { assertMediaKinds } from '../validation/media-kinds';
import { CONTENT_RULES } from '../validation/registry';
import { linksSomething } from '../validation/relation-value';
import type { ContentRules, DocumentData, RuleContext } from '../validation/types';

type Middleware = Modules.Documents.Middleware.Middleware;
type WriteParams = { documentId?: string; locale?: string; status?: string; data?: DocumentData };

const WRITE_ACTIONS = new Set(['create', 'update', 'publish']);

async function loadStored(strapi: Core.Strapi, uid: UID.ContentType, params: WriteParams, rules: ContentRules, draftAndPublish: boolean) {
  if (!params.documentId) return {};
  const stored = await strapi.documents(uid).findOne({
    documentId: params.documentId,
    locale: params.locale,
    ...(draftAndPublish ? { status: 'draft' as const } : {}),
    populate: rules.populate as never,
  });
  return (stored ?? {}) as DocumentData;
}

function assertRequiredRelations(rules: ContentRules, document: DocumentData) {
  for (const relation of rules.requiredRelations ?? []) {
    if (!linksSomething(document[relation])) throw fieldError(relation, `${relation} is required`);
  }
}

/**
 * Field rules the schema cannot express (date order, URLs, media kinds, required relations, derived
 * fields), enforced for every writer: REST, GraphQL, the admin and our own services alike.
 */
export const contentRules =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action)) return next();
    const params = context.params as WriteParams;
    const rules = CONTENT_RULES[context.uid as UID.ContentType];
    const data = params.data ?? {};
    await assertMediaKinds(strapi, context.contentType, data);
    if (!rules) return next();

    rules.derive?.(data);
    const draftAndPublish = Boolean(context.contentType.options?.draftAndPublish);
    const stored = context.action === 'create' ? {} : await loadStored(strapi, context.uid as UID.ContentType, params, rules, draftAndPublish);
    const document = { ...stored, ...data };
    const ruleContext: RuleContext = {
      strapi,
      uid: context.uid as UID.ContentType,
      action: context.action as RuleContext['action'],
      documentId: params.documentId,
      locale: params.locale,
    };

    if (context.action !== 'publish') await rules.validate?.(document, ruleContext);
    const publishing = context.action === 'publish' || params.status === 'published' || !draftAndPublish;
    if (publishing) {
      assertRequiredRelations(rules, document);
      rules.assertPublishable?.(document);
    }
    return next();
  };
