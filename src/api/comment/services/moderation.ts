import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldError } from '../../../validation/field-error';
import { COMMENT_UID, commentSettings } from '../settings';
import { lockDocumentRows } from '../../../utils/row-lock';
import type { ModerateData, Page } from '../validation/requests';

/** One abuse report as stored (private): `reporter` is a keyed hash, never an IP or a user id. */
interface Report {
  reporter: string;
  reason: string;
  at: string;
}

type Draft = Record<string, unknown> & { documentId: string; locale: string };

const STATUS_OF = { approve: 'approved', reject: 'rejected', spam: 'spam' } as const;

/** What a moderator reads; the reporters' hashes stay in the database. */
const QUEUE_FIELDS = [
  'documentId',
  'locale',
  'targetType',
  'targetDocumentId',
  'authorName',
  'authorEmail',
  'content',
  'moderationStatus',
  'moderationNote',
  'ipHash',
  'reportCount',
  'reports',
  'createdAt',
  'updatedAt',
];

const reportsOf = (draft: Record<string, unknown>): Report[] => (Array.isArray(draft.reports) ? (draft.reports as Report[]) : []);

const withNote = (existing: unknown, note: string) => [existing, note].filter(Boolean).join('\n');

/**
 * Pre-moderation: the queue (pending and reported comments, oldest first), bulk decisions, and
 * readers' reports that hide an approved comment at the configured threshold. Every comment has a
 * draft; its published version is what readers see, so approving publishes and anything else
 * unpublishes.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = () => strapi.documents(COMMENT_UID);
  const inQueue = { $or: [{ moderationStatus: 'pending' as const }, { reportCount: { $gt: 0 } }] };

  async function draftsOf(documentIds: string[]) {
    return (await comments().findMany({
      locale: '*' as never,
      status: 'draft',
      filters: { documentId: { $in: documentIds } },
      fields: ['documentId', 'locale', 'moderationNote', 'reports', 'reportCount'],
    })) as unknown as Draft[];
  }

  return {
    async queue({ page, pageSize }: Page) {
      const [total, entries] = await Promise.all([
        comments().count({ locale: '*' as never, status: 'draft', filters: inQueue }),
        comments().findMany({
          locale: '*' as never,
          status: 'draft',
          filters: inQueue,
          fields: QUEUE_FIELDS as never,
          populate: { parent: { fields: ['documentId'] } },
          sort: [{ createdAt: 'asc' }, { id: 'asc' }],
          start: (page - 1) * pageSize,
          limit: pageSize,
        }) as unknown as Promise<Draft[]>,
      ]);
      const data = entries.map(({ parent, ...entry }) => ({
        ...entry,
        parent: (parent as { documentId?: string } | null)?.documentId ?? null,
        reports: reportsOf(entry).map(({ reason, at }) => ({ reason, at })),
      }));
      return { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
    },

    /** All or nothing: an unknown documentId refuses the whole batch before anything is written. */
    async moderate({ documentIds, action, note }: ModerateData) {
      const unique = [...new Set(documentIds)];
      const drafts = await draftsOf(unique);
      const missing = unique.filter((documentId) => !drafts.some((draft) => draft.documentId === documentId));
      if (missing.length > 0) throw fieldError('documentIds', `no comment with documentId ${missing.join(', ')}`);

      const moderationStatus = STATUS_OF[action];
      await strapi.db.transaction(async () => {
        for (const { documentId, locale, moderationNote } of drafts) {
          // A decision settles the reports so far; the reporters' keys stay, so no one reports twice.
          const data = { moderationStatus, reportCount: 0, ...(note ? { moderationNote: withNote(moderationNote, note) } : {}) };
          await comments().update({ documentId, locale, data: data as never });
          if (action === 'approve') await comments().publish({ documentId, locale });
          else await comments().unpublish({ documentId, locale });
        }
      });
      return { data: drafts.map(({ documentId, locale }) => ({ documentId, locale, moderationStatus })) };
    },

    /**
     * Records one report per reporter (a keyed hash of the user id or IP) on a visible comment;
     * a repeated report changes nothing. At the threshold the comment goes back to the queue unseen.
     */
    async report(documentId: string, reason: string, reporter: string) {
      const [visible] = (await comments().findMany({
        locale: '*' as never,
        status: 'published',
        filters: { documentId },
        fields: ['documentId', 'locale'],
        limit: 1,
      })) as unknown as Draft[];
      if (!visible) throw new errors.NotFoundError('no published comment with this documentId');

      await strapi.db.transaction(async ({ trx }) => {
        await lockDocumentRows(strapi, trx, COMMENT_UID, documentId);
        const draft = (await draftsOf([documentId])).find((candidate) => candidate.locale === visible.locale) as Draft;
        const reports = reportsOf(draft);
        if (reports.some((report) => report.reporter === reporter)) return;
        const reportCount = Number(draft.reportCount ?? 0) + 1;
        const hide = reportCount >= commentSettings(strapi).reportThreshold;
        const data = {
          reports: [...reports, { reporter, reason, at: new Date().toISOString() }],
          reportCount,
          ...(hide ? { moderationStatus: 'pending', moderationNote: withNote(draft.moderationNote, `[auto] hidden after ${reportCount} reports`) } : {}),
        };
        await comments().update({ documentId, locale: visible.locale, data: data as never });
        if (hide) await comments().unpublish({ documentId, locale: visible.locale });
      });
    },
  };
};
