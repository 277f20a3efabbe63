import { InjectQueue, OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { SYSTEM_ACTOR } from '@tracker/audit';
import { RUNTIME, RunnableJob, ScheduledProcessor, type ManualJob, type Runtime } from '@tracker/platform';
import type { Job, Queue } from 'bullmq';
import { RoundsService } from '../rounds/rounds.service';

/** The rounds queue: closing the rounds whose close date has passed. */
export const ROUNDS_QUEUE = 'rounds';

export const CLOSE_DUE_ROUNDS_JOB = 'close-due';

/** Producer side: "close due rounds now" from the api, and the recurring schedule. */
@Injectable()
@RunnableJob({ name: 'rounds', description: 'close the reporting rounds whose close date has passed' })
export class RoundJobs implements ManualJob {
  constructor(@InjectQueue(ROUNDS_QUEUE) private readonly queue: Queue) {}

  async runNow(): Promise<string> {
    return (await this.queue.add(CLOSE_DUE_ROUNDS_JOB, {})).id!;
  }

  /** Idempotent, so every worker may call it at start; the scheduler makes one job per period across all workers. */
  async ensureSchedule(everyMinutes: number): Promise<void> {
    await this.queue.upsertJobScheduler('close-due-rounds', { every: everyMinutes * 60_000 }, { name: CLOSE_DUE_ROUNDS_JOB, data: {} });
  }
}

/**
 * Closes due rounds, each in its own transaction under the round's lock, so two workers (or a worker and a person
 * closing by hand) close a round once.
 */
@Processor(ROUNDS_QUEUE, { concurrency: 1 })
export class RoundCloserProcessor extends ScheduledProcessor {
  protected readonly logger = new Logger('rounds');

  constructor(
    private readonly rounds: RoundsService,
    private readonly jobs: RoundJobs,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {
    super();
  }

  protected ensureSchedule(): Promise<void> {
    return this.jobs.ensureSchedule(this.runtime.config.reminderScanEveryMinutes);
  }

  async process(): Promise<{ closed: number }> {
    const closed = await this.rounds.closeDueRounds(SYSTEM_ACTOR);
    if (closed > 0) this.logger.log({ msg: 'rounds closed on schedule', closed });
    return { closed };
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn({ msg: 'closing due rounds failed; it will be retried', attempt: job?.attemptsMade, error: error.message });
  }
}
