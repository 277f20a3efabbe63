import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { QUEUES, RUNTIME, type Runtime } from '@tracker/platform';
import type { Queue } from 'bullmq';

export interface DeliverWebhookData {
  deliveryId: string;
}

@Injectable()
export class WebhookJobs {
  constructor(
    @InjectQueue(QUEUES.webhooks) private readonly queue: Queue,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  /** One job per delivery, keyed by its id: scheduling a delivery twice sends it once. */
  async schedule(deliveryIds: string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    await this.queue.addBulk(
      deliveryIds.map((deliveryId) => ({
        name: 'deliver',
        data: { deliveryId } satisfies DeliverWebhookData,
        opts: {
          jobId: `delivery-${deliveryId}`,
          attempts: this.runtime.config.webhookMaxAttempts,
          // Exponential with jitter, so receivers coming back from an outage are not hit by every retry at once.
          backoff: { type: 'exponential', delay: this.runtime.config.webhookRetryBaseMs, jitter: 0.5 },
        },
      })),
    );
  }
}
