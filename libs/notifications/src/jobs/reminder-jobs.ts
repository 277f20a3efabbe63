import { InjectQueue, OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { RUNTIME, RunnableJob, ScheduledProcessor, type ManualJob, type Runtime } from '@tracker/platform';
import type { Job, Queue } from 'bullmq';
import { ReminderScan, type ReminderScanResult } from './reminder-scan';

/** The reminders queue: the recurring scan for due, overdue and escalated milestones. */
export const REMINDERS_QUEUE = 'reminders';

export const REMINDER_SCAN_JOB = 'scan';

/** Producer side: "scan now" from the api, and the recurring schedule. */
@Injectable()
@RunnableJob({ name: 'reminders', description: 'scan milestones for due, overdue and escalated reminders' })
export class ReminderJobs implements ManualJob {
  constructor(@InjectQueue(REMINDERS_QUEUE) private readonly queue: Queue) {}

  async runNow(): Promise<string> {
    return (await this.queue.add(REMINDER_SCAN_JOB, {})).id!;
  }

  /** Idempotent, so every worker may call it at start; the scheduler makes one job per period across all workers. */
  async ensureSchedule(everyMinutes: number): Promise<void> {
    await this.queue.upsertJobScheduler('reminder-scan', { every: everyMinutes * 60_000 }, { name: REMINDER_SCAN_JOB, data: {} });
  }
}

@Processor(REMINDERS_QUEUE, { concurrency: 1 })
export class ReminderScanProcessor extends ScheduledProcessor {
  protected readonly logger = new Logger('reminders');

  constructor(
    private readonly scan: ReminderScan,
    private readonly jobs: ReminderJobs,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {
    super();
  }

  protected ensureSchedule(): Promise<void> {
    return this.jobs.ensureSchedule(this.runtime.config.reminderScanEveryMinutes);
  }

  async process(job: Job): Promise<ReminderScanResult> {
    const result = await this.scan.scan(new Date(job.timestamp));
    this.logger.log({ msg: 'reminder scan', ...result });
    return result;
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn({ msg: 'reminder scan failed; it will be retried', attempt: job?.attemptsMade, error: error.message });
  }
}
