import { randomUUID } from 'node:crypto';
import { RegionListCache, REGIONS_CHANGED_CHANNEL } from '../../libs/regions/src';
import { waitFor } from './processes';
import type { TestApp } from './test-app';

/**
 * Waits until the app's region listing cache has heard every change committed so far: GET /regions is then as
 * current as the database. Notifications reach a listener in commit order, so once one committed now is heard,
 * those of earlier commits have been too. Tests of what a listing counts use it after a write; a client of several
 * replicas sees the change within the notification's way instead.
 */
export async function regionListCurrent(app: TestApp): Promise<void> {
  const cache = app.app.get(RegionListCache);
  const barrier = `test-${randomUUID()}`;
  void cache.generation; // starts the listener, when nothing has yet
  await waitFor(
    async () => {
      // Sent again while not heard: one sent before the listener connected is heard by nobody.
      if (cache.lastHeard !== barrier) await app.dataSource.query(`SELECT pg_notify($1, $2)`, [REGIONS_CHANGED_CHANNEL, barrier]);
      return cache.lastHeard === barrier;
    },
    { timeoutMs: 10_000, intervalMs: 20, what: 'the region listing cache to hear the changes' },
  );
}
