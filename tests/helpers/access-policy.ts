/**
 * Who may call what on the Content API (REST and GraphQL): the README "Access" table as data.
 *
 * Keys: REST `METHOD /api/path` as Strapi registers it (e.g. `GET /api/news-articles/:id`), GraphQL
 * `Query.<field>` / `Mutation.<field>`. The first rule whose pattern matches a key decides; a key no
 * rule matches is unclassified and fails tests/api/permission-matrix.test.ts, so every new route or
 * GraphQL operation has to be placed here deliberately.
 *
 * "May call" means the caller passes authorization (any answer but 401/403, or a GraphQL answer
 * without FORBIDDEN/UNAUTHORIZED); it says nothing about what the handler then returns.
 */

export const CALLERS = ['public', 'reader', 'translator', 'readOnlyToken', 'fullAccessToken'] as const;
export type Caller = (typeof CALLERS)[number];

const EVERYONE: Caller[] = [...CALLERS];
const FULL_ACCESS: Caller[] = ['fullAccessToken'];
const TOKENS: Caller[] = ['readOnlyToken', 'fullAccessToken'];
const TRANSLATORS: Caller[] = ['translator', 'fullAccessToken'];
const SIGNED_IN_USERS: Caller[] = ['reader', 'translator'];
const SIGNED_IN: Caller[] = [...SIGNED_IN_USERS, 'fullAccessToken'];
/** users-permissions' own sign-in endpoints: open to anyone without credentials. */
const ANONYMOUS: Caller[] = ['public', 'fullAccessToken'];
/** Citizens' participation (comments, contests): every user and full-access tokens; a read-only token covers only find/findOne. */
const PARTICIPANTS: Caller[] = ['public', 'reader', 'translator', 'fullAccessToken'];

export interface AccessRule {
  why: string;
  keys: RegExp;
  callers: Caller[];
}

const alternatives = (names: string[]) => names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** REST collection routes of the given plural API names, e.g. `GET /api/agencies` and `/:id`. */
const restReads = (plurals: string[]) => new RegExp(`^GET /api/(${alternatives(plurals)})(/:id)?$`);
const restWrites = (plurals: string[]) => new RegExp(`^(POST /api/(${alternatives(plurals)})|(PUT|DELETE) /api/(${alternatives(plurals)})/:id)$`);

/** GraphQL reads of a type: `newsArticle`, `newsArticles`, `newsArticles_connection`. */
const graphqlReads = (pairs: [singular: string, plural: string][]) =>
  new RegExp(`^Query\\.(${alternatives(pairs.flatMap(([one, many]) => [one, many, `${many}_connection`]))})$`);
/** GraphQL writes of a type: `createNewsArticle`, `updateNewsArticle`, `deleteNewsArticle`. */
const graphqlWrites = (typeNames: string[]) => new RegExp(`^Mutation\\.(create|update|delete)(${alternatives(typeNames)})$`);

const PUBLIC_READABLE = {
  rest: ['news-articles', 'official-directives', 'campaigns', 'contests', 'agencies', 'categories', 'reform-areas', 'comments'],
  graphql: [
    ['newsArticle', 'newsArticles'],
    ['officialDirective', 'officialDirectives'],
    ['campaign', 'campaigns'],
    ['contest', 'contests'],
    ['agency', 'agencies'],
    ['category', 'categories'],
    ['reformArea', 'reformAreas'],
    ['comment', 'comments'],
  ] as [string, string][],
};
/** Content the public never reads: contest entries hold citizens' data; activities and records are internal. */
const TOKEN_READABLE = {
  rest: ['campaign-activities', 'contest-entries', 'translation-records'],
  graphql: [
    ['campaignActivity', 'campaignActivities'],
    ['contestEntry', 'contestEntries'],
    ['translationRecord', 'translationRecords'],
  ] as [string, string][],
};
const CONTENT_TYPE_NAMES = [
  'NewsArticle', 'OfficialDirective', 'Campaign', 'Contest', 'Agency', 'Category', 'ReformArea', 'Comment',
  'CampaignActivity', 'ContestEntry', 'TranslationRecord',
];

export const ACCESS_RULES: AccessRule[] = [
  // README "Access": Public, readers and translators read published content; tokens read everything.
  { why: 'published content is read by everyone', keys: restReads(PUBLIC_READABLE.rest), callers: EVERYONE },
  { why: 'published content is read by everyone', keys: graphqlReads(PUBLIC_READABLE.graphql), callers: EVERYONE },
  {
    why: 'reader fallback lists are the same reads as the plain lists',
    keys: /^Query\.(newsArticle|newsArticles|officialDirective|officialDirectives|campaign|campaigns|contest|contests)WithFallback$/,
    callers: EVERYONE,
  },
  { why: 'contest entries, campaign activities and translation records are for integrations only', keys: restReads(TOKEN_READABLE.rest), callers: TOKENS },
  { why: 'contest entries, campaign activities and translation records are for integrations only', keys: graphqlReads(TOKEN_READABLE.graphql), callers: TOKENS },
  {
    why: 'every content write is for full-access tokens (staff write in the admin)',
    keys: restWrites([...PUBLIC_READABLE.rest, ...TOKEN_READABLE.rest]),
    callers: FULL_ACCESS,
  },
  { why: 'every content write is for full-access tokens (staff write in the admin)', keys: graphqlWrites(CONTENT_TYPE_NAMES), callers: FULL_ACCESS },

  // README "Translation workflow": the translator role and full-access tokens; never read-only tokens.
  { why: 'translation workflow endpoints', keys: /^(GET|POST) \/api\/translations\//, callers: TRANSLATORS },

  // README "Readers' comments": readers write through the public routes; moderation is for moderators and full-access tokens.
  {
    why: 'readers fetch a challenge, submit, read threads and report comments',
    keys: /^(GET \/api\/comments\/(challenge|thread)|POST \/api\/comments\/(submit|:documentId\/report))$/,
    callers: PARTICIPANTS,
  },
  { why: 'the moderation queue and decisions (moderator role or full-access token)', keys: /^(GET \/api\/comments\/moderation-queue|POST \/api\/comments\/moderate)$/, callers: FULL_ACCESS },

  // README "Knowledge contests": citizens take part without an account; organisers export the ranking.
  {
    why: 'a round, an attempt, an entry, the published leaderboard and one result by receipt are public',
    keys: /^(GET \/api\/contests\/:documentId\/rounds\/:key(\/leaderboard)?|POST \/api\/contests\/:documentId\/rounds\/:key\/(start|entries)|GET \/api\/contests\/:documentId\/results\/:receipt)$/,
    callers: PARTICIPANTS,
  },
  { why: "the organisers' full ranking holds names and units of every participant", keys: /^GET \/api\/contests\/:documentId\/rounds\/:key\/results\.csv$/, callers: FULL_ACCESS },

  // Plugins.
  { why: 'media library listing is an integration read', keys: /^GET \/api\/upload\/files(\/:id)?$/, callers: TOKENS },
  { why: 'media library paging and uploads belong to staff tools', keys: /^(GET \/api\/upload\/files\/page|POST \/api\/upload|DELETE \/api\/upload\/files\/:id)$/, callers: FULL_ACCESS },
  { why: 'media through GraphQL: reads for integrations, writes for staff tools', keys: /^Query\.(uploadFile|uploadFiles|uploadFiles_connection)$/, callers: TOKENS },
  { why: 'media through GraphQL: reads for integrations, writes for staff tools', keys: /^Mutation\.(update|delete)UploadFile$/, callers: FULL_ACCESS },
  { why: 'the locale list is configuration, read by staff tools', keys: /^(GET \/api\/i18n\/locales|Query\.(i18NLocale|i18NLocales))$/, callers: FULL_ACCESS },
  {
    why: 'GraphQL connections and review workflow reads are checked as `find`, which read-only tokens hold for everything',
    keys: /^Query\.(i18NLocales_connection|reviewWorkflowsWorkflows?(_connection)?|reviewWorkflowsWorkflowStages?(_connection)?)$/,
    callers: TOKENS,
  },
  { why: 'content-type schemas are for staff tools', keys: /^GET \/api\/content-type-builder\//, callers: FULL_ACCESS },
  { why: 'sending email is for staff tools', keys: /^POST \/api\/email$/, callers: FULL_ACCESS },
  { why: 'review workflows are changed in the admin', keys: /^Mutation\.(create|update|delete)ReviewWorkflowsWorkflow(Stage)?$/, callers: FULL_ACCESS },

  // users-permissions: accounts.
  {
    why: 'signing in, registering, refreshing and recovering an account need no credentials (REST checks the role: signed-in users have no sign-in permission)',
    keys: /^(POST \/api\/auth\/(local|local\/register|forgot-password|reset-password|send-email-confirmation|refresh)|GET \/api\/auth\/(email-confirmation|:provider\/callback)|GET \/api\/connect\/\(\.\*\))$/,
    callers: ANONYMOUS,
  },
  {
    why: 'the GraphQL account mutations are open to every caller (auth: false in users-permissions)',
    keys: /^Mutation\.(login|register|forgotPassword|resetPassword|emailConfirmation)$/,
    callers: EVERYONE,
  },
  {
    why: 'who am I: only a signed-in user has an answer (an API token is no user: 401)',
    keys: /^(GET \/api\/users\/me|Query\.me)$/,
    callers: SIGNED_IN_USERS,
  },
  {
    why: 'a signed-in user manages their own password and sessions',
    keys: /^(POST \/api\/auth\/(change-password|logout)|GET \/api\/auth\/sessions|DELETE \/api\/auth\/sessions\/:sessionId|Mutation\.changePassword)$/,
    callers: SIGNED_IN,
  },
  {
    why: 'user and role listings are integration reads (read-only tokens read every find/findOne)',
    keys: /^(GET \/api\/users(\/:id)?|GET \/api\/users-permissions\/roles(\/:id)?|Query\.(usersPermissionsUser|usersPermissionsUsers|usersPermissionsUsers_connection|usersPermissionsRole|usersPermissionsRoles|usersPermissionsRoles_connection))$/,
    callers: TOKENS,
  },
  {
    why: 'managing users, roles and permissions is for staff tools',
    keys: /^(GET \/api\/users\/count|(POST|PUT|DELETE) \/api\/users(\/:id)?|(POST|PUT|DELETE) \/api\/users-permissions\/roles(\/:role)?|GET \/api\/users-permissions\/permissions|Mutation\.(create|update|delete)UsersPermissions(User|Role))$/,
    callers: FULL_ACCESS,
  },
];

/** The rule that classifies a key, or undefined when nobody has classified it yet. */
export const ruleFor = (key: string): AccessRule | undefined => ACCESS_RULES.find((rule) => rule.keys.test(key));

export const mayCall = (key: string, caller: Caller): boolean | undefined => ruleFor(key)?.callers.includes(caller);

export type Owner = 'harden-read' | 'harden-write';

/**
 * Cells where the app disagrees with the table today because another branch owns the fix (issue 7).
 * The matrix runs them with `it.failing`: once the fix is merged they pass, `it.failing` reports
 * that, and the entry must be deleted. This list must be EMPTY after integration.
 */
const POSTGRES = process.env.DATABASE_CLIENT === 'postgres' || Boolean(process.env.DATABASE_URL);
const INTEGER_ID_ISSUE = 'issue 7 §4: a non-numeric id of a plugin type with integer ids reaches PostgreSQL (500 / INTERNAL_SERVER_ERROR); SQLite answers 404';

export const KNOWN_ACCESS_FAILURES: { key: string; caller: Caller; owner: Owner; issue: string }[] = [
  ...(POSTGRES
    ? [
        ...[
          'GET /api/upload/files/:id', 'DELETE /api/upload/files/:id', 'GET /api/users/:id', 'PUT /api/users/:id', 'DELETE /api/users/:id',
          'GET /api/users-permissions/roles/:id', 'Mutation.deleteUploadFile', 'Mutation.deleteUsersPermissionsRole',
          'Mutation.deleteUsersPermissionsUser', 'Mutation.updateUsersPermissionsRole', 'Mutation.updateUsersPermissionsUser',
        ].map((key) => ({ key, caller: 'fullAccessToken' as const, owner: 'harden-read' as const, issue: INTEGER_ID_ISSUE })),
        ...['GET /api/upload/files/:id', 'GET /api/users/:id', 'GET /api/users-permissions/roles/:id'].map((key) => ({
          key,
          caller: 'readOnlyToken' as const,
          owner: 'harden-read' as const,
          issue: INTEGER_ID_ISSUE,
        })),
      ]
    : []),
];

export const knownAccessFailure = (key: string, caller: Caller) =>
  KNOWN_ACCESS_FAILURES.find((failure) => failure.key === key && failure.caller === caller);
