import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { RUNTIME, type Runtime } from '@tracker/platform';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';

/** The webhooks queue: one job per delivery. */
export const WEBHOOKS_QUEUE = 'webhooks';

export interface DeliverWebhookData {
  deliveryId: string;
}

@Injectable()
export class WebhookJobs {
  constructor(
    @InjectQueue(WEBHOOKS_QUEUE) private readonly queue: Queue,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  /** One job per delivery, keyed by its id: scheduling a delivery twice sends it once. */
  async schedule(deliveryIds: string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    await this.queue.addBulk(deliveryIds.map((deliveryId) => this.job(deliveryId, `delivery-${deliveryId}`)));
  }

  /**
   * Deliveries found unsettled long after their last change (the recovery sweep). A job of theirs that is waiting,
   * delayed or running is left alone (adding it again is deduplicated by its id). One that has finished while the
   * delivery stayed unsettled (it failed all its attempts before recording one, say) is kept by BullMQ for days
   * under `delivery-<id>` and would swallow the new job: it is removed first.
   */
  async reschedule(deliveryIds: string[]): Promise<void> {
    for (const deliveryId of deliveryIds) {
      const finished = await this.queue.getJob(`delivery-${deliveryId}`);
      if (finished && ['completed', 'failed'].includes(await finished.getState())) await finished.remove();
    }
    await this.schedule(deliveryIds);
  }

  /**
   * A dead delivery sent again, with a full set of attempts. Its first job ended (completed, as dead) and is kept
   * for a day under `delivery-<id>`, which would swallow a job of that id: a retry has an id of its own. That the
   * delivery is retried once per request is the caller's row lock's doing.
   */
  async retry(deliveryId: string): Promise<string> {
    const { name, data, opts } = this.job(deliveryId, `delivery-${deliveryId}-retry-${randomUUID()}`);
    return (await this.queue.add(name, data, opts)).id!;
  }

  private job(deliveryId: string, jobId: string) {
    return {
      name: 'deliver',
      data: { deliveryId } satisfies DeliverWebhookData,
      opts: {
        jobId,
        attempts: this.runtime.config.webhookMaxAttempts,
        // Exponential with jitter, so receivers coming back from an outage are not hit by every retry at once.
        backoff: { type: 'exponential' as const, delay: this.runtime.config.webhookRetryBaseMs, jitter: 0.5 },
      },
    };
  }
}
