/**
 * Translation status, worklist and coverage arithmetic, kept free of Strapi so it can be unit-tested.
 * A source is the `vi` version of a document; its revision goes up whenever its translatable
 * content changes. A translation remembers the source revision it was made from or last reviewed against.
 */
export type TranslationStatus = 'missing' | 'outdated' | 'current';

export interface Source {
  contentType: string;
  documentId: string;
  title: string | null;
  revision: number;
  /** When the translatable content last changed. */
  changedAt: string;
}

export interface Translation {
  documentId: string;
  /** Source revision it was made from / reviewed against; null when no record of it exists. */
  sourceRevision: number | null;
  reviewedAt: string | null;
  updatedAt: string;
}

export function statusOf(source: Pick<Source, 'revision'>, translation: Pick<Translation, 'sourceRevision'> | undefined): TranslationStatus {
  if (!translation) return 'missing';
  // Without a record of its source revision a translation cannot be shown to match the source.
  if (translation.sourceRevision === null || translation.sourceRevision < source.revision) return 'outdated';
  return 'current';
}

export interface WorkItem {
  contentType: string;
  documentId: string;
  title: string | null;
  status: Exclude<TranslationStatus, 'current'>;
  sourceUpdatedAt: string;
  translationUpdatedAt: string | null;
}

/** A source document with its version in one locale, if that exists. */
export interface Pair {
  source: Source;
  translation?: Translation;
}

export const pairUp = (sources: Source[], translations: Map<string, Translation> = new Map()): Pair[] =>
  sources.map((source) => ({ source, translation: translations.get(source.documentId) }));

const newestFirst = (a: WorkItem, b: WorkItem) =>
  b.sourceUpdatedAt.localeCompare(a.sourceUpdatedAt) || a.contentType.localeCompare(b.contentType) || a.documentId.localeCompare(b.documentId);

/** What is left to translate, the most recently changed sources first (current news matters most). */
export function worklistOf(pairs: Pair[], only?: WorkItem['status']): WorkItem[] {
  const items: WorkItem[] = [];
  for (const { source, translation } of pairs) {
    const status = statusOf(source, translation);
    if (status === 'current' || (only && status !== only)) continue;
    items.push({
      contentType: source.contentType,
      documentId: source.documentId,
      title: source.title,
      status,
      sourceUpdatedAt: source.changedAt,
      translationUpdatedAt: translation?.updatedAt ?? null,
    });
  }
  return items.sort(newestFirst);
}

export interface Coverage {
  total: number;
  current: number;
  outdated: number;
  missing: number;
  /** Percent to one decimal; null when there is nothing to translate. */
  percentCurrent: number | null;
  percentTranslated: number | null;
}

export const percent = (part: number, total: number) => (total === 0 ? null : Math.round((part * 1000) / total) / 10);

export function coverageOf(pairs: Pair[]): Coverage {
  const counts = { current: 0, outdated: 0, missing: 0 };
  for (const { source, translation } of pairs) counts[statusOf(source, translation)] += 1;
  const total = pairs.length;
  return {
    total,
    ...counts,
    percentCurrent: percent(counts.current, total),
    percentTranslated: percent(counts.current + counts.outdated, total),
  };
}

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export function paginate<T>(items: T[], page: number, pageSize: number): { data: T[]; pagination: Pagination } {
  return {
    data: items.slice((page - 1) * pageSize, page * pageSize),
    pagination: { page, pageSize, pageCount: Math.ceil(items.length / pageSize), total: items.length },
  };
}
