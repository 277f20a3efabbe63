import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue, Worker, type Job } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { redisOptions } from '@tracker/platform';
import { RollupJobs, ROLLUPS_QUEUE, type RecomputePlansData } from '@tracker/finance';
import { waitFor } from '../support/processes';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * RollupJobs.schedulePlan against a real Redis and a real worker whose job we hold open: however many writes ask
 * for a plan's rollup, at most one run waits behind the one running (issue 18: a bulk import queued ~2,000 runs).
 */
describe('rollup scheduling per plan', () => {
  const prefix = `hct-test-coalesce-${process.pid}`;
  let queue: Queue;
  let worker: Worker;
  const runs: string[][] = [];
  let release: () => void = () => undefined;
  let held = new Promise<void>((resolve) => (release = resolve));

  beforeAll(async () => {
    queue = new Queue(ROLLUPS_QUEUE, { connection: redisOptions(REDIS_URL), prefix });
    worker = new Worker(
      ROLLUPS_QUEUE,
      async (job: Job<RecomputePlansData>) => {
        runs.push(job.data.planIds);
        await held;
      },
      { connection: redisOptions(REDIS_URL), prefix, concurrency: 4 },
    );
  });
  afterAll(async () => {
    release();
    await worker?.close();
    await queue?.obliterate({ force: true });
    await queue?.close();
  });

  it('runs once for a burst, once more for all the writes made while it ran, and never twice at once', async () => {
    const jobs = new RollupJobs(queue);
    const plan = randomUUID();
    const other = randomUUID();
    // A burst before the debounce delay ends: one run.
    await Promise.all(Array.from({ length: 50 }, () => jobs.schedulePlan(plan)));
    await waitFor(() => runs.length === 1, { what: 'the first run to start' });
    // 200 more writes while it runs: one run waits behind it, none beside it.
    for (let i = 0; i < 200; i++) await jobs.schedulePlan(plan);
    await jobs.schedulePlan(other); // another plan is not held back by this one
    await waitFor(() => runs.length === 2, { what: 'the other plan to run' });
    expect(runs).toEqual([[plan], [other]]);
    const counts = await queue.getJobCounts('active', 'waiting', 'delayed');
    expect(counts.active + counts.waiting + counts.delayed).toBeLessThanOrEqual(3); // 2 running, at most 1 behind
    expect(counts.active).toBe(2);
    release();
    held = Promise.resolve();
    await waitFor(() => runs.length === 3, { what: 'the run gathering the writes made meanwhile' });
    await waitFor(async () => {
      const after = await queue.getJobCounts('active', 'waiting', 'delayed');
      return after.active + after.waiting + after.delayed === 0;
    }, { what: 'the queue to drain' });
    expect(runs).toEqual([[plan], [other], [plan]]);
  });
});
