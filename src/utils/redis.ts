import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';

const clients = new WeakMap<Core.Strapi, Redis>();

/**
 * The Redis connection through which several instances share state (rate limits, caches, locks), or
 * null when `REDIS_URL` is unset: then such state stays in this process's memory. One client per
 * Strapi instance; `closeSharedRedis` (the app's destroy step) closes it.
 */
export function sharedRedis(strapi: Core.Strapi): Redis | null {
  const url = strapi.config.get('cchc.redisUrl') as string | undefined;
  if (!url) return null;
  let client = clients.get(strapi);
  if (!client) {
    client = new Redis(url, { maxRetriesPerRequest: 2 });
    client.on('error', (error) => strapi.log.warn(`redis: ${error.message}`));
    clients.set(strapi, client);
  }
  return client;
}

export async function closeSharedRedis(strapi: Core.Strapi): Promise<void> {
  const client = clients.get(strapi);
  clients.delete(strapi);
  if (client) await client.quit().catch(() => client.disconnect());
}
