import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { keepScheduled, RUNTIME, type Runtime } from '@tracker/platform';
import type { Job } from 'bullmq';
import { RollupService, type RollupResult } from '../rollup.service';
import { RollupsRepository } from '../rollups.repository';
import { ROLLUP_JOBS, RollupJobs, ROLLUPS_QUEUE, type RecomputePlansData } from './rollup-jobs';

/** Recomputes rollups: of a few plans after writes, or of everything (nightly and on demand). */
@Processor(ROLLUPS_QUEUE, { concurrency: 2 })
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
    const result =
      job.name === ROLLUP_JOBS.plans
        ? await this.rollups.recomputeRequested((job.data as RecomputePlansData).planIds, announceAs)
        : await this.rollups.recompute(null, announceAs);
    if (result) this.logger.log({ msg: 'rollup computed', job: job.name, ...result });
    else this.logger.debug({ msg: 'rollup already answered by an earlier run', job: job.name });
    return result;
  }
}
