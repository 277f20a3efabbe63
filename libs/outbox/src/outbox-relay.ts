import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { QUEUES, RUNTIME, sleep, withTimeout, type Runtime } from '@tracker/platform';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

export interface RelayedEvent {
  eventId: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  projectId: string | null;
  payload: Record<string, unknown>;
  occurredAt: string;
}

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
 * and BullMQ drops the repeats, because each job's id is the event's id.
 *
 * PostgreSQL, not the queue, is the record of what must happen: an event published but not handled after
 * REDELIVER_AFTER_SECONDS is published again, in case the queue lost it (a Redis restarted without
 * persistence loses its jobs). While its job still exists BullMQ ignores the repeat; handlers are idempotent anyway.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('outbox-relay');
  private running = false;
  private loop: Promise<void> | null = null;
  private failures = 0;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.events) private readonly events: Queue,
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

  /** Publishes one batch; returns how many events left the outbox. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [RELAY_LOCK]);
      if (!locked) return 0;
      const rows: Record<string, unknown>[] = await manager.query(
        `(SELECT id, event_id, event_type, aggregate_type, aggregate_id, project_id, payload, created_at
            FROM outbox_events WHERE published_at IS NULL ORDER BY id LIMIT $1)
         UNION ALL
         (SELECT id, event_id, event_type, aggregate_type, aggregate_id, project_id, payload, created_at
            FROM outbox_events
           WHERE handled_at IS NULL AND published_at IS NOT NULL AND published_at < now() - make_interval(secs => $2)
           ORDER BY published_at LIMIT $3)
         ORDER BY id LIMIT $1`,
        [BATCH, this.runtime.config.redeliverAfterSeconds, REDELIVER_BATCH],
      );
      if (rows.length === 0) return 0;
      const jobs = rows.map((row) => ({
        name: row.event_type as string,
        data: {
          eventId: row.event_id,
          type: row.event_type,
          aggregateType: row.aggregate_type,
          aggregateId: row.aggregate_id,
          projectId: row.project_id,
          payload: row.payload,
          occurredAt: new Date(row.created_at as string).toISOString(),
        } as RelayedEvent,
        opts: { jobId: row.event_id as string },
      }));
      await withTimeout(this.events.addBulk(jobs), ADD_TIMEOUT_MS, 'publishing to the events queue');
      await manager.query(`UPDATE outbox_events SET published_at = now() WHERE id = ANY($1::bigint[])`, [
        rows.map((row) => row.id),
      ]);
      return rows.length;
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      let relayed = 0;
      try {
        relayed = await this.relayOnce();
        if (this.failures > 0) this.logger.log({ msg: 'outbox relay recovered', after: this.failures });
        this.failures = 0;
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

