import { factories, type Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { configuredLocaleCodes } from '../../../locales/configured';
import { hashPersonalData } from '../../../utils/data-hash';
import { consumeOrReject, createRateLimiter } from '../../../utils/rate-limit';
import { getService } from '../get-service';
import { CHALLENGE_HEADER } from '../services/challenge';
import { COMMENT_UID, commentSettings } from '../settings';
import {
  validateDocumentIdParam,
  validateModerateBody,
  validateQueueQuery,
  validateReportBody,
  validateSubmitBody,
  validateThreadQuery,
} from '../validation/requests';
import { routeParams } from '../../../utils/route-params';


/** Core comment routes plus readers' submissions, threads, reports and moderation (README "Readers' comments"). */
export default factories.createCoreController(COMMENT_UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const { rateLimit, honeypotField } = commentSettings(strapi);
  const limits = {
    perIp: createRateLimiter(strapi, { name: 'comment-submit-ip', ...rateLimit.perIp }),
    perEmail: createRateLimiter(strapi, { name: 'comment-submit-email', ...rateLimit.perEmail }),
    reportsPerIp: createRateLimiter(strapi, { name: 'comment-report-ip', ...rateLimit.reportsPerIp }),
  };
  const ipHashOf = (ctx: Context) => hashPersonalData(strapi, 'comment-ip', ctx.request.ip);

  return {
    async challenge(ctx: Context) {
      const challenge = getService(strapi, 'challenge');
      if (!challenge.isEnabled()) throw new errors.NotFoundError('comments need no challenge on this server');
      // The bare ALTCHA challenge object, so the ALTCHA widget can use this URL as its `challengeurl`.
      ctx.body = await challenge.issue();
    },

    async submit(ctx: Context) {
      const ipHash = ipHashOf(ctx);
      await consumeOrReject(ctx, limits.perIp, ipHash);
      const { data } = await validateSubmitBody(await configuredLocaleCodes(strapi), honeypotField)(ctx.request.body);
      const challenge = getService(strapi, 'challenge');
      if (challenge.isEnabled() && !ctx.state.user) await challenge.assertSolved(ctx.get(CHALLENGE_HEADER) || undefined);
      await consumeOrReject(ctx, limits.perEmail, hashPersonalData(strapi, 'comment-email', data.authorEmail.trim().toLowerCase()));

      const { documentId } = await getService(strapi, 'submission').submit({ data, ipHash });
      ctx.status = 202;
      ctx.body = { data: { documentId, moderationStatus: 'pending' } };
    },

    async thread(ctx: Context) {
      const query = await validateThreadQuery(await configuredLocaleCodes(strapi))(ctx.query);
      const { data, meta } = await getService(strapi, 'thread').thread(query);
      const model = strapi.getModel(COMMENT_UID);
      const sanitize = async (node: (typeof data)[number]): Promise<Record<string, unknown>> => ({
        ...((await strapi.contentAPI.sanitize.output({ ...node, replies: undefined }, model, { auth: ctx.state.auth })) as object),
        replies: await Promise.all(node.replies.map(sanitize)),
      });
      ctx.body = { data: await Promise.all(data.map(sanitize)), meta };
    },

    async report(ctx: Context) {
      const { documentId } = await validateDocumentIdParam(routeParams(ctx));
      await consumeOrReject(ctx, limits.reportsPerIp, ipHashOf(ctx));
      const { data } = await validateReportBody(ctx.request.body);
      // One report per reader: a signed-in reader by account, anyone else by IP (hashed either way).
      const who = ctx.state.user ? `user:${ctx.state.user.id}` : `ip:${ctx.request.ip}`;
      await getService(strapi, 'moderation').report(documentId, data.reason, hashPersonalData(strapi, 'comment-report', `${documentId}:${who}`));
      ctx.status = 202;
      ctx.body = { data: { documentId, reported: true } };
    },

    async moderationQueue(ctx: Context) {
      ctx.body = await getService(strapi, 'moderation').queue(await validateQueueQuery(ctx.query));
    },

    async moderate(ctx: Context) {
      const { data } = await validateModerateBody(ctx.request.body);
      ctx.body = await getService(strapi, 'moderation').moderate(data);
    },
  };
});
