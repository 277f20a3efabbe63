import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { SerializedJson } from '../../libs/api-conventions/src';
import { RegionListCache, REGIONS_CHANGED_CHANNEL } from '../../libs/regions/src';
import { bearer, createKey } from '../support/fixtures';
import { waitFor } from '../support/processes';
import { startTestAppOnFreshDatabase, type TestApp } from '../support/test-app';

type RegionItem = { code: string; planCount: number; name: string };

/**
 * GET /regions is answered from each api process's memory until a trigger on regions or region_plan_counts
 * notifies a change. A repeat must come from memory, and a change committed by any connection (another replica,
 * bulk SQL, the catalogue sync) must reach the next listing once its notification is heard.
 */
describe('GET /regions: answered from memory until the regions or their plan counts change', () => {
  let app: TestApp;
  let admin: Record<string, string>;
  let cache: RegionListCache;
  // Another writer than the app: a replica's write, or bulk SQL, heard only through the notification.
  let elsewhere: pg.Client;

  // A database of its own: the test counts plans and renames a region.
  beforeAll(async () => {
    app = await startTestAppOnFreshDatabase('region_list_cache', { RATE_LIMIT_PER_MINUTE: '100000' });
    admin = bearer(await createKey(app.dataSource, 'admin'));
    cache = app.app.get(RegionListCache);
    elsewhere = new pg.Client({ connectionString: (app.dataSource.options as { url: string }).url });
    await elsewhere.connect();
  });
  afterAll(async () => {
    await elsewhere?.end();
    await app?.close();
  });

  const query = { level: 'city', limit: '500' };
  const list = (headers: Record<string, string> = {}) => app.http.get('/api/v1/regions').query(query).set(admin).set(headers);
  const cityOf = (body: { items: RegionItem[] }, code: string) => body.items.find((region) => region.code === code)!;
  /** Until a repeat of the listing is served from memory (the listener connects on first use). */
  const untilServedFromMemory = () =>
    waitFor(
      async () => {
        const before = cache.hits;
        await list().expect(200);
        return cache.hits > before;
      },
      { timeoutMs: 10_000, what: 'a repeat served from the cache' },
    );

  it('serves a repeat from memory with a strong ETag; If-None-Match of it gives 304, of another 200', async () => {
    await untilServedFromMemory();
    const first = await list().expect(200);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"r-[A-Za-z0-9_-]{27}"$/);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    expect(first.body.items).toHaveLength(333);
    const hits = cache.hits;
    const repeat = await list().expect(200);
    expect(cache.hits).toBe(hits + 1);
    expect({ etag: repeat.headers.etag, body: repeat.body }).toEqual({ etag, body: first.body });

    const notModified = await list({ 'If-None-Match': etag }).expect(304);
    expect(notModified.text).toBe('');
    await list({ 'If-None-Match': `W/${etag}` }).expect(304);
    const stale = await list({ 'If-None-Match': '"r-stale"' }).expect(200);
    expect({ etag: stale.headers.etag, body: stale.body }).toEqual({ etag, body: first.body });
    // Another listing is another entry, with its own tag.
    const other = await app.http.get('/api/v1/regions').query({ level: 'city', limit: '10' }).set(admin).expect(200);
    expect(other.body.items).toHaveLength(10);
    expect(other.headers.etag).not.toBe(etag);
  });

  it('shows a plan created through the API, and one inserted by another connection, in the next listing after the notification', async () => {
    await untilServedFromMemory();
    const before = await list().expect(200);
    const luzhou = cityOf(before.body, '510500').planCount;

    await app.http.post('/api/v1/plans').set(admin).send({ regionCode: '510521', title: '泸县规划', startYear: 2021, endYear: 2025, code: 'cache-luxian' }).expect(201);
    await waitFor(async () => cityOf((await list().expect(200)).body, '510500').planCount === luzhou + 1, {
      timeoutMs: 10_000,
      what: 'the new plan in 泸州市 to show',
    });
    const afterApi = await list({ 'If-None-Match': String(before.headers.etag) }).expect(200);
    expect(afterApi.headers.etag).not.toBe(before.headers.etag);
    await list({ 'If-None-Match': String(afterApi.headers.etag) }).expect(304);

    // Served from memory again, then a write the app does not make: only the trigger's notification tells it.
    await untilServedFromMemory();
    await elsewhere.query(`INSERT INTO plans (code, title, region_code, period_start, period_end) VALUES ('cache-bulk', '批量', '510500', 2021, 2025)`);
    await waitFor(async () => cityOf((await list().expect(200)).body, '510500').planCount === luzhou + 2, {
      timeoutMs: 10_000,
      what: 'the inserted plan in 泸州市 to show',
    });
  });

  it('shows a region renamed by another connection (the catalogue sync writes regions)', async () => {
    await untilServedFromMemory();
    const original = cityOf((await list().expect(200)).body, '510500').name;
    try {
      await elsewhere.query(`UPDATE regions SET name = '泸州市（测试）' WHERE code = '510500'`);
      await waitFor(async () => cityOf((await list().expect(200)).body, '510500').name === '泸州市（测试）', {
        timeoutMs: 10_000,
        what: 'the rename to show',
      });
    } finally {
      await elsewhere.query(`UPDATE regions SET name = $1 WHERE code = '510500'`, [original]);
    }
  });

  it('keeps no page computed across a change', async () => {
    await untilServedFromMemory();
    const key = 'a page computed across a change';
    const body = new SerializedJson<never>('{"items":[],"nextCursor":null}');
    const generation = cache.generation;
    await elsewhere.query(`SELECT pg_notify($1, '')`, [REGIONS_CHANGED_CHANNEL]);
    await waitFor(() => cache.generation > generation, { timeoutMs: 10_000, intervalMs: 10, what: 'the notification' });
    cache.keep(key, body, generation);
    expect(cache.get(key)).toBeNull();
    // And one computed within a generation is kept: the assertion above is not one the cache passes by never keeping.
    cache.keep(key, body, cache.generation);
    expect(cache.get(key)).toMatchObject({ body });
  });
});
