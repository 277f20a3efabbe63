import { Module } from '@nestjs/common';
import { EventsWorkerModule } from '@tracker/events';
import { FinanceWorkerModule } from '@tracker/finance';
import { NotificationsWorkerModule } from '@tracker/notifications';
import { OperationsWorkerModule } from '@tracker/operations';
import { ReportingWorkerModule } from '@tracker/reporting';
import { WebhooksWorkerModule } from '@tracker/webhooks';

/**
 * The background side: the outbox relay and event router, and each feature's jobs. Event handlers are found by
 * their @HandlesEvents decorator, so this module lists features, not handlers. The api never imports it.
 */
@Module({ imports: [EventsWorkerModule, FinanceWorkerModule, WebhooksWorkerModule, NotificationsWorkerModule, ReportingWorkerModule, OperationsWorkerModule] })
export class WorkerModule {}
