import { Injectable } from '@nestjs/common';
import type { EventHandler, RelayedEvent } from '@tracker/outbox';
import { DataSource } from 'typeorm';
import { WEBHOOK_EVENTS } from '../webhook-subscription.entity';
import { WebhookJobs } from './webhook-jobs';

/**
 * Turns a relayed event into one delivery per active subscription to its type. A delivery is unique per
 * (subscription, event), so handling the same event again creates nothing and sends nothing twice.
 */
@Injectable()
export class WebhookEventHandler implements EventHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: WebhookJobs,
  ) {}

  async handle(event: RelayedEvent): Promise<void> {
    if (!(WEBHOOK_EVENTS as readonly string[]).includes(event.type)) return;
    const payload = { id: event.eventId, type: event.type, occurredAt: event.occurredAt, data: event.payload };
    const created: { id: string }[] = await this.dataSource.query(
      `INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, payload)
       SELECT s.id, $1, $2, $3 FROM webhook_subscriptions s WHERE s.active AND $2 = ANY(s.events)
       ON CONFLICT (subscription_id, event_id) DO NOTHING RETURNING id`,
      [event.eventId, event.type, JSON.stringify(payload)],
    );
    // Also (re)schedule deliveries of this event that exist but never finished, in case a crash came in between.
    const pending: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM webhook_deliveries WHERE event_id = $1 AND status IN ('pending', 'failed')`,
      [event.eventId],
    );
    await this.jobs.schedule([...new Set([...created, ...pending].map((d) => d.id))]);
  }
}
