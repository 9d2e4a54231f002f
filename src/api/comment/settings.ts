import type { Core } from '@strapi/strapi';
import type commentsConfig from '../../../config/comments';

export type CommentSettings = ReturnType<typeof commentsConfig>;

/** config/comments.ts as loaded (environment applied). */
export const commentSettings = (strapi: Core.Strapi) => strapi.config.get('comments') as CommentSettings;

export const COMMENT_UID = 'api::comment.comment' as const;
