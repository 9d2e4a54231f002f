import type { Core, UID } from '@strapi/strapi';
import { requestMayReadDrafts } from '../../document-middlewares/published-only-for-readers';
import { fallbackRowIds, type PublicationStatus } from './fallback-rows';

type Query = Record<string, unknown> & { filters?: Record<string, unknown>; status?: PublicationStatus; locale?: string };
type Version = { documentId: string; locale: string };

export interface FallbackMeta {
  locale: string;
  chain: string[];
  /** Documents on this page shown in a fallback locale instead of the requested one. */
  documents: Version[];
}

const fallbackMeta = (chain: string[], items: Version[]): FallbackMeta => ({
  locale: chain[0],
  chain,
  documents: items.filter((item) => item.locale !== chain[0]).map(({ documentId, locale }) => ({ documentId, locale })),
});

/** One list over several locales: each document once, in the best locale of the chain it exists in. */
export async function findWithFallback(strapi: Core.Strapi, uid: UID.ContentType, query: Query, chain: string[]) {
  // Must match what the document service will read, or the ids would point at the other version.
  const status = requestMayReadDrafts(strapi) ? (query.status ?? 'published') : 'published';
  const ids = await fallbackRowIds(strapi, uid, chain, status);
  const inChain = ids.length > 0 ? { $or: [{ locale: chain[0] }, { id: { $in: ids } }] } : { locale: chain[0] };
  const filters = query.filters ? { $and: [query.filters, inChain] } : inChain;

  const { results, pagination } = await strapi.service(uid).find({ ...query, status, filters, locale: '*' });
  return { results: results as Version[], pagination, fallback: fallbackMeta(chain, results as Version[]) };
}

/** A single document in the first locale of the chain that has a version of the asked status. */
export async function findOneWithFallback(strapi: Core.Strapi, uid: UID.ContentType, documentId: string, query: Query, chain: string[]) {
  for (const locale of chain) {
    const entity = (await strapi.documents(uid).findOne({ ...query, documentId, locale } as never)) as Version | null;
    if (entity) return { entity, fallback: fallbackMeta(chain, [entity]) };
  }
  return { entity: null, fallback: fallbackMeta(chain, []) };
}
