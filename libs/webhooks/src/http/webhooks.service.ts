import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { paginate, PageQuery, ProblemException, SqlParams, staleVersion, type Page } from '@tracker/api-conventions';
import { recordChanges, type Actor } from '@tracker/audit';
import { queryRows } from '@tracker/database';
import { RUNTIME, type Runtime } from '@tracker/platform';
import { DataSource } from 'typeorm';
import { checkWebhookTarget, WebhookTargetError } from '../delivery/target-guard';
import type { CreateWebhookDto, DeliveryListQuery, UpdateWebhookDto } from './webhook.dto';
import type { CreatedWebhookView, DeliveryView, WebhookView } from './webhook.views';

type Row = Record<string, unknown>;
const notFound = (id: string) => new ProblemException(404, 'Not Found', `No webhook with id ${id}.`);

@Injectable()
export class WebhooksService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  list(page: PageQuery): Promise<Page<WebhookView>> {
    return paginate((sql, values) => this.dataSource.query(sql, values), {
      select: 'SELECT w.* FROM webhook_subscriptions w',
      where: [],
      params: new SqlParams(),
      page,
      sortable: { createdAt: { column: 'w.created_at', type: 'timestamptz' }, url: { column: 'w.url', type: 'text' } },
      defaultSort: 'createdAt',
      idColumn: 'w.id',
      map: toWebhookView,
    });
  }

  async get(id: string): Promise<WebhookView> {
    const [row] = await this.dataSource.query(`SELECT * FROM webhook_subscriptions WHERE id = $1`, [id]);
    if (!row) throw notFound(id);
    return toWebhookView(row);
  }

  async create(input: CreateWebhookDto, actor: Actor): Promise<CreatedWebhookView> {
    await this.checkUrl(input.url);
    const generated = input.secret ? null : randomBytes(32).toString('base64url');
    return recordChanges(this.dataSource.manager, actor, async (changes) => {
      const [row] = await changes.manager.query(
        `INSERT INTO webhook_subscriptions (url, events, secret, active, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
        [input.url, input.events, input.secret ?? generated, input.active ?? true, actor.id],
      );
      const view = toWebhookView(row);
      await changes.audit('create', 'webhook', view.id, null, view);
      return { ...view, secret: generated };
    });
  }

  async update(id: string, expectedVersion: number, patch: UpdateWebhookDto, actor: Actor): Promise<WebhookView> {
    if (patch.url !== undefined) await this.checkUrl(patch.url);
    return recordChanges(this.dataSource.manager, actor, async (changes) => {
      const [current] = await changes.manager.query(`SELECT * FROM webhook_subscriptions WHERE id = $1 FOR UPDATE`, [id]);
      if (!current) throw notFound(id);
      if (current.version !== expectedVersion) throw staleVersion(current.version);
      const [row] = await queryRows(
        changes.manager,
        `UPDATE webhook_subscriptions SET url = coalesce($2, url), events = coalesce($3, events), secret = coalesce($4, secret),
                active = coalesce($5, active), version = version + 1, updated_at = now() WHERE id = $1 RETURNING *`,
        [id, patch.url ?? null, patch.events ?? null, patch.secret ?? null, patch.active ?? null],
      );
      const before = toWebhookView(current);
      const after = toWebhookView(row);
      // The secret is never written to the audit log; that it changed is.
      await changes.audit('update', 'webhook', id, before, { ...after, secretChanged: patch.secret !== undefined });
      return after;
    });
  }

  async remove(id: string, expectedVersion: number, actor: Actor): Promise<void> {
    await recordChanges(this.dataSource.manager, actor, async (changes) => {
      const [current] = await changes.manager.query(`SELECT * FROM webhook_subscriptions WHERE id = $1 FOR UPDATE`, [id]);
      if (!current) throw notFound(id);
      if (current.version !== expectedVersion) throw staleVersion(current.version);
      await changes.manager.query(`DELETE FROM webhook_subscriptions WHERE id = $1`, [id]);
      await changes.audit('delete', 'webhook', id, toWebhookView(current), null);
    });
  }

  async deliveries(id: string, query: DeliveryListQuery): Promise<Page<DeliveryView>> {
    await this.get(id);
    const params = new SqlParams();
    const where = [`d.subscription_id = ${params.add(id)}`];
    if (query.status) where.push(`d.status = ${params.add(query.status)}`);
    return paginate((sql, values) => this.dataSource.query(sql, values), {
      select: `SELECT d.*, coalesce((SELECT json_agg(json_build_object('attemptedAt', a.attempted_at, 'statusCode', a.status_code,
                        'error', a.error, 'durationMs', a.duration_ms) ORDER BY a.id)
                 FROM webhook_delivery_attempts a WHERE a.delivery_id = d.id), '[]') AS attempt_log
                 FROM webhook_deliveries d`,
      where,
      params,
      page: query,
      sortable: { createdAt: { column: 'd.created_at', type: 'timestamptz' } },
      defaultSort: '-createdAt',
      idColumn: 'd.id',
      map: (row: Row) => ({
        id: row.id as string,
        eventId: row.event_id as string,
        eventType: row.event_type as string,
        status: row.status as string,
        attempts: row.attempts as number,
        lastStatusCode: row.last_status_code as number | null,
        lastError: row.last_error as string | null,
        createdAt: new Date(row.created_at as string).toISOString(),
        attemptLog: row.attempt_log as DeliveryView['attemptLog'],
      }),
    });
  }

  private async checkUrl(url: string): Promise<void> {
    try {
      await checkWebhookTarget(url, this.runtime.config.webhookAllowPrivateTargets);
    } catch (error) {
      if (error instanceof WebhookTargetError) {
        throw new ProblemException(400, 'Bad Request', 'The request has invalid fields.', [{ field: 'url', message: error.message }]);
      }
      throw error;
    }
  }
}

function toWebhookView(row: Row): WebhookView {
  return {
    id: row.id as string,
    url: row.url as string,
    events: row.events as string[],
    active: row.active as boolean,
    createdAt: new Date(row.created_at as string).toISOString(),
    version: row.version as number,
  };
}
