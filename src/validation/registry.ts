import type { UID } from '@strapi/strapi';
import { agencyRules } from '../api/agency/validation/agency';
import { campaignRules } from '../api/campaign/validation/campaign';
import { campaignActivityRules } from '../api/campaign-activity/validation/campaign-activity';
import { commentRules } from '../api/comment/validation/comment';
import { contestRules } from '../api/contest/validation/contest';
import { contestEntryRules } from '../api/contest-entry/validation/contest-entry';
import { newsArticleRules } from '../api/news-article/validation/news-article';
import { officialDirectiveRules } from '../api/official-directive/validation/official-directive';
import type { ContentRules } from './types';

export const CONTENT_RULES: Partial<Record<UID.ContentType, ContentRules>> = {
  'api::agency.agency': agencyRules,
  'api::news-article.news-article': newsArticleRules,
  'api::official-directive.official-directive': officialDirectiveRules,
  'api::campaign.campaign': campaignRules,
  'api::campaign-activity.campaign-activity': campaignActivityRules,
  'api::contest.contest': contestRules,
  'api::contest-entry.contest-entry': contestEntryRules,
  'api::comment.comment': commentRules,
};
