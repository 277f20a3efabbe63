import { Module } from '@nestjs/common';
import { WebhookDeliveryProcessor } from './delivery/webhook-delivery.processor';
import { WebhookEventHandler } from './delivery/webhook-event-handler';
import { WebhookJobs } from './delivery/webhook-jobs';
import { WebhooksController } from './http/webhooks.controller';
import { WebhooksService } from './http/webhooks.service';

@Module({ controllers: [WebhooksController], providers: [WebhooksService] })
export class WebhooksApiModule {}

/** Deliveries: the handler that creates them from events, and the processor that sends them. */
@Module({ providers: [WebhookJobs, WebhookEventHandler, WebhookDeliveryProcessor], exports: [WebhookEventHandler] })
export class WebhooksWorkerModule {}
