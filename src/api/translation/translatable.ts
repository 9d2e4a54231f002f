import type { UID } from '@strapi/strapi';

/**
 * The content types translators work on, keyed by the plural API name of their REST paths
 * (`/api/news-articles`), which is also how the translation endpoints name them. Comments are
 * left out: each is written in one language by its reader.
 */
export const TRANSLATABLE_TYPES = {
  'news-articles': { uid: 'api::news-article.news-article', titleField: 'title' },
  'official-directives': { uid: 'api::official-directive.official-directive', titleField: 'title' },
  campaigns: { uid: 'api::campaign.campaign', titleField: 'name' },
  contests: { uid: 'api::contest.contest', titleField: 'title' },
} as const satisfies Record<string, { uid: UID.ContentType; titleField: string }>;

export type TranslatableName = keyof typeof TRANSLATABLE_TYPES;
export type TranslatableUid = (typeof TRANSLATABLE_TYPES)[TranslatableName]['uid'];

export const TRANSLATABLE_NAMES = Object.keys(TRANSLATABLE_TYPES) as TranslatableName[];
export const TRANSLATABLE_UIDS: TranslatableUid[] = TRANSLATABLE_NAMES.map((name) => TRANSLATABLE_TYPES[name].uid);

export const isTranslatableUid = (uid: string): uid is TranslatableUid => (TRANSLATABLE_UIDS as string[]).includes(uid);
