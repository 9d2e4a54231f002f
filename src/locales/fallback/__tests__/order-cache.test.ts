import { FallbackOrderCache } from '../order-cache';

describe('FallbackOrderCache', () => {
  const counting = (ids: number[]) => {
    const resolve = jest.fn(async () => ids);
    return resolve;
  };

  it('reuses a resolved order until it expires', async () => {
    let ttl = 1000;
    const cache = new FallbackOrderCache(() => ttl);
    const resolve = counting([3, 1, 2]);
    expect(await cache.orderedIds('k', resolve)).toEqual([3, 1, 2]);
    expect(await cache.orderedIds('k', resolve)).toEqual([3, 1, 2]);
    expect(resolve).toHaveBeenCalledTimes(1);

    ttl = 0;
    await cache.orderedIds('k', resolve);
    expect(resolve).toHaveBeenCalledTimes(2);
  });

  it('forgets everything on invalidate', async () => {
    const cache = new FallbackOrderCache(() => 60_000);
    const resolve = counting([1]);
    await cache.orderedIds('k', resolve);
    cache.invalidate();
    await cache.orderedIds('k', resolve);
    expect(resolve).toHaveBeenCalledTimes(2);
  });

  it('does not store a result resolved across a write', async () => {
    const cache = new FallbackOrderCache(() => 60_000);
    await cache.orderedIds('k', async () => {
      cache.invalidate();
      return [1];
    });
    const resolve = counting([2]);
    expect(await cache.orderedIds('k', resolve)).toEqual([2]);
    expect(resolve).toHaveBeenCalledTimes(1);
  });

  it('keeps separate orders per key', async () => {
    const cache = new FallbackOrderCache(() => 60_000);
    await cache.orderedIds('a', async () => [1]);
    expect(await cache.orderedIds('b', async () => [2])).toEqual([2]);
    expect(await cache.orderedIds('a', async () => [9])).toEqual([1]);
  });
});
