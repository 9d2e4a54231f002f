import type { Core } from '@strapi/strapi';

const CONTEST_UID = 'api::contest.contest';
/** Other nodes see an edit after at most this long; this node at once (lifecycle below). */
const TTL_MS = 2000;

type Entry<T> = { value: Promise<T>; expires: number };
const caches = new WeakMap<Core.Strapi, Map<string, Entry<unknown>>>();

function cacheFor(strapi: Core.Strapi) {
  let cache = caches.get(strapi);
  if (!cache) {
    const fresh = new Map<string, Entry<unknown>>();
    const clear = () => fresh.clear();
    strapi.db.lifecycles.subscribe({
      models: [CONTEST_UID],
      afterCreate: clear,
      afterCreateMany: clear,
      afterUpdate: clear,
      afterUpdateMany: clear,
      afterDelete: clear,
      afterDeleteMany: clear,
    });
    caches.set(strapi, fresh);
    cache = fresh;
  }
  return cache;
}

/**
 * A published contest with its rounds, questions and choices, shared for a moment between the
 * requests of a deadline rush: loading it costs several queries, and every start and every entry
 * needs it (bench/contest-rush.js). Any contest write through this node empties the cache.
 */
export function cachedContest<T>(strapi: Core.Strapi, key: string, load: () => Promise<T>): Promise<T> {
  const cache = cacheFor(strapi);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.expires > now) return hit.value as Promise<T>;
  const value = load();
  cache.set(key, { value, expires: now + TTL_MS });
  value.catch(() => cache.delete(key));
  return value;
}
