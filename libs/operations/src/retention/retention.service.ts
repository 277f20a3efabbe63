import { Inject, Injectable, Logger } from '@nestjs/common';
import { OutboxRepository } from '@tracker/events';
import { NotificationsRepository } from '@tracker/notifications';
import { RUNTIME, sleep, type Runtime } from '@tracker/platform';
import { WebhooksRepository } from '@tracker/webhooks';

/** Rows per delete: each batch is one statement, its own short transaction, so no lock is held for long. */
export const RETENTION_BATCH = 2000;
/** A pause between batches, so the api's queries interleave with a long prune. */
const PAUSE_MS = 20;

export interface RetentionResult {
  outboxEvents: number;
  webhookDeliveries: number;
  notifications: number;
  batches: number;
  durationMs: number;
}

/**
 * Deletes what has served its purpose, through the tables' owners: handled outbox events older than
 * RETAIN_OUTBOX_DAYS, settled webhook deliveries (and their attempts) older than RETAIN_DELIVERIES_DAYS,
 * acknowledged notifications older than RETAIN_NOTIFICATIONS_DAYS. The audit log is never pruned.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('retention');

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly webhooks: WebhooksRepository,
    private readonly notifications: NotificationsRepository,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  async prune(batch = RETENTION_BATCH): Promise<RetentionResult> {
    const started = performance.now();
    const { retainOutboxDays, retainDeliveriesDays, retainNotificationsDays } = this.runtime.config;
    let batches = 0;
    const drain = async (prune: (days: number, limit: number) => Promise<number>, days: number): Promise<number> => {
      let total = 0;
      for (;;) {
        const deleted = await prune(days, batch);
        batches += 1;
        total += deleted;
        if (deleted < batch) return total;
        await sleep(PAUSE_MS);
      }
    };
    const result = {
      outboxEvents: await drain((d, l) => this.outbox.pruneHandled(d, l), retainOutboxDays),
      webhookDeliveries: await drain((d, l) => this.webhooks.pruneSettled(d, l), retainDeliveriesDays),
      notifications: await drain((d, l) => this.notifications.pruneAcknowledged(d, l), retainNotificationsDays),
    };
    const outcome = { ...result, batches, durationMs: Math.round(performance.now() - started) };
    this.logger.log({ msg: 'retention', ...outcome });
    return outcome;
  }
}
