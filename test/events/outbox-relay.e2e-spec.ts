import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Queue } from 'bullmq';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, loadConfig, queueReconnectDelayMs, runMigrations, type Runtime } from '@tracker/platform';
import { OutboxRelay, OutboxRepository } from '@tracker/events';
import '@tracker/projects'; // its events (project.*) in the catalogue
import { createScratchDatabase, dropScratchDatabase } from '../support/scratch-database';
import { waitFor } from '../support/processes';

const RELAY_LOCK = 7243010; // the relay's advisory lock (outbox-relay.ts)

/**
 * Issue 17: with two workers and Redis down, a pass that found the other relay holding the lock counted as a
 * success: each relay logged "recovered" between failures and its backoff never grew past 400 ms.
 */
describe('outbox relay while the queue is unreachable', () => {
  let database: { name: string; url: string };
  let dataSource: DataSource;
  let relay: OutboxRelay;
  let other: pg.Client;
  let publishAttempts = 0;

  beforeAll(async () => {
    database = await createScratchDatabase('outbox_relay');
    dataSource = createDataSource({ url: database.url });
    await dataSource.initialize();
    await runMigrations(dataSource);
    await new OutboxRepository(dataSource.manager).append([{ name: 'project.updated', subject: { aggregateId: 'p1' }, payload: {} as never }]);
    const unreachable = {
      addBulk: async () => {
        publishAttempts++;
        throw new Error('connect ECONNREFUSED 127.0.0.1:6379');
      },
    } as unknown as Queue;
    const runtime: Runtime = { config: loadConfig({ DATABASE_URL: database.url }), databaseUrl: database.url, queueBackend: { kind: 'redis', url: 'redis://127.0.0.1:1' }, embedded: null };
    relay = new OutboxRelay(dataSource, unreachable, runtime);
    other = new pg.Client({ connectionString: database.url });
    await other.connect();
  });
  afterAll(async () => {
    await relay?.onApplicationShutdown();
    await other?.end();
    await dataSource?.destroy();
    if (database) await dropScratchDatabase(database.name);
  });

  it('counts a pass that found the lock held as neither a success nor a failure', async () => {
    relay.onApplicationBootstrap();
    await waitFor(() => relay.status().consecutiveFailures >= 1, { what: 'a failed pass' });
    // Another worker's relay takes the lock (and fails to publish as well, since the queue is down for it too).
    await other.query(`SELECT pg_advisory_lock($1)`, [RELAY_LOCK]);
    const failuresBefore = relay.status().consecutiveFailures;
    await waitFor(() => relay.status().lockedPasses >= 2, { what: 'passes that find the lock held' });
    expect(relay.status().consecutiveFailures).toBeGreaterThanOrEqual(failuresBefore);
    await other.query(`SELECT pg_advisory_unlock($1)`, [RELAY_LOCK]);
    const attempts = publishAttempts;
    await waitFor(() => publishAttempts > attempts, { what: 'the relay to try again' });
    expect(relay.status().consecutiveFailures).toBeGreaterThan(failuresBefore);
    const [{ waiting }] = await dataSource.query(`SELECT count(*)::int AS waiting FROM outbox_events WHERE published_at IS NULL`);
    expect(waiting).toBe(1); // nothing marked published while nothing was
  });

  it('reconnects queue connections at least once a second, whatever the outage', () => {
    const delays = Array.from({ length: 200 }, (_, i) => queueReconnectDelayMs(i + 1));
    expect(delays.slice(0, 5)).toEqual([100, 200, 400, 800, 1000]);
    expect(Math.max(...delays)).toBe(1000); // BullMQ's own schedule grows to 20 s
  });
});
