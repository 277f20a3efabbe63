import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { QUEUES } from '@tracker/platform';
import type { Job } from 'bullmq';
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
@Processor(QUEUES.events, { concurrency: 4 })
export class EventRouterProcessor extends WorkerHost {
  constructor(@Inject(EVENT_HANDLERS) private readonly handlers: EventHandler[]) {
    super();
  }

  async process(job: Job<RelayedEvent>): Promise<void> {
    for (const handler of this.handlers) await handler.handle(job.data);
  }
}
