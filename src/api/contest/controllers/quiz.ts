import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../get-service';
import { DuplicateEntryError } from '../quiz/errors';
import {
  validateEntryBody,
  validateLeaderboardQuery,
  validateLocaleQuery,
  validateReceiptParams,
  validateRoundParams,
  validateStartBody,
} from '../validation/quiz';
import { routeParams } from '../../../utils/route-params';

/** Public quiz flow and results (README "Knowledge contests"): validate, call the service, answer. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async round(ctx: Context) {
    const { documentId, key } = await validateRoundParams(routeParams(ctx));
    const { locale } = await validateLocaleQuery(ctx.query);
    ctx.body = { data: await getService(strapi, 'quiz').round(documentId, key, locale) };
  },

  async start(ctx: Context) {
    const { documentId, key } = await validateRoundParams(routeParams(ctx));
    const { locale } = await validateLocaleQuery(ctx.query);
    await validateStartBody(ctx.request.body);
    ctx.created({ data: await getService(strapi, 'quiz').start(documentId, key, locale) });
  },

  async submit(ctx: Context) {
    const { documentId, key } = await validateRoundParams(routeParams(ctx));
    await validateLocaleQuery(ctx.query);
    const { data } = await validateEntryBody(ctx.request.body);
    try {
      ctx.created({ data: await getService(strapi, 'quiz').submit(documentId, key, data, ctx.request.ip) });
    } catch (error) {
      if (!(error instanceof DuplicateEntryError)) throw error;
      ctx.conflict(error.message, error.details as object);
    }
  },

  async leaderboard(ctx: Context) {
    const { documentId, key } = await validateRoundParams(routeParams(ctx));
    const { page, pageSize } = await validateLeaderboardQuery(ctx.query);
    ctx.body = await getService(strapi, 'results').leaderboard(documentId, key, page, pageSize);
  },

  async result(ctx: Context) {
    const { documentId, receipt } = await validateReceiptParams(routeParams(ctx));
    await validateLocaleQuery(ctx.query);
    ctx.body = { data: await getService(strapi, 'results').result(documentId, receipt) };
  },

  async resultsCsv(ctx: Context) {
    const { documentId, key } = await validateRoundParams(routeParams(ctx));
    await validateLocaleQuery(ctx.query);
    const { body, actualEntries } = await getService(strapi, 'results').csv(documentId, key);
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="contest-${documentId}-${key}.csv"`);
    ctx.set('X-Actual-Entries', String(actualEntries));
    ctx.body = body;
  },
});
