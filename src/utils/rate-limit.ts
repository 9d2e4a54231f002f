import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { sharedRedis } from './redis';

export interface LimitSpec {
  /** Distinguishes this limit's counters from every other limit's (also in a shared Redis). */
  name: string;
  /** Requests allowed per window. */
  points: number;
  /** Window length. */
  durationSeconds: number;
  /** Once exhausted, refuse for this long instead of until the window ends. */
  blockSeconds?: number;
}

/** A limiter in this process's memory, or in Redis when `REDIS_URL` is set (shared by all instances). */
export function createRateLimiter(strapi: Core.Strapi, spec: LimitSpec): RateLimiterAbstract {
  const options = { keyPrefix: `cchc:rl:${spec.name}`, points: spec.points, duration: spec.durationSeconds, blockDuration: spec.blockSeconds ?? 0 };
  const redis = sharedRedis(strapi);
  return redis ? new RateLimiterRedis({ ...options, storeClient: redis, useRedisPackage: false }) : new RateLimiterMemory(options);
}

/**
 * Counts one request against `key`; over the limit it sets `Retry-After` and throws Strapi's 429
 * RateLimitError. A store failure (Redis down) is not the client's fault and lets the request through.
 */
export async function consumeOrReject(ctx: Context, limiter: RateLimiterAbstract, key: string, points = 1): Promise<void> {
  try {
    await limiter.consume(key, points);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) return;
    const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    ctx.set('Retry-After', String(retryAfter));
    throw new errors.RateLimitError('Too many requests, please try again later.', { retryAfter });
  }
}
