import { Injectable } from '@nestjs/common';
import { HandlesEvents, type EventHandler, type RelayedEvent } from '@tracker/events';
import { WebhooksRepository } from '../webhooks.repository';
import { WebhookJobs } from './webhook-jobs';

/**
 * Turns a relayed event into one delivery per active subscription to its type. A delivery is unique per
 * (subscription, event), so handling the same event again creates nothing and sends nothing twice.
 */
@Injectable()
@HandlesEvents((event) => event.public)
export class WebhookEventHandler implements EventHandler {
  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly jobs: WebhookJobs,
  ) {}

  async handle(event: RelayedEvent): Promise<void> {
    await this.handleBatch([event]);
  }

  /** A routed batch in two statements, whatever its size (one event at a time, it was two per event). */
  async handleBatch(events: RelayedEvent[]): Promise<void> {
    const created = await this.webhooks.createDeliveries(
      events.map((event) => ({
        eventId: event.eventId,
        type: event.type,
        payload: { id: event.eventId, type: event.type, occurredAt: event.occurredAt, data: event.payload },
      })),
    );
    // Also (re)schedule deliveries of these events that exist but never finished, in case a crash came in between.
    const unsettled = await this.webhooks.unsettledDeliveriesOf(events.map((event) => event.eventId));
    await this.jobs.schedule([...new Set([...created, ...unsettled])]);
  }
}
