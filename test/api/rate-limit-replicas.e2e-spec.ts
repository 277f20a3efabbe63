import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { RedisRateLimitStore } from '@tracker/api-conventions';
import { redisOptions } from '@tracker/platform';
import { TEST_REDIS_URL } from '../support/test-env';

const MINUTE = 60_000;

/**
 * The shared rate limit without a Redis round trip per request: two replicas (two stores, two connections) against
 * the real Redis. Within one sync interval each counts on its own; after a sync each sees the other's hits.
 */
describe('rate limit counters shared by replicas', () => {
  let redis: [Redis, Redis];
  let stores: [RedisRateLimitStore, RedisRateLimitStore];
  const prefix = `rl-replicas-${randomBytes(4).toString('hex')}`;
  beforeAll(() => {
    redis = [new Redis(redisOptions(TEST_REDIS_URL)), new Redis(redisOptions(TEST_REDIS_URL))];
    // A sync interval far longer than the test: syncs happen only when the test calls them.
    stores = [new RedisRateLimitStore(redis[0], prefix, 3_600_000), new RedisRateLimitStore(redis[1], prefix, 3_600_000)];
  });
  afterAll(async () => {
    stores.forEach((store) => store.stop());
    await Promise.all(redis.map((client) => client.quit()));
  });

  it('counts each hit exactly, locally at once and across replicas after a sync', async () => {
    const key = `key:${randomBytes(4).toString('hex')}`;
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) seen.push((await stores[0].hit(key, MINUTE)).hits);
    for (let i = 0; i < 3; i++) seen.push((await stores[1].hit(key, MINUTE)).hits);
    expect(seen).toEqual([1, 2, 3, 4, 5, 1, 2, 3]); // before any sync, each replica knows its own hits
    await stores[0].sync(MINUTE);
    await stores[1].sync(MINUTE);
    expect((await stores[1].hit(key, MINUTE)).hits).toBe(9); // synced last, it read the 8 of both
    expect((await stores[0].hit(key, MINUTE)).hits).toBe(6); // the other's 3 are news to it until it syncs
    await stores[0].sync(MINUTE);
    expect((await stores[0].hit(key, MINUTE)).hits).toBe(10); // 9 shared (the other's 9th not yet added) + 1
    await Promise.all(stores.map((store) => store.sync(MINUTE)));
    const [shared] = await redis[0].keys(`${prefix}:ratelimit:${key}:*`);
    expect(Number(await redis[0].get(shared))).toBe(11); // every hit counted once, none lost, none twice
    expect(await redis[0].pttl(shared)).toBeGreaterThan(MINUTE);
  });

  it('keeps limiting on its own counts while Redis is unreachable, and adds them when it is back', async () => {
    const unreachable = new Redis({ ...redisOptions('redis://127.0.0.1:1'), lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    unreachable.on('error', () => undefined);
    const store = new RedisRateLimitStore(unreachable, prefix, 3_600_000);
    const key = `key:${randomBytes(4).toString('hex')}`;
    for (let i = 0; i < 4; i++) await store.hit(key, MINUTE);
    await store.sync(MINUTE); // fails: the hits stay pending
    expect((await store.hit(key, MINUTE)).hits).toBe(5);
    store.stop();
    unreachable.disconnect();
  });
});
