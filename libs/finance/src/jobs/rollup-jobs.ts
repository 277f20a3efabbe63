import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QUEUES } from '@tracker/platform';
import type { Queue } from 'bullmq';

export const ROLLUP_JOBS = { plans: 'recompute-plans', full: 'recompute-all' } as const;
export interface RecomputePlansData {
  planIds: string[];
}

/** How long writes to one plan are gathered before its totals are recomputed. */
export const ROLLUP_DEBOUNCE_MS = 250;

/** Producer side of the rollups queue: used by the event router, the api's "run now" and the scheduler. */
@Injectable()
export class RollupJobs {
  constructor(@InjectQueue(QUEUES.rollups) private readonly queue: Queue) {}

  /**
   * Debounced: one job per plan gathers the writes of the next moment. The deduplication key expires before the
   * job starts (ttl < delay), so a write arriving while the job runs schedules another job instead of being lost.
   */
  async schedulePlan(planId: string): Promise<void> {
    await this.queue.add(ROLLUP_JOBS.plans, { planIds: [planId] } satisfies RecomputePlansData, {
      delay: ROLLUP_DEBOUNCE_MS,
      deduplication: { id: `plan:${planId}`, ttl: ROLLUP_DEBOUNCE_MS - 50 },
    });
  }

  /** Several plans in one run, now (the recovery sweep). Not debounced: the plans have waited long enough. */
  async schedulePlans(planIds: string[]): Promise<void> {
    await this.queue.add(ROLLUP_JOBS.plans, { planIds } satisfies RecomputePlansData);
  }

  async runFullNow(): Promise<string> {
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
