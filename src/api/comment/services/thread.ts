import type { Core } from '@strapi/strapi';
import { SOURCE_LOCALE_CODE } from '../../../locales/registry';
import { COMMENT_UID } from '../settings';
import type { ThreadQuery } from '../validation/requests';

/** What a reader sees of a comment; nothing private is ever loaded. */
const PUBLIC_FIELDS = ['documentId', 'locale', 'authorName', 'content', 'createdAt'] as const;
const OLDEST_FIRST = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];
/** Replies of replies are fetched one level per query; deeper threads than this are cut. */
const MAX_DEPTH = 8;

type Entry = Record<string, unknown> & { documentId: string; parent?: { documentId: string } | null };
export type ThreadComment = Record<string, unknown> & { documentId: string; replies: ThreadComment[] };

/**
 * The approved (published) comments of one document as a thread: a page of top-level comments,
 * oldest first, each with its replies nested beneath it. A fixed number of queries per page
 * (two counts, the page, one per reply level), never one per comment.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = () => strapi.documents(COMMENT_UID);

  return {
    async thread({ targetType, targetDocumentId, locale = SOURCE_LOCALE_CODE, page, pageSize }: ThreadQuery) {
      const ofTarget = { targetType, targetDocumentId };
      const topLevel = { ...ofTarget, parent: { id: { $null: true } } };
      const base = { locale, status: 'published' as const, fields: [...PUBLIC_FIELDS] };

      const [total, approvedCount] = await Promise.all([
        comments().count({ locale, status: 'published', filters: topLevel }),
        comments().count({ locale, status: 'published', filters: ofTarget }),
      ]);
      const roots = (await comments().findMany({
        ...base,
        filters: topLevel,
        sort: OLDEST_FIRST,
        start: (page - 1) * pageSize,
        limit: pageSize,
      })) as unknown as Entry[];

      const nodes = new Map<string, ThreadComment>();
      const toNode = (entry: Entry): ThreadComment => {
        const { parent, ...rest } = entry;
        const node = { ...rest, replies: [] };
        nodes.set(entry.documentId, node);
        return node;
      };
      const data = roots.map(toNode);

      let level = roots.map((entry) => entry.documentId);
      for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth += 1) {
        const replies = (await comments().findMany({
          ...base,
          filters: { ...ofTarget, parent: { documentId: { $in: level } } },
          populate: { parent: { fields: ['documentId'] } },
          sort: OLDEST_FIRST,
        })) as unknown as Entry[];
        for (const reply of replies) nodes.get(reply.parent?.documentId ?? '')?.replies.push(toNode(reply));
        level = replies.map((reply) => reply.documentId);
      }

      return {
        data,
        meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total }, approvedCount },
      };
    },
  };
};
