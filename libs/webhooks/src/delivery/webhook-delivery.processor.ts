import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { keepScheduled, QUEUES, RUNTIME, type Runtime } from '@tracker/platform';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { queryRows } from '@tracker/database';
import { sendWebhook, signature } from './send-webhook';
import { WebhookJobs, type DeliverWebhookData } from './webhook-jobs';

/** Receivers that take their time never hold up others: many deliveries run at once, each bounded by 5 s. */
@Processor(QUEUES.webhooks, { concurrency: 16 })
export class WebhookDeliveryProcessor extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('webhooks');
  private stopSweep: () => void = () => undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(RUNTIME) private readonly runtime: Runtime,
    private readonly jobs: WebhookJobs,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.stopSweep = keepScheduled(() => this.recoverLostDeliveries().then(() => undefined), this.logger);
  }

  onApplicationShutdown(): void {
    this.stopSweep();
  }

  /**
   * Deliveries not settled long after their last change: the queue lost their job (a Redis restarted without
   * persistence), or it is still waiting or retrying, and scheduling it again is deduplicated by its job id.
   */
  async recoverLostDeliveries(): Promise<number> {
    const stale: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM webhook_deliveries
        WHERE status IN ('pending', 'failed') AND updated_at < now() - make_interval(secs => $1)
        ORDER BY updated_at LIMIT 1000`,
      [this.runtime.config.redeliverAfterSeconds],
    );
    await this.jobs.schedule(stale.map((row) => row.id));
    return stale.length;
  }

  async process(job: Job<DeliverWebhookData>): Promise<string> {
    const [delivery] = await this.dataSource.query(
      `SELECT d.id, d.event_id, d.event_type, d.payload, d.status, s.url, s.secret, s.active
         FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id WHERE d.id = $1`,
      [job.data.deliveryId],
    );
    if (!delivery || delivery.status === 'succeeded' || delivery.status === 'dead') return 'nothing to do';
    if (!delivery.active) return 'subscription inactive';

    const body = JSON.stringify(delivery.payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const result = await sendWebhook(
      new URL(delivery.url),
      body,
      { 'X-Signature': signature(delivery.secret, body), 'X-Event-Id': delivery.event_id, 'X-Event-Type': delivery.event_type, 'X-Timestamp': timestamp },
      { allowPrivate: this.runtime.config.webhookAllowPrivateTargets },
    );
    const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const status = ok ? 'succeeded' : lastAttempt ? 'dead' : 'failed';
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO webhook_delivery_attempts (delivery_id, status_code, error, duration_ms) VALUES ($1, $2, $3, $4)`,
        [delivery.id, result.statusCode, result.error, result.durationMs],
      );
      await queryRows(
        manager,
        `UPDATE webhook_deliveries SET status = $2, attempts = attempts + 1, last_status_code = $3, last_error = $4,
                updated_at = now() WHERE id = $1 RETURNING id`,
        [delivery.id, status, result.statusCode, result.error ?? (ok ? null : `HTTP ${result.statusCode}`)],
      );
    });
    if (status === 'dead') {
      this.logger.warn({ msg: 'webhook delivery dead-lettered', deliveryId: delivery.id, url: delivery.url, attempts: job.attemptsMade + 1 });
      return 'dead';
    }
    // Throwing hands the retry (exponential backoff with jitter) to BullMQ.
    if (!ok) throw new Error(`delivery ${delivery.id} failed: ${result.error ?? `HTTP ${result.statusCode}`}`);
    return 'delivered';
  }
}
