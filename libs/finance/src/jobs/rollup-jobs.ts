import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { RunnableJob, type ManualJob } from '@tracker/platform';
import type { Queue } from 'bullmq';

/** The rollups queue: debounced recomputes of a plan's totals, and full recomputes. */
export const ROLLUPS_QUEUE = 'rollups';

export const ROLLUP_JOBS = { plans: 'recompute-plans', full: 'recompute-all' } as const;
export interface RecomputePlansData {
  planIds: string[];
}

/** How long writes to one plan are gathered before its totals are recomputed. */
export const ROLLUP_DEBOUNCE_MS = 250;

/** Producer side of the rollups queue: used by the event router, the api's "run now" and the scheduler. */
@Injectable()
@RunnableJob({ name: 'rollups', description: 'recompute every finance rollup' })
export class RollupJobs implements ManualJob {
  constructor(@InjectQueue(ROLLUPS_QUEUE) private readonly queue: Queue) {}

  /**
   * Debounced and coalesced: one job per plan gathers the writes of the next moment, and writes that come while
   * it waits add nothing. Writes that come while it runs leave exactly one more run to follow it (BullMQ's
   * `keepLastIfActive`): at most one run per plan queued behind the one running, however many writes arrive. (A
   * deduplication window shorter than the delay let a bulk import queue a run per window, ~2,000 runs of a whole
   * plan one after the other, and the totals trailed the import by minutes.)
   */
  async schedulePlan(planId: string): Promise<void> {
    await this.queue.add(ROLLUP_JOBS.plans, { planIds: [planId] } satisfies RecomputePlansData, {
      delay: ROLLUP_DEBOUNCE_MS,
      deduplication: { id: `plan-${planId}`, keepLastIfActive: true },
    });
  }

  /** Several plans in one run, now (the recovery sweep). Not debounced: the plans have waited long enough. */
  async schedulePlans(planIds: string[]): Promise<void> {
    await this.queue.add(ROLLUP_JOBS.plans, { planIds } satisfies RecomputePlansData);
  }

  async runNow(): Promise<string> {
    const job = await this.queue.add(ROLLUP_JOBS.full, {});
    return job.id!;
  }

  /** The nightly full recompute; upserting the scheduler is idempotent, so every worker may call it at start. */
  async ensureNightlySchedule(timeZone: string): Promise<void> {
    await this.queue.upsertJobScheduler('nightly-full-rollup', { pattern: '0 30 2 * * *', tz: timeZone }, {
      name: ROLLUP_JOBS.full,
      data: {},
    });
  }
}
