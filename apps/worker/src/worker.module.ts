import { Module } from '@nestjs/common';
import { FinanceWorkerModule, RollupEventHandler } from '@tracker/finance';
import { RemindersWorkerModule } from '@tracker/notifications';
import { EVENT_HANDLERS, EventRouterProcessor, OutboxRelay } from '@tracker/outbox';
import { WebhookEventHandler, WebhooksWorkerModule } from '@tracker/webhooks';

/**
 * The background side: the outbox relay, the event router and the job processors of each feature.
 * The api never imports this module.
 */
@Module({
  imports: [FinanceWorkerModule, WebhooksWorkerModule, RemindersWorkerModule],
  providers: [
    OutboxRelay,
    EventRouterProcessor,
    // Every feature that reacts to events contributes its handler here.
    { provide: EVENT_HANDLERS, useFactory: (...handlers: unknown[]) => handlers, inject: [RollupEventHandler, WebhookEventHandler] },
  ],
})
export class WorkerModule {}
