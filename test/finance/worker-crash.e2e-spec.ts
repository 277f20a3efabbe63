import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Queue } from 'bullmq';
import pg from 'pg';
import { redisOptions } from '../../libs/platform/src/queue/queue-backend';
import { createPortfolioFixture } from '../support/fixtures';
import { cleanEnv, startProcess, waitFor, type RunningProcess } from '../support/processes';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_REDIS_URL, testDatabaseUrl } from '../support/test-env';

const ROLLUP_LOCK = 7243021; // the lock every rollup run takes first (rollups.repository.ts)

describe('a worker killed in the middle of a rollup', () => {
  // Workers of their own, on a queue prefix of their own, so no other test's worker takes the job.
  const prefix = `hct-crash-${randomBytes(3).toString('hex')}`;
  let app: TestApp;
  let queue: Queue;
  let blocker: pg.Client;
  const workers: RunningProcess[] = [];
  const startWorker = () => {
    const worker = startProcess('node', [resolve('dist/apps/worker/src/main.js')], cleanEnv({
      DATABASE_URL: testDatabaseUrl(),
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      LOG_LEVEL: 'info',
    }));
    workers.push(worker);
    return worker;
  };
  beforeAll(async () => {
    app = await startTestApp();
    queue = new Queue('rollups', { connection: redisOptions(TEST_REDIS_URL), prefix });
    blocker = new pg.Client({ connectionString: testDatabaseUrl() });
    await blocker.connect();
  });
  afterAll(async () => {
    for (const worker of workers) worker.child.kill('SIGKILL');
    await blocker.end();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await app.close();
  });

  it('leaves no partial totals, and the restarted worker completes the job', async () => {
    const fixture = await createPortfolioFixture(app.dataSource);
    const first = startWorker();
    await waitFor(() => first.output().includes('worker started'), { what: 'the first worker' });

    // Hold the rollup lock so the job is caught in the middle: active, inside its work, not finished.
    await blocker.query(`SELECT pg_advisory_lock($1)`, [ROLLUP_LOCK]);
    const job = await queue.add('recompute-all', {});
    await waitFor(async () => (await queue.getJobState(job.id!)) === 'active', { what: 'the job to be active' });
    // Active in BullMQ a moment before its first statement reaches PostgreSQL: wait until it waits on the lock.
    await waitFor(
      async () => (await blocker.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted`, [ROLLUP_LOCK])).rows[0].n > 0,
      { what: 'the job to wait on the rollup lock' },
    );

    first.child.kill('SIGKILL');
    await first.exited;
    // A write lands while no worker runs: the recompute that completes the job must include it.
    await app.dataSource.query(`UPDATE projects SET investment_wan = investment_wan + 0.07 WHERE id = $1`, [fixture.projects[0].id]);
    await blocker.query(`SELECT pg_advisory_unlock($1)`, [ROLLUP_LOCK]);

    const second = startWorker();
    // BullMQ notices the dead worker's job when its lock expires (30 s) and hands it to the new worker.
    await waitFor(async () => (await queue.getJobState(job.id!)) === 'completed', { timeoutMs: 100_000, intervalMs: 500, what: 'the job to complete' });
    expect(second.output()).toMatch(/rollup computed/);

    const [rollup] = await app.dataSource.query(
      `SELECT investment_wan::text AS investment, project_count FROM finance_rollups WHERE plan_id = $1 AND grouping = 'plan'`,
      [fixture.plan.id],
    );
    const [live] = await app.dataSource.query(`SELECT sum(investment_wan)::text AS investment, count(*)::int AS n FROM projects WHERE plan_id = $1`, [
      fixture.plan.id,
    ]);
    expect(rollup).toEqual({ investment: live.investment, project_count: live.n });
    expect(live.investment).toBe('32224.07');
  }, 150_000);
});
