import crypto from 'crypto';

/** What an attempt token records; the server trusts it only because it signed it. */
export interface AttemptClaims {
  contest: string;
  round: string;
  locale: string;
  /** Server clock when the attempt started (ms since epoch): the duration is measured from here. */
  startedAt: number;
  expiresAt: number;
  /** One successful entry per token: stored with the entry under a unique index. */
  nonce: string;
  /** The participant's question order (question keys) when the contest shuffles. */
  order?: string[];
}

export type TokenProblem = 'malformed' | 'forged' | 'expired';

/**
 * The token key is derived from DATA_HASH_SECRET with HMAC and a fixed label rather than read from
 * a secret of its own: one secret less to generate, distribute and rotate, and the label keeps the
 * two uses apart (a token signature is never a valid citizen-data hash, nor the reverse).
 */
export const deriveTokenKey = (dataHashSecret: string) =>
  crypto.createHmac('sha256', dataHashSecret).update('contest-attempt-token/v1').digest();

const mac = (key: Buffer, payload: string) => crypto.createHmac('sha256', key).update(payload).digest('base64url');

export function signAttempt(key: Buffer, claims: AttemptClaims): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${mac(key, payload)}`;
}

const isClaims = (value: unknown): value is AttemptClaims => {
  const claims = value as Partial<AttemptClaims> | null;
  return (
    typeof claims === 'object' &&
    claims !== null &&
    typeof claims.contest === 'string' &&
    typeof claims.round === 'string' &&
    typeof claims.locale === 'string' &&
    typeof claims.nonce === 'string' &&
    Number.isFinite(claims.startedAt) &&
    Number.isFinite(claims.expiresAt) &&
    (claims.order === undefined || (Array.isArray(claims.order) && claims.order.every((key) => typeof key === 'string')))
  );
};

/** The claims of a token this server signed and that has not expired at `now`, or why not. */
export function verifyAttempt(key: Buffer, token: string, now: number): AttemptClaims | TokenProblem {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return 'malformed';
  const expected = Buffer.from(mac(key, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return 'forged';
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return 'malformed';
  }
  if (!isClaims(claims)) return 'malformed';
  return claims.expiresAt <= now ? 'expired' : claims;
}
