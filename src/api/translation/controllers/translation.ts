import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { translationLocaleCodes } from '../../../locales/configured';
import { getService } from '../get-service';
import { TranslationExistsError } from '../services/start';
import { TRANSLATABLE_TYPES } from '../translatable';
import {
  validateCoverageQuery,
  validateDocumentParams,
  validateReviewParams,
  validateStartParams,
  validateWorklistQuery,
} from '../validation/translation';
import { routeParams } from '../../../utils/route-params';

/** Translation workflow endpoints (README "Translation workflow"): validate, call the service, answer. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const codes = () => translationLocaleCodes(strapi);
  const status = () => getService(strapi, 'status');

  return {
    async worklist(ctx: Context) {
      const query = await validateWorklistQuery(await codes())(ctx.query);
      ctx.body = await status().worklist(query);
    },

    async coverage(ctx: Context) {
      const query = await validateCoverageQuery(await codes())(ctx.query);
      ctx.body = await status().coverage(query);
    },

    async findOne(ctx: Context) {
      const { contentType, documentId } = await validateDocumentParams()(routeParams(ctx));
      ctx.body = await status().ofDocument(contentType, documentId);
    },

    async review(ctx: Context) {
      const { contentType, documentId, locale } = await validateReviewParams(await codes())(routeParams(ctx));
      ctx.body = await status().review(contentType, documentId, locale);
    },

    async start(ctx: Context) {
      const { contentType, documentId, locale } = await validateStartParams(await codes())(routeParams(ctx));
      try {
        const draft = await getService(strapi, 'start').start(contentType, documentId, locale);
        const schema = strapi.getModel(TRANSLATABLE_TYPES[contentType].uid);
        ctx.created({ data: await strapi.contentAPI.sanitize.output(draft, schema, { auth: ctx.state.auth }) });
      } catch (error) {
        if (!(error instanceof TranslationExistsError)) throw error;
        ctx.conflict(error.message, error.details as object);
      }
    },
  };
};
