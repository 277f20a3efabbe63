import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { changesNothing, conflict, invalid, notFound, ProblemException, staleVersion, type Page, type PageQuery } from '@tracker/api-conventions';
import { recordChanges, type Actor } from '@tracker/audit';
import { RUNTIME, withTimeout, type Runtime } from '@tracker/platform';
import { EntityManager } from 'typeorm';
import { checkWebhookTarget, WebhookTargetError } from '../jobs/target-guard';
import { WebhookJobs } from '../jobs/webhook-jobs';
import '../webhooks.events';
import { WebhooksRepository } from '../webhooks.repository';
import type { CreateWebhookDto, DeliveryListQuery, UpdateWebhookDto } from './webhook.dto';
import type { CreatedWebhookView, DeliveryView, WebhookView } from './webhook.views';

const QUEUE_TIMEOUT_MS = 5000;
const noWebhook = (id: string) => notFound(`No webhook with id ${id}.`, `没有 ID 为 ${id} 的 Webhook。`);

@Injectable()
export class WebhooksService {
  constructor(
    private readonly db: EntityManager,
    private readonly webhooks: WebhooksRepository,
    @Inject(RUNTIME) private readonly runtime: Runtime,
    private readonly jobs: WebhookJobs,
  ) {}

  list(page: PageQuery): Promise<Page<WebhookView>> {
    return this.webhooks.list(page);
  }

  async get(id: string): Promise<WebhookView> {
    const found = await this.webhooks.view(id);
    if (!found) throw noWebhook(id);
    return found;
  }

  async create(input: CreateWebhookDto, actor: Actor): Promise<CreatedWebhookView> {
    await this.checkUrl(input.url);
    const secret = input.secret ?? randomBytes(32).toString('base64url');
    return recordChanges(this.db, actor, async (changes) => {
      const view = await this.webhooks.within(changes.manager).insert({
        url: input.url,
        events: input.events,
        secret,
        active: input.active ?? true,
        createdBy: actor.id,
      });
      await changes.audit('create', 'webhook', view.id, null, view);
      await changes.emit('webhook.created', { aggregateId: view.id }, { webhook: view });
      // A generated secret is shown once, here; one the caller chose is not echoed.
      return { ...view, secret: input.secret ? null : secret };
    });
  }

  async update(id: string, expectedVersion: number, patch: UpdateWebhookDto, actor: Actor): Promise<WebhookView> {
    if (patch.url !== undefined) await this.checkUrl(patch.url);
    return recordChanges(this.db, actor, async (changes) => {
      const webhooks = this.webhooks.within(changes.manager);
      // Locking the row serialises concurrent writers: exactly one of them sees its version still current.
      const before = await webhooks.lock(id);
      if (!before) throw noWebhook(id);
      if (before.version !== expectedVersion) throw staleVersion(before.version);
      // A secret is never in the view, so sending one always counts as a change.
      if (changesNothing(before, patch)) return before;
      const after = await webhooks.update(id, { url: patch.url, events: patch.events, secret: patch.secret, active: patch.active });
      // The secret is never written to the audit log nor to an event; that it changed is audited.
      await changes.audit('update', 'webhook', id, before, { ...after, secretChanged: patch.secret !== undefined });
      await changes.emit('webhook.updated', { aggregateId: id }, { webhook: after, previous: before });
      return after;
    });
  }

  async remove(id: string, expectedVersion: number, actor: Actor): Promise<void> {
    await recordChanges(this.db, actor, async (changes) => {
      const webhooks = this.webhooks.within(changes.manager);
      const deleted = await webhooks.lock(id);
      if (!deleted) throw noWebhook(id);
      if (deleted.version !== expectedVersion) throw staleVersion(deleted.version);
      await webhooks.delete(id);
      await changes.audit('delete', 'webhook', id, deleted, null);
      await changes.emit('webhook.deleted', { aggregateId: id }, { webhook: deleted });
    });
  }

  async deliveries(id: string, query: DeliveryListQuery): Promise<Page<DeliveryView>> {
    await this.get(id);
    return this.webhooks.deliveries(id, query.status, query);
  }

  /**
   * Sends a dead delivery again. The delivery's row is locked while it is made pending and its job queued, in one
   * transaction: of two concurrent retries one queues it and the other finds it no longer dead (409); if the queue
   * cannot take the job, nothing changes (the error is the caller's to see, and the delivery stays dead).
   */
  async retryDelivery(subscriptionId: string, deliveryId: string, actor: Actor): Promise<DeliveryView> {
    await this.get(subscriptionId);
    return recordChanges(this.db, actor, async (changes) => {
      const webhooks = this.webhooks.within(changes.manager);
      const before = await webhooks.lockDelivery(subscriptionId, deliveryId);
      if (!before) throw notFound(`No delivery with id ${deliveryId} for webhook ${subscriptionId}.`, `Webhook ${subscriptionId} 没有 ID 为 ${deliveryId} 的投递。`);
      if (before.status !== 'dead') {
        throw conflict(`The delivery is ${before.status}, not dead: only a dead delivery is retried.`, `该投递的状态是 ${before.status}，不是已失效：只有已失效的投递可以重试。`);
      }
      const after = await webhooks.revive(deliveryId);
      const jobId = await withTimeout(this.jobs.retry(deliveryId), QUEUE_TIMEOUT_MS, 'queueing the retry').catch(() => {
        // A job queued after all finds its delivery still dead (this transaction rolled back) and does nothing.
        throw new ProblemException(503, 'Service Unavailable', 'The queue is unavailable; the delivery stays dead. Try again later.').inChinese(
          '队列暂不可用，该投递仍为已失效，请稍后重试。',
        );
      });
      const { attemptLog: _before, ...beforeEntry } = before;
      const { attemptLog: _after, ...afterEntry } = after;
      await changes.audit('retry', 'webhook_delivery', deliveryId, beforeEntry, { ...afterEntry, jobId });
      return after;
    });
  }

  private async checkUrl(url: string): Promise<void> {
    try {
      await checkWebhookTarget(url, this.runtime.config.webhookAllowPrivateTargets);
    } catch (error) {
      if (error instanceof WebhookTargetError) throw invalid('url', error.message, error.chinese);
      throw error;
    }
  }
}
