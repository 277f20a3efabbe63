import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { keepScheduled, QUEUES, RUNTIME, type Runtime } from '@tracker/platform';
import type { Job, Queue } from 'bullmq';
import { ReminderScan, type ReminderScanResult } from './reminder-scan';

export const REMINDER_SCAN_JOB = 'scan';

/** Producer side: "scan now" from the api, and the recurring schedule. */
@Injectable()
export class ReminderJobs {
  constructor(@InjectQueue(QUEUES.reminders) private readonly queue: Queue) {}

  async runNow(): Promise<string> {
    return (await this.queue.add(REMINDER_SCAN_JOB, {})).id!;
  }

  /** Idempotent, so every worker may call it at start; the scheduler makes one job per period across all workers. */
  async ensureSchedule(everyMinutes: number): Promise<void> {
    await this.queue.upsertJobScheduler('reminder-scan', { every: everyMinutes * 60_000 }, { name: REMINDER_SCAN_JOB, data: {} });
  }
}

@Processor(QUEUES.reminders, { concurrency: 1 })
export class ReminderScanProcessor extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('reminders');
  private stopScheduling: () => void = () => undefined;

  constructor(
    private readonly scan: ReminderScan,
    private readonly jobs: ReminderJobs,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.stopScheduling = keepScheduled(() => this.jobs.ensureSchedule(this.runtime.config.reminderScanEveryMinutes), this.logger);
  }

  onApplicationShutdown(): void {
    this.stopScheduling();
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
