import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiModule } from '../../apps/api/src/api.module';
import { KeyRevocationListener, revokeApiKey } from '@tracker/api-keys';
import { KEY_CACHE_MS } from '@tracker/auth';
import { bearer, createKey } from '../support/fixtures';
import { waitFor } from '../support/processes';
import { startTestApp, startTestAppOnFreshDatabase, type TestApp } from '../support/test-app';

/**
 * Issue 17: a key revoked through one api replica, or through the CLI, stayed usable on another replica for up to
 * KEY_CACHE_MS (10 s), the time that replica trusted its cached read. Now the revocation's notification reaches
 * every replica as it commits.
 */
describe('revocation across replicas', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await startTestAppOnFreshDatabase('revocation', { RATE_LIMIT_PER_MINUTE: '1000000' });
    // A second api process on the same database, as a second replica behind the load balancer.
    second = await startTestApp({ env: { DATABASE_URL: first.runtime.databaseUrl, RATE_LIMIT_PER_MINUTE: '1000000' }, features: [ApiModule] });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  const prefixOf = (key: string) => key.slice(4, 16); // hct_<prefix>_<secret>
  // Well under KEY_CACHE_MS: a replica that only forgot keys when its cache entry expired would fail this.
  const PROMPTLY = { timeoutMs: KEY_CACHE_MS / 2, intervalMs: 50 };

  it('a key revoked on one replica is refused by the other at once, though the other had it cached', async () => {
    const admin = bearer(await createKey(first.dataSource, 'admin'));
    const viewer = await createKey(first.dataSource, 'viewer');
    await second.http.get('/api/v1/me').set(bearer(viewer)).expect(200); // cached by the second replica now
    const { body: keys } = await first.http.get('/api/v1/keys').set(admin).expect(200);
    const key = (keys.items as { id: string; prefix: string; version: number }[]).find((k) => k.prefix === prefixOf(viewer))!;
    await first.http.delete(`/api/v1/keys/${key.id}`).set(admin).set('If-Match', `"${key.version}"`).expect((r) => expect(r.status).toBeLessThan(300));
    await first.http.get('/api/v1/me').set(bearer(viewer)).expect(401);
    await waitFor(async () => (await second.http.get('/api/v1/me').set(bearer(viewer))).status === 401, { ...PROMPTLY, what: 'the second replica to refuse the key' });
  });

  it('a key revoked from the command line is refused by every replica at once', async () => {
    const viewer = await createKey(first.dataSource, 'viewer');
    for (const replica of [first, second]) await replica.http.get('/api/v1/me').set(bearer(viewer)).expect(200);
    // What `npm run cli -- keys:revoke <prefix>` runs, on a connection of its own.
    expect(await revokeApiKey(first.dataSource.manager, prefixOf(viewer))).toEqual(expect.objectContaining({ prefix: prefixOf(viewer) }));
    for (const replica of [first, second]) {
      await waitFor(async () => (await replica.http.get('/api/v1/me').set(bearer(viewer))).status === 401, { ...PROMPTLY, what: 'the replica to refuse the key' });
    }
  });

  it('listens on every replica', () => {
    expect([first, second].map((replica) => replica.app.get(KeyRevocationListener).listening)).toEqual([true, true]);
  });
});
