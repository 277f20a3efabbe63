import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { defineEvents, type CatalogueOf } from '@tracker/events';
import { WebhookView } from './http/webhook.views';

export class WebhookChangedEvent {
  @ApiProperty({ type: WebhookView, description: 'The subscription (never its secret); as it was, when deleted' })
  webhook: WebhookView;
  @ApiPropertyOptional({ type: WebhookView, description: 'Before an update' })
  previous?: WebhookView;
}

/** Kept to the outbox and the audit trail: a subscription's own changes are not sent to subscriptions. */
export const WEBHOOK_EVENTS = defineEvents('webhooks', {
  'webhook.created': { aggregate: 'webhook', summary: 'A webhook subscription was created', payload: WebhookChangedEvent, public: false },
  'webhook.updated': { aggregate: 'webhook', summary: 'A webhook subscription was changed', payload: WebhookChangedEvent, public: false },
  'webhook.deleted': { aggregate: 'webhook', summary: 'A webhook subscription was deleted', payload: WebhookChangedEvent, public: false },
});

declare module '@tracker/events' {
  interface EventCatalogue extends CatalogueOf<typeof WEBHOOK_EVENTS> {}
}
