import { afterAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ApiModule } from '../../apps/api/src/api.module';
import { runMigrations, withDataSource } from '../../libs/platform/src';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { waitFor } from '../support/processes';
import { createScratchDatabase, dropScratchDatabase } from '../support/scratch-database';
import { startTestApp, type TestApp } from '../support/test-app';
import { deleteQueueKeys } from '../support/queue-keys';
import { testQueuePrefix } from '../support/test-env';

const run = promisify(execFile);

/**
 * The README's backup and restore, end to end: a dump of a seeded, written-to database (with an event written and
 * not yet handled) restored into a new database, where the app starts with the same totals and keys, and the
 * outbox relay picks up where the original left off, on an empty queue (Redis is not backed up).
 */
describe('restore drill', () => {
  const databases: string[] = [];
  const apps: TestApp[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'hct-restore-'));
  // Queues of their own: the original's, and the restored app's, which starts empty as after losing Redis.
  const original = `${testQueuePrefix()}-rd1`;
  const rebuilt = `${testQueuePrefix()}-rd2`;
  afterAll(async () => {
    for (const app of apps) await app.close().catch(() => undefined);
    for (const prefix of [original, rebuilt]) await deleteQueueKeys(prefix);
    for (const name of databases) await dropScratchDatabase(name);
    rmSync(dir, { recursive: true, force: true });
  });

  const start = async (url: string, queuePrefix: string, features?: typeof ApiModule[]) => {
    const app = await startTestApp({ env: { DATABASE_URL: url, QUEUE_PREFIX: queuePrefix }, ...(features ? { features } : {}) });
    apps.push(app);
    return app;
  };
  const stop = async (app: TestApp) => {
    apps.splice(apps.indexOf(app), 1);
    await app.close();
  };

  it('restores a pg_dump into a new database on which the app has the same totals and the relay resumes', async () => {
    const source = await createScratchDatabase('restore_source');
    databases.push(source.name);
    await withDataSource(source.url, runMigrations);

    // The original, api and worker: a portfolio, a project changed, a month reported, the rollups computed.
    let app = await start(source.url, original);
    const adminKey = await createKey(app.dataSource, 'admin');
    const admin = bearer(adminKey);
    const fixture = await createPortfolioFixture(app.dataSource);
    const [first, second] = fixture.projects;
    await app.http.patch(`/api/v1/projects/${second.id}`).set(admin).set('If-Match', '"1"').send({ investmentWan: 10024.37 }).expect(200);
    await app.http.put(`/api/v1/projects/${first.id}/progress/2022-06`).set(admin).send({ completedInvestmentWan: 1500.25, disbursedWan: 800 }).expect((r) => {
      if (r.status >= 300) throw new Error(`progress: ${r.status} ${r.text}`);
    });
    const totals = async (on: TestApp, groupBy = 'plan') =>
      (await on.http.get('/api/v1/finance/totals').query({ groupBy, planId: fixture.plan.id }).set(admin).expect(200)).body;
    const unhandled = async (on: TestApp) => (await on.dataSource.query(`SELECT count(*)::int AS n FROM outbox_events WHERE handled_at IS NULL`))[0].n as number;
    await waitFor(
      async () => {
        const body = await totals(app);
        return body.source === 'rollup' && body.total.investmentWan === 32224.37 && body.total.completedInvestmentWan === 1500.25 && (await unhandled(app)) === 0;
      },
      { what: 'the rollups of the writes, and every event handled' },
    );
    const byPlan = await totals(app);
    const byProgram = await totals(app, 'program');
    const byInstitution = await totals(app, 'institution');
    await stop(app);

    // The api alone (as when the workers are down): a month reported whose event nobody relays before the dump.
    app = await start(source.url, original, [ApiModule]);
    await app.http.put(`/api/v1/projects/${first.id}/progress/2022-07`).set(admin).send({ completedInvestmentWan: 99.75, disbursedWan: 50 }).expect((r) => {
      if (r.status >= 300) throw new Error(`progress: ${r.status} ${r.text}`);
    });
    // (A rollup run the first writes requested may still have committed, with its rollup.completed, as the worker
    // stopped: that event waits too, and is relayed after the restore like this one.)
    const waitingReports = await app.dataSource.query(
      `SELECT event_id FROM outbox_events WHERE handled_at IS NULL AND event_type = 'progress.reported'`,
    );
    expect(waitingReports).toHaveLength(1);
    const [waiting] = waitingReports;
    const projectBefore = (await app.http.get(`/api/v1/projects/${second.id}`).set(admin).expect(200)).body;
    const auditCount = async (on: TestApp) => (await on.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n as number;
    const auditBefore = await auditCount(app);

    // The README's commands: a dump while the api runs, restored into a new, empty database.
    const dump = join(dir, 'tracker.dump');
    await run('pg_dump', ['-Fc', '--no-owner', '-d', source.url, '-f', dump]);
    expect(statSync(dump).size).toBeGreaterThan(0);
    await stop(app);
    const restored = await createScratchDatabase('restore_target');
    databases.push(restored.name);
    await run('pg_restore', ['--no-owner', '--exit-on-error', '-j', '2', '-d', restored.url, dump]);

    // The restored database, api alone first: the same totals (served by the restored rollups), keys and records.
    app = await start(restored.url, rebuilt, [ApiModule]);
    expect(await totals(app)).toEqual(byPlan);
    expect(await totals(app, 'program')).toEqual(byProgram);
    expect(await totals(app, 'institution')).toEqual(byInstitution);
    expect((await app.http.get(`/api/v1/projects/${second.id}`).set(admin).expect(200)).body).toEqual(projectBefore);
    expect(await auditCount(app)).toBe(auditBefore);
    await stop(app);

    // Then api and worker, on a queue that starts empty: the waiting event is relayed and handled, the totals move by
    // the month it reports, and a new write is relayed too.
    app = await start(restored.url, rebuilt);
    await waitFor(
      async () => (await app.dataSource.query(`SELECT handled_at FROM outbox_events WHERE event_id = $1`, [waiting.event_id]))[0].handled_at !== null,
      { what: 'the event written before the dump to be handled after the restore' },
    );
    await waitFor(async () => (await totals(app)).total.completedInvestmentWan === 1600, { what: 'the totals to include the month reported before the dump' });
    const after = await totals(app);
    expect(after.total).toEqual({ ...byPlan.total, completedInvestmentWan: 1600, disbursedWan: 850 });
    await app.http.patch(`/api/v1/projects/${second.id}`).set(admin).set('If-Match', `"${projectBefore.version}"`).send({ investmentWan: 10000 }).expect(200);
    await waitFor(async () => (await totals(app)).total.investmentWan === 32200, { what: 'a write after the restore to reach the totals' });
    await waitFor(async () => (await unhandled(app)) === 0, { what: 'every event handled' });
    await stop(app);
  }, 120_000);
});
