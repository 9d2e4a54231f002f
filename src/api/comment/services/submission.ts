import type { Core, UID } from '@strapi/strapi';
import { SOURCE_LOCALE_CODE } from '../../../locales/registry';
import { fieldError } from '../../../validation/field-error';
import { countLinks, screen } from '../screening';
import { COMMENT_UID, commentSettings } from '../settings';
import type { SubmitData } from '../validation/requests';

type Stored = Record<string, unknown>;

export interface Submission {
  data: SubmitData & Record<string, unknown>;
  ipHash: string;
}

/**
 * A reader's comment: checked against its target, its parent and the abuse rules, then stored as
 * a pending draft for moderators. Rejections are 400s naming the field and write nothing; the
 * verdict of the word lists and the honeypot is never told to the submitter.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = () => strapi.documents(COMMENT_UID);

  async function assertOpenTarget({ targetType, targetDocumentId }: SubmitData, locale: string) {
    const uid = `api::${targetType}.${targetType}` as UID.ContentType;
    const attributes = strapi.contentTypes[uid]?.attributes ?? {};
    if (!('allowComments' in attributes)) throw fieldError('targetType', `${targetType} does not take comments`);
    const target = (await strapi.documents(uid).findOne({
      documentId: targetDocumentId,
      locale,
      status: 'published',
      fields: ['allowComments'] as never,
      populate: ('withdrawal' in attributes ? { withdrawal: true } : {}) as never,
    })) as Stored | null;
    if (!target) throw fieldError('targetDocumentId', `no published ${targetType} ${targetDocumentId} in locale ${locale}`);
    if (target.allowComments === false) throw fieldError('targetDocumentId', 'comments are closed on this document');
    if (target.withdrawal) throw fieldError('targetDocumentId', 'this document has been withdrawn');
  }

  async function assertReplyable(parentId: string, { targetType, targetDocumentId }: SubmitData, locale: string) {
    const parent = (await comments().findOne({
      documentId: parentId,
      locale,
      status: 'published',
      fields: ['targetType', 'targetDocumentId', 'moderationStatus'],
    })) as Stored | null;
    const sameTarget = parent?.targetType === targetType && parent?.targetDocumentId === targetDocumentId;
    if (!sameTarget || parent?.moderationStatus !== 'approved') {
      throw fieldError('parent', 'must be an approved comment on the same document');
    }
  }

  async function assertNotDuplicate(authorEmail: string, content: string) {
    const since = new Date(Date.now() - commentSettings(strapi).duplicateWindowSeconds * 1000);
    const earlier = await comments().count({
      locale: '*' as never,
      status: 'draft',
      filters: { authorEmail, content, createdAt: { $gte: since.toISOString() } },
    });
    if (earlier > 0) throw fieldError('content', 'the same comment was already sent from this email; it awaits moderation');
  }

  const honeypotFilled = (value: unknown) => value !== undefined && value !== null && value !== '';

  return {
    async submit({ data, ipHash }: Submission): Promise<{ documentId: string }> {
      const settings = commentSettings(strapi);
      const locale = data.locale ?? SOURCE_LOCALE_CODE;
      const authorName = data.authorName.trim();
      const authorEmail = data.authorEmail.trim().toLowerCase();
      const content = data.content.trim();

      if (countLinks(content) > settings.maxLinks) throw fieldError('content', `at most ${settings.maxLinks} links`);
      await assertOpenTarget(data, locale);
      if (data.parent) await assertReplyable(data.parent, data, locale);
      await assertNotDuplicate(authorEmail, content);

      const verdict = honeypotFilled(data[settings.honeypotField])
        ? { status: 'spam' as const, flags: ['honeypot filled'] }
        : screen(content, settings, authorName);
      const created = await comments().create({
        locale,
        data: {
          targetType: data.targetType,
          targetDocumentId: data.targetDocumentId,
          authorName,
          authorEmail,
          content,
          ...(data.parent ? { parent: data.parent } : {}),
          moderationStatus: verdict.status,
          moderationNote: verdict.flags.length > 0 ? `[auto] ${verdict.flags.join('; ')}` : null,
          ipHash,
          reports: [],
          reportCount: 0,
        } as never,
      });
      return { documentId: created.documentId };
    },
  };
};
