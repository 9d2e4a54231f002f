import type { Core } from '@strapi/strapi';

interface Entry {
  version: number;
  expiresAt: number;
  ids: number[];
}

const MAX_ENTRIES = 200;

/**
 * The resolved order of a fallback list (row ids, best locale per document, filtered and sorted)
 * for each distinct (type, chain, status, filters, sort). Reader sites repeat the same few lists
 * page after page, so each page then costs one 25-row query instead of an anti-join over the table.
 *
 * Any document write in this process empties it (see invalidate-fallback-cache); the TTL bounds
 * staleness when several CMS nodes share a database. LOCALE_FALLBACK_CACHE_SECONDS=0 turns it off.
 */
export class FallbackOrderCache {
  private entries = new Map<string, Entry>();
  private version = 0;

  constructor(private readonly ttlMs: () => number) {}

  invalidate(): void {
    this.version += 1;
    this.entries.clear();
  }

  async orderedIds(key: string, resolve: () => Promise<number[]>): Promise<number[]> {
    const ttlMs = this.ttlMs();
    const cached = ttlMs > 0 ? this.entries.get(key) : undefined;
    if (cached && cached.version === this.version && cached.expiresAt > Date.now()) return cached.ids;

    const version = this.version;
    const ids = await resolve();
    // A write that landed while resolving makes this result stale before it is stored.
    if (ttlMs > 0 && version === this.version) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, { version, expiresAt: Date.now() + ttlMs, ids });
    }
    return ids;
  }
}

const caches = new WeakMap<Core.Strapi, FallbackOrderCache>();

export function fallbackOrderCache(strapi: Core.Strapi): FallbackOrderCache {
  let cache = caches.get(strapi);
  if (!cache) {
    cache = new FallbackOrderCache(() => 1000 * (strapi.config.get('cchc.localeFallbackCacheSeconds', 30) as number));
    caches.set(strapi, cache);
  }
  return cache;
}
