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
// One at a time: events are routed in the order the relay published them, which is the order they happened.
@Processor(QUEUES.events, { concurrency: 1 })
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
