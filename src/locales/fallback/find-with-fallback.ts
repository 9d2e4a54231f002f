import type { Core, UID } from '@strapi/strapi';
import { requestMayReadDrafts } from '../../document-middlewares/published-only-for-readers';
import { fallbackFilter, type PublicationStatus } from './fallback-rows';
import { fallbackOrderCache } from './order-cache';
import { pageWindow, paginationMeta } from './pagination';

type Query = Record<string, unknown> & {
  filters?: Record<string, unknown>;
  sort?: unknown;
  status?: PublicationStatus;
  locale?: string;
  pagination?: Record<string, unknown>;
};
type Version = { id: number; documentId: string; locale: string };

export interface FallbackMeta {
  locale: string;
  chain: string[];
  /** Documents on this page shown in a fallback locale instead of the requested one. */
  documents: Pick<Version, 'documentId' | 'locale'>[];
}

const fallbackMeta = (chain: string[], items: Version[]): FallbackMeta => ({
  locale: chain[0],
  chain,
  documents: items.filter((item) => item.locale !== chain[0]).map(({ documentId, locale }) => ({ documentId, locale })),
});

/** One list over several locales: each document once, in the best locale of the chain it exists in. */
export async function findWithFallback(strapi: Core.Strapi, uid: UID.ContentType, query: Query, chain: string[]) {
  const { pagination, sort, filters, ...shape } = query;
  // Must match what the document service will read, or the ids would point at the other version.
  const status = requestMayReadDrafts(strapi) ? (query.status ?? 'published') : 'published';
  const inChain = fallbackFilter(strapi, uid, chain, status);

  const key = JSON.stringify({ uid, chain, status, filters, sort });
  const orderedIds = await fallbackOrderCache(strapi).orderedIds(key, async () => {
    const rows = (await strapi.documents(uid).findMany({
      filters: filters ? { $and: [filters, inChain] } : inChain,
      sort,
      status,
      locale: '*',
      fields: ['locale'],
    } as never)) as Version[];
    return rows.map((row) => row.id);
  });

  // The meta needs each item's locale even when the client picked other fields.
  if (Array.isArray(shape.fields) && !shape.fields.includes('locale')) shape.fields = [...shape.fields, 'locale'];
  const window = pageWindow(strapi, pagination);
  const pageIds = orderedIds.slice(window.start, window.start + window.limit);
  const rows = pageIds.length
    ? ((await strapi.documents(uid).findMany({ ...shape, status, locale: '*', filters: { id: { $in: pageIds } } } as never)) as Version[])
    : [];
  const position = new Map(pageIds.map((id, index) => [id, index]));
  const results = rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));

  return { results, pagination: paginationMeta(window, orderedIds.length), fallback: fallbackMeta(chain, results) };
}

/** A single document in the first locale of the chain that has a version of the asked status. */
export async function findOneWithFallback(strapi: Core.Strapi, uid: UID.ContentType, documentId: string, query: Query, chain: string[]) {
  for (const locale of chain) {
    const entity = (await strapi.documents(uid).findOne({ ...query, documentId, locale } as never)) as Version | null;
    if (entity) return { entity, fallback: fallbackMeta(chain, [entity]) };
  }
  return { entity: null, fallback: fallbackMeta(chain, []) };
}
