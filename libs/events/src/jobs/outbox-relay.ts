import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { RUNTIME, sleep, withTimeout, type Runtime } from '@tracker/platform';
import { EVENTS_QUEUE, ROUTE_BATCH, ROUTE_JOB, routeJobId, type RouteJobData } from '../events-queue';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { OutboxRepository } from '../outbox.repository';

const BATCH = 500;
// At most this many events published again per batch, so a long backlog still queued (re-adding it is a no-op)
// does not crowd out new events.
const REDELIVER_BATCH = 100;
const IDLE_MS = 200;
const ADD_TIMEOUT_MS = 5000;
// One relay at a time across every worker, so new events leave in the order they were written (redelivered ones
// leave again with later batches; routing is concurrent, so receivers order by occurredAt).
const RELAY_LOCK = 7243010;

/**
 * Moves outbox rows (written in the transactions of the changes they describe) to the events queue. A batch is
 * published and marked in one database transaction: if the queue is unreachable the transaction rolls back and
 * the rows wait; if the process dies after publishing but before committing, the next relay publishes them again
 * and BullMQ drops the repeats, because a job's id is made from its events' ids. Events go out in batches of
 * ROUTE_BATCH, one routing job each.
 *
 * PostgreSQL, not the queue, is the record of what must happen: an event published but not handled after
 * REDELIVER_AFTER_SECONDS is published again, in case the queue lost it (a Redis restarted without
 * persistence loses its jobs). A redelivered event goes out in a new batch, so while its first batch's job still
 * waits (routing more than REDELIVER_AFTER_SECONDS behind) it may be routed twice: handlers are idempotent, and the
 * router skips what is already handled when a job starts.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('outbox-relay');
  private running = false;
  private loop: Promise<void> | null = null;
  private failures = 0;
  private lockedPasses = 0;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(EVENTS_QUEUE) private readonly events: Queue,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** Passes failed in a row (0 once a pass publishes, or finds nothing to publish) and passes that found the lock held. */
  status(): { consecutiveFailures: number; lockedPasses: number } {
    return { consecutiveFailures: this.failures, lockedPasses: this.lockedPasses };
  }

  /** Publishes one batch; returns how many events left the outbox (0 also when another relay holds the lock). */
  async relayOnce(): Promise<number> {
    const relayed = await this.relayPass();
    return relayed === 'locked' ? 0 : relayed;
  }

  /** One pass: how many events were published, or 'locked' when another worker's relay is at work. */
  private async relayPass(): Promise<number | 'locked'> {
    return this.dataSource.transaction(async (manager) => {
      const outbox = new OutboxRepository(manager);
      if (!(await outbox.tryLockRelay(RELAY_LOCK))) return 'locked';
      const events = await outbox.nextToPublish(BATCH, this.runtime.config.redeliverAfterSeconds, REDELIVER_BATCH);
      if (events.length === 0) return 0;
      const relayed = events.map(({ id: _id, ...event }) => event);
      const jobs = [];
      for (let start = 0; start < relayed.length; start += ROUTE_BATCH) {
        const batch = relayed.slice(start, start + ROUTE_BATCH);
        jobs.push({ name: ROUTE_JOB, data: { events: batch } satisfies RouteJobData, opts: { jobId: routeJobId(batch) } });
      }
      await withTimeout(this.events.addBulk(jobs), ADD_TIMEOUT_MS, 'publishing to the events queue');
      await outbox.markPublished(events.map((event) => event.id));
      return events.length;
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      let relayed = 0;
      try {
        const pass = await this.relayPass();
        // A pass that found the lock held proves nothing about the queue (the other relay may be failing too):
        // it neither resets the failures nor counts as one, so the backoff and the warnings stay as they were.
        if (pass === 'locked') this.lockedPasses++;
        else {
          relayed = pass;
          if (this.failures > 0) this.logger.log({ msg: 'outbox relay recovered', after: this.failures });
          this.failures = 0;
        }
      } catch (error) {
        this.failures++;
        if (this.failures === 1 || this.failures % 50 === 0) {
          this.logger.warn({ msg: 'outbox relay failed; events wait in the outbox', error: String(error), failures: this.failures });
        }
      }
      // A full batch means more are waiting; otherwise poll gently, backing off while the queue is down.
      if (relayed < BATCH) await sleep(this.failures > 0 ? Math.min(5000, IDLE_MS * 2 ** Math.min(this.failures, 5)) : IDLE_MS);
    }
  }
}

