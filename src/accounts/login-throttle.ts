import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consumeOrReject, createRateLimiter } from '../utils/rate-limit';

export interface LoginLimits {
  /** Separates these counters from another deployment's (or test run's) in a shared Redis. */
  keyPrefix: string;
  windowSeconds: number;
  /** Failed sign-ins of one account from one address. */
  perIpAndAccount: number;
  /** Failed sign-ins of one account from anywhere: slows guessing spread over many addresses. */
  perAccount: number;
  /** Failed sign-ins from one address to any account: slows password spraying, loose for shared NATs. */
  perIp: number;
  /** Other account requests (registration, password reset, e-mail confirmation) from one address. */
  accountRequestsPerIp: number;
}

interface Counter {
  limiter: RateLimiterAbstract;
  key: string;
}

const limiterCache = new WeakMap<Core.Strapi, Map<string, RateLimiterAbstract>>();

function limiter(strapi: Core.Strapi, name: string, points: number): RateLimiterAbstract {
  const limits = strapi.config.get('cchc.loginLimits') as LoginLimits;
  const cache = limiterCache.get(strapi) ?? new Map<string, RateLimiterAbstract>();
  limiterCache.set(strapi, cache);
  const fullName = `${limits.keyPrefix}:${name}`;
  let found = cache.get(fullName);
  if (!found) {
    found = createRateLimiter(strapi, { name: fullName, points, durationSeconds: limits.windowSeconds });
    cache.set(fullName, found);
  }
  return found;
}

const normalizeIdentifier = (identifier: unknown) => (typeof identifier === 'string' ? identifier.trim().toLowerCase().normalize('NFC') : '');

/**
 * Runs one sign-in attempt under three limits (address+account, account, address). Every attempt
 * counts while it runs and a successful one is refunded, so only failures use the limits up and
 * people who sign in often are never slowed. Over a limit → 429 with Retry-After.
 */
export async function throttledSignIn(strapi: Core.Strapi, ctx: Context, realm: string, identifier: unknown, attempt: () => Promise<boolean>): Promise<void> {
  const limits = strapi.config.get('cchc.loginLimits') as LoginLimits;
  const account = `${realm}:${normalizeIdentifier(identifier)}`;
  const counters: Counter[] = [
    { limiter: limiter(strapi, 'login-ip-account', limits.perIpAndAccount), key: `${ctx.request.ip}|${account}` },
    { limiter: limiter(strapi, 'login-account', limits.perAccount), key: account },
    { limiter: limiter(strapi, 'login-ip', limits.perIp), key: `${realm}:${ctx.request.ip}` },
  ];
  for (const counter of counters) await consumeOrReject(ctx, counter.limiter, counter.key);
  let succeeded = false;
  try {
    succeeded = await attempt();
  } finally {
    if (succeeded) await Promise.all(counters.map((counter) => counter.limiter.reward(counter.key, 1).catch(() => undefined)));
  }
}

/** Counts one request to an account endpoint that is not a sign-in (all of them count). */
export async function throttleAccountRequest(strapi: Core.Strapi, ctx: Context): Promise<void> {
  const limits = strapi.config.get('cchc.loginLimits') as LoginLimits;
  await consumeOrReject(ctx, limiter(strapi, 'account-ip', limits.accountRequestsPerIp), ctx.request.ip);
}
