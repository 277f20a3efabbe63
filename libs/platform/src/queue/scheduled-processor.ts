import { WorkerHost } from '@nestjs/bullmq';
import type { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { keepScheduled } from './keep-scheduled';

/**
 * The processor of a queue whose job also runs on a schedule (reminders, rounds, retention): while the worker runs,
 * it keeps the queue's job scheduler in place (see keepScheduled), and stops doing so on shutdown. A subclass says
 * how to ensure its schedule and processes the job.
 */
export abstract class ScheduledProcessor extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  protected abstract readonly logger: Logger;
  private stopScheduling: () => void = () => undefined;

  /** Upserts the queue's job scheduler; idempotent, so every worker may call it. */
  protected abstract ensureSchedule(): Promise<void>;

  onApplicationBootstrap(): void {
    this.stopScheduling = keepScheduled(() => this.ensureSchedule(), this.logger);
  }

  onApplicationShutdown(): void {
    this.stopScheduling();
  }
}
