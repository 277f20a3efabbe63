import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { keepScheduled, RUNTIME, type Runtime } from '@tracker/platform';
import type { Job } from 'bullmq';
import { WebhooksRepository } from '../webhooks.repository';
import { sendWebhook, signature } from './send-webhook';
import { WEBHOOKS_QUEUE, WebhookJobs, type DeliverWebhookData } from './webhook-jobs';

/** Receivers that take their time never hold up others: many deliveries run at once, each bounded by 5 s. */
@Processor(WEBHOOKS_QUEUE, { concurrency: 16 })
export class WebhookDeliveryProcessor extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('webhooks');
  private stopSweep: () => void = () => undefined;

  constructor(
    private readonly webhooks: WebhooksRepository,
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
   * persistence), or their job ended without settling them, or it is still waiting or retrying (and scheduling it
   * again is deduplicated by its job id).
   */
  async recoverLostDeliveries(): Promise<number> {
    const stale = await this.webhooks.staleDeliveries(this.runtime.config.redeliverAfterSeconds);
    await this.jobs.reschedule(stale);
    return stale.length;
  }

  async process(job: Job<DeliverWebhookData>): Promise<string> {
    const delivery = await this.webhooks.deliveryToSend(job.data.deliveryId);
    if (!delivery || delivery.status === 'succeeded' || delivery.status === 'dead') return 'nothing to do';
    if (!delivery.active) return 'subscription inactive';

    const body = JSON.stringify(delivery.payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const result = await sendWebhook(
      new URL(delivery.url),
      body,
      { 'X-Signature': signature(delivery.secret, body), 'X-Event-Id': delivery.eventId, 'X-Event-Type': delivery.eventType, 'X-Timestamp': timestamp },
      { allowPrivate: this.runtime.config.webhookAllowPrivateTargets },
    );
    const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const status = ok ? 'succeeded' : lastAttempt ? 'dead' : 'failed';
    await this.webhooks.recordAttempt(delivery.id, {
      status,
      statusCode: result.statusCode,
      error: result.error,
      lastError: result.error ?? (ok ? null : `HTTP ${result.statusCode}`),
      durationMs: result.durationMs,
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
