import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { QUEUES } from '@tracker/platform';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import type { RelayedEvent } from './outbox-relay';

/** Something that reacts to relayed events (rollups, webhooks). Registered under EVENT_HANDLERS. */
export interface EventHandler {
  handle(event: RelayedEvent): Promise<void>;
}
export const EVENT_HANDLERS = Symbol('EVENT_HANDLERS');

/**
 * Hands each relayed event to every handler. Handlers must be idempotent: a job is retried whole if one of them
 * fails, and the relay may publish an event again after a crash (BullMQ drops it while the first copy is kept).
 */
// Several at a time per worker: routing is round trips (a plan lookup, a rollup to schedule, deliveries to create),
// and one at a time it managed ~370 events/s, so a first reminder scan of a national portfolio (450,000 events)
// took 20 minutes to route. Order is not a promise here: deliveries run concurrently and retry anyway, so receivers
// order by the payload's occurredAt and deduplicate by X-Event-Id; rollups recompute from the data.
@Processor(QUEUES.events, { concurrency: 8 })
export class EventRouterProcessor extends WorkerHost {
  constructor(
    @Inject(EVENT_HANDLERS) private readonly handlers: EventHandler[],
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  private readonly logger = new Logger('events');

  async process(job: Job<RelayedEvent>): Promise<void> {
    for (const handler of this.handlers) await handler.handle(job.data);
    // Handled: the relay no longer needs to publish it again (see OutboxRelay, redelivery).
    await this.dataSource.query(`UPDATE outbox_events SET handled_at = now() WHERE event_id = $1 AND handled_at IS NULL`, [job.data.eventId]);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<RelayedEvent> | undefined, error: Error): void {
    this.logger.warn({ msg: 'event handling failed; it will be retried', eventId: job?.data.eventId, type: job?.data.type, attempt: job?.attemptsMade, error: error.message });
  }
}
