import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { keepScheduled, RUNTIME, type Runtime } from '@tracker/platform';
import type { Job } from 'bullmq';
import { setTimeout } from 'node:timers/promises';
import { RollupService, type RollupResult } from '../rollup.service';
import { RollupsRepository } from '../rollups.repository';
import { ROLLUP_JOBS, RollupJobs, ROLLUPS_QUEUE, type RecomputePlansData } from './rollup-jobs';

/** The longest rest after a run of requested rollups (see process). */
const MAX_REST_MS = 2000;

/**
 * Recomputes rollups: of a few plans after writes, or of everything (nightly and on demand). One job at a time per
 * worker: runs are serialised by a lock across workers anyway, and a second job would only hold a connection while
 * it waits for it.
 */
@Processor(ROLLUPS_QUEUE, { concurrency: 1 })
export class RollupsProcessor extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('rollups');
  private stopScheduling: () => void = () => undefined;

  constructor(
    private readonly rollups: RollupService,
    private readonly requests: RollupsRepository,
    private readonly jobs: RollupJobs,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    const stopNightly = keepScheduled(() => this.jobs.ensureNightlySchedule(this.runtime.config.planTimeZone), this.logger);
    const stopSweep = keepScheduled(() => this.recoverLostRequests().then(() => undefined), this.logger);
    this.stopScheduling = () => {
      stopNightly();
      stopSweep();
    };
  }

  onApplicationShutdown(): void {
    this.stopScheduling();
  }

  /**
   * Plans whose rollup was requested long ago and has not run since: the queue lost the job (or it is still
   * waiting behind others, and scheduling it again is deduplicated). Returns how many were scheduled again.
   */
  async recoverLostRequests(): Promise<number> {
    const stale = await this.requests.staleRequests(this.runtime.config.redeliverAfterSeconds);
    // One run for all of them: runs are serialised, and one run over many plans costs far less than one each.
    if (stale.length > 0) await this.jobs.schedulePlans(stale);
    if (stale.length > 0) this.logger.warn({ msg: 'rollups requested long ago scheduled again', plans: stale.length });
    return stale.length;
  }

  async process(job: Job): Promise<RollupResult | null> {
    // Integrators can subscribe to rollup.completed (webhooks); it is written with the totals, through the outbox.
    const announceAs = job.id ?? job.name;
    if (job.name !== ROLLUP_JOBS.plans) {
      const result = await this.rollups.recompute(null, announceAs);
      this.logger.log({ msg: 'rollup computed', job: job.name, ...result });
      return result;
    }
    const started = performance.now();
    const result = await this.rollups.recomputeRequested((job.data as RecomputePlansData).planIds, announceAs);
    if (!result) {
      this.logger.debug({ msg: 'rollup already answered by an earlier run', job: job.name });
      return null;
    }
    this.logger.log({ msg: 'rollup computed', job: job.name, ...result });
    // This worker then rests as long as the run took (at most 2 s), holding no connection and no lock, before it
    // takes the next job: under sustained writes its runs take at most half of the time, leaving the database to
    // the writers, and each run gathers more plans, which costs less per plan (measured: ~20 % more progress
    // corrections a second under load than without the rest; the totals trail the writes by at most a run more).
    await setTimeout(Math.min(performance.now() - started, MAX_REST_MS));
    return result;
  }
}
