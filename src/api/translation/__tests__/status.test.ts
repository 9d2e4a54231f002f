import { coverageOf, paginate, pairUp, percent, statusOf, worklistOf, type Source, type Translation } from '../status';

const source = (documentId: string, revision: number, changedAt: string): Source => ({
  contentType: 'news-articles',
  documentId,
  title: `Tin ${documentId}`,
  revision,
  changedAt,
});
const translation = (documentId: string, sourceRevision: number | null): Translation => ({
  documentId,
  sourceRevision,
  reviewedAt: null,
  updatedAt: '2024-01-01T00:00:00.000Z',
});

describe('statusOf', () => {
  it('is missing without a translation, outdated behind the source, current otherwise', () => {
    expect(statusOf({ revision: 2 }, undefined)).toBe('missing');
    expect(statusOf({ revision: 2 }, { sourceRevision: 1 })).toBe('outdated');
    expect(statusOf({ revision: 2 }, { sourceRevision: 2 })).toBe('current');
  });

  it('treats a translation with no recorded source revision as outdated', () => {
    expect(statusOf({ revision: 0 }, { sourceRevision: null })).toBe('outdated');
  });
});

describe('worklist and coverage', () => {
  const sources = [
    source('a', 3, '2024-03-01T00:00:00.000Z'),
    source('b', 1, '2024-05-01T00:00:00.000Z'),
    source('c', 2, '2024-04-01T00:00:00.000Z'),
  ];
  const pairs = pairUp(sources, new Map([['a', translation('a', 2)], ['c', translation('c', 2)]]));

  it('lists missing and outdated work, the most recently changed source first', () => {
    expect(worklistOf(pairs).map((item) => [item.documentId, item.status])).toEqual([
      ['b', 'missing'],
      ['a', 'outdated'],
    ]);
    expect(worklistOf(pairs, 'outdated').map((item) => item.documentId)).toEqual(['a']);
    expect(worklistOf(pairs)[0]).toEqual({
      contentType: 'news-articles',
      documentId: 'b',
      title: 'Tin b',
      status: 'missing',
      sourceUpdatedAt: '2024-05-01T00:00:00.000Z',
      translationUpdatedAt: null,
    });
  });

  it('counts each status with percentages to one decimal', () => {
    expect(coverageOf(pairs)).toEqual({ total: 3, current: 1, outdated: 1, missing: 1, percentCurrent: 33.3, percentTranslated: 66.7 });
    expect(coverageOf([])).toEqual({ total: 0, current: 0, outdated: 0, missing: 0, percentCurrent: null, percentTranslated: null });
    expect(percent(1, 8)).toBe(12.5);
  });

  it('paginates with Strapi-shaped metadata', () => {
    expect(paginate(['a', 'b', 'c'], 2, 2)).toEqual({ data: ['c'], pagination: { page: 2, pageSize: 2, pageCount: 2, total: 3 } });
    expect(paginate([], 1, 25).pagination).toEqual({ page: 1, pageSize: 25, pageCount: 0, total: 0 });
  });
});
