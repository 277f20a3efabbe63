import { InjectQueue, OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { RUNTIME, RunnableJob, ScheduledProcessor, type ManualJob, type Runtime } from '@tracker/platform';
import type { Job, Queue } from 'bullmq';
import { RetentionService, type RetentionResult } from './retention.service';

/** The retention queue: the nightly prune. */
export const RETENTION_QUEUE = 'retention';
export const RETENTION_JOB = 'prune';

/** Producer side: "prune now" from the api (POST /api/v1/jobs/retention/run), and the nightly schedule. */
@Injectable()
@RunnableJob({ name: 'retention', description: 'delete handled outbox events, settled webhook deliveries and acknowledged notifications past their retention' })
export class RetentionJobs implements ManualJob {
  constructor(@InjectQueue(RETENTION_QUEUE) private readonly queue: Queue) {}

  async runNow(): Promise<string> {
    return (await this.queue.add(RETENTION_JOB, {})).id!;
  }

  /** 03:30 every night in the plans' time zone; idempotent, so every worker may call it at start. */
  async ensureNightlySchedule(timeZone: string): Promise<void> {
    await this.queue.upsertJobScheduler('nightly-retention', { pattern: '0 30 3 * * *', tz: timeZone }, { name: RETENTION_JOB, data: {} });
  }
}

@Processor(RETENTION_QUEUE, { concurrency: 1 })
export class RetentionProcessor extends ScheduledProcessor {
  protected readonly logger = new Logger('retention');

  constructor(
    private readonly retention: RetentionService,
    private readonly jobs: RetentionJobs,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {
    super();
  }

  protected ensureSchedule(): Promise<void> {
    return this.jobs.ensureNightlySchedule(this.runtime.config.planTimeZone);
  }

  process(_job: Job): Promise<RetentionResult> {
    return this.retention.prune();
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn({ msg: 'retention failed; it will be retried', attempt: job?.attemptsMade, error: error.message });
  }
}
