import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { keepScheduled, QUEUES, RUNTIME, type Runtime } from '@tracker/platform';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { RollupService, type RollupResult } from '../rollups/rollup.service';
import { ROLLUP_JOBS, RollupJobs, type RecomputePlansData } from './rollup-jobs';

/** Recomputes rollups: of a few plans after writes, or of everything (nightly and on demand). */
@Processor(QUEUES.rollups, { concurrency: 2 })
export class RollupsProcessor extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('rollups');
  private stopScheduling: () => void = () => undefined;

  constructor(
    private readonly rollups: RollupService,
    private readonly jobs: RollupJobs,
    private readonly dataSource: DataSource,
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
    const stale: { plan_id: string }[] = await this.dataSource.query(
      `SELECT plan_id FROM rollup_requests WHERE requested_at < now() - make_interval(secs => $1) ORDER BY requested_at LIMIT 500`,
      [this.runtime.config.redeliverAfterSeconds],
    );
    // One run for all of them: runs are serialised, and one run over many plans costs far less than one each.
    if (stale.length > 0) await this.jobs.schedulePlans(stale.map((row) => row.plan_id));
    if (stale.length > 0) this.logger.warn({ msg: 'rollups requested long ago scheduled again', plans: stale.length });
    return stale.length;
  }

  async process(job: Job): Promise<RollupResult> {
    const planIds = job.name === ROLLUP_JOBS.plans ? (job.data as RecomputePlansData).planIds : null;
    const result = await this.rollups.recompute(planIds);
    this.logger.log({ msg: 'rollup computed', job: job.name, ...result });
    // Integrators can subscribe to this (webhooks); it goes through the outbox like every other event.
    await this.dataSource.query(
      `INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, payload) VALUES ('rollup.completed', 'rollup', $1, $2)`,
      [job.id ?? job.name, JSON.stringify({ scope: planIds ?? 'all', ...result })],
    );
    return result;
  }
}
