import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { createChallenge, randomInt, verifySolution, type Challenge, type Payload } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { fieldError } from '../../../validation/field-error';
import { createRateLimiter } from '../../../utils/rate-limit';
import { commentSettings } from '../settings';

/** The request header carrying the solved challenge: base64 of the ALTCHA payload `{ challenge, solution }`. */
export const CHALLENGE_HEADER = 'x-altcha';

/**
 * Self-hosted proof of work (ALTCHA v2) for anonymous comments: no third party sees the reader.
 * The signing key is derived from DATA_HASH_SECRET, so there is no extra secret to manage.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => commentSettings(strapi).challenge;
  const signingKey = () =>
    crypto
      .createHmac('sha256', strapi.config.get('cchc.dataHashSecret') as string)
      .update('comments:altcha-challenge')
      .digest('hex');
  // A solved challenge is good for one comment: its signature is spent like a one-point rate limit,
  // in Redis when configured, so a replay to another instance is refused too.
  const spent = createRateLimiter(strapi, { name: 'comment-challenge-spent', points: 1, durationSeconds: settings().expiresSeconds });

  const decode = (header: string): Payload | null => {
    try {
      const payload = JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as Payload;
      return payload?.challenge?.parameters && payload.solution ? payload : null;
    } catch {
      return null;
    }
  };

  return {
    isEnabled: () => settings().enabled,

    async issue(): Promise<Challenge> {
      const { maxCounter, cost, expiresSeconds } = settings();
      return createChallenge({
        algorithm: 'SHA-256',
        cost,
        counter: randomInt(Math.ceil(maxCounter / 2), maxCounter),
        deriveKey,
        hmacSignatureSecret: signingKey(),
        expiresAt: Math.floor(Date.now() / 1000) + expiresSeconds,
      });
    },

    /** 400 naming the header unless it holds a valid, unexpired, unused solution. */
    async assertSolved(header: string | undefined): Promise<void> {
      const field = `headers.${CHALLENGE_HEADER}`;
      if (!header) throw fieldError(field, 'a solved challenge from GET /api/comments/challenge is required');
      const payload = decode(header);
      if (!payload) throw fieldError(field, 'not a base64 ALTCHA payload');
      const result = await verifySolution({
        challenge: payload.challenge,
        solution: payload.solution,
        deriveKey,
        hmacSignatureSecret: signingKey(),
      }).catch(() => null);
      if (!result?.verified) throw fieldError(field, result?.expired ? 'the challenge has expired' : 'the challenge is not solved');
      try {
        await spent.consume(payload.challenge.signature ?? '');
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw fieldError(field, 'the challenge has already been used');
        // The store failing is not the reader's fault: the solution itself was valid.
      }
    },
  };
};
