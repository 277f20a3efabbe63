import { Module } from '@nestjs/common';
import { OutboxRepository } from '@tracker/events';
import { RollupsRepository } from '@tracker/finance';
import { NotificationsRepository } from '@tracker/notifications';
import { registerQueue, repositoryProviders } from '@tracker/platform';
import { WebhooksRepository } from '@tracker/webhooks';
import { OutboxController } from './http/outbox.controller';
import { AppMetrics } from './metrics/app-metrics';
import { HttpMetrics } from './metrics/http-metrics';
import { MetricsRegistry } from './metrics/metrics-registry';
import { MetricsServer } from './metrics/metrics-server';
import { ReminderScanMetrics } from './metrics/reminder-scan-metrics';
import { RETENTION_QUEUE, RetentionJobs, RetentionProcessor } from './retention/retention-jobs';
import { RetentionService } from './retention/retention.service';

/**
 * What an operator watches: the process's metrics (the registry, the gauges read at scrape time, the server of
 * GET /metrics). The api and the worker both import it; in one process (standalone) it is one module, one server.
 * It reads the outbox, deliveries and rollups through their owners' repositories, and the nightly retention
 * deletes through them (their prune methods); it owns no table.
 */
@Module({
  imports: [registerQueue(RETENTION_QUEUE)],
  providers: [
    ...repositoryProviders(OutboxRepository, WebhooksRepository, RollupsRepository, NotificationsRepository),
    MetricsRegistry,
    AppMetrics,
    HttpMetrics,
    MetricsServer,
    ReminderScanMetrics,
    RetentionService,
    RetentionJobs,
  ],
  exports: [MetricsRegistry, HttpMetrics, MetricsServer, RetentionService, RetentionJobs],
})
export class OperationsModule {}

/** The api's side: the request duration histogram (installed by the api's HTTP pipeline) and the outbox listing. */
@Module({
  imports: [OperationsModule],
  providers: repositoryProviders(OutboxRepository),
  controllers: [OutboxController],
  exports: [OperationsModule],
})
export class OperationsApiModule {}

/** The worker's side: the retention processor and its nightly schedule. */
@Module({ imports: [OperationsModule, registerQueue(RETENTION_QUEUE)], providers: [RetentionProcessor] })
export class OperationsWorkerModule {}
