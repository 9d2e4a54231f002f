import type { Core } from '@strapi/strapi';

/**
 * Readers' comments: abuse protection and moderation (README "Readers' comments"), read as
 * `strapi.config.get('comments.<key>')`. Word lists are matched after folding (no diacritics, no
 * punctuation inside words), so list each word once, with or without its marks. Leave out words whose
 * folded form is an everyday word (lồn → lớn, cặc → các, đần → dân): they would catch most comments.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  /** Self-hosted proof of work (ALTCHA) required of anonymous submitters. */
  challenge: {
    enabled: env.bool('COMMENT_CHALLENGE', true),
    /** The solver tries counters up to one picked in [max/2, max]: the work a browser does (SHA-256). */
    maxCounter: env.int('COMMENT_CHALLENGE_MAX_COUNTER', 100000),
    /** SHA-256 rounds per counter tried. */
    cost: env.int('COMMENT_CHALLENGE_COST', 1),
    expiresSeconds: env.int('COMMENT_CHALLENGE_EXPIRES_SECONDS', 600),
  },
  /** A field real readers never see or fill; a filled one is stored as spam, answered like success. */
  honeypotField: env('COMMENT_HONEYPOT_FIELD', 'website'),
  rateLimit: {
    perIp: { points: env.int('COMMENT_RATE_LIMIT_IP_POINTS', 5), durationSeconds: env.int('COMMENT_RATE_LIMIT_IP_SECONDS', 60) },
    perEmail: { points: env.int('COMMENT_RATE_LIMIT_EMAIL_POINTS', 5), durationSeconds: env.int('COMMENT_RATE_LIMIT_EMAIL_SECONDS', 600) },
    reportsPerIp: { points: env.int('COMMENT_RATE_LIMIT_REPORT_POINTS', 20), durationSeconds: env.int('COMMENT_RATE_LIMIT_REPORT_SECONDS', 600) },
  },
  /** The same text from the same email within this window is refused. */
  duplicateWindowSeconds: env.int('COMMENT_DUPLICATE_WINDOW_SECONDS', 3600),
  maxLinks: env.int('COMMENT_MAX_LINKS', 2),
  /** Reports at which an approved comment is hidden until a moderator decides. */
  reportThreshold: env.int('COMMENT_REPORT_THRESHOLD', 3),
  /** Marks the comment `spam`. */
  bannedWords: env.array('COMMENT_BANNED_WORDS', ['đm', 'đmm', 'đcm', 'vcl', 'vkl', 'địt', 'địt mẹ', 'đụ má', 'đụ mẹ', 'con mẹ mày', 'fuck']),
  /** Flags the comment for the moderator (it stays pending like every comment). */
  suspectWords: env.array('COMMENT_SUSPECT_WORDS', ['đồ ngu', 'khốn nạn', 'súc vật', 'óc chó', 'cá độ', 'nhà cái', 'casino', 'vay tiền nhanh']),
});
