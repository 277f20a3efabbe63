import { Module } from '@nestjs/common';
import { registerQueue, repositoryProviders } from '@tracker/platform';
import { WebhooksController } from './http/webhooks.controller';
import { WebhooksService } from './http/webhooks.service';
import { WebhookDeliveryProcessor } from './jobs/webhook-delivery.processor';
import { WebhookEventHandler } from './jobs/webhook-event-handler';
import { WEBHOOKS_QUEUE, WebhookJobs } from './jobs/webhook-jobs';
import { WebhooksRepository } from './webhooks.repository';

/** Webhook subscriptions and their deliveries. */
@Module({
  imports: [registerQueue(WEBHOOKS_QUEUE)],
  providers: [...repositoryProviders(WebhooksRepository), WebhooksService, WebhookJobs],
  // WebhooksRepository for the worker's processor and event handler (the deliveries), not for other features.
  exports: [WebhooksService, WebhookJobs, WebhooksRepository],
})
export class WebhooksModule {}

@Module({ imports: [WebhooksModule], controllers: [WebhooksController] })
export class WebhooksApiModule {}

/** The handler that creates deliveries from events, and the processor that sends them. */
@Module({ imports: [WebhooksModule, registerQueue(WEBHOOKS_QUEUE)], providers: [WebhookEventHandler, WebhookDeliveryProcessor] })
export class WebhooksWorkerModule {}
