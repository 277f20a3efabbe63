import { paginate, SqlParams, type Page, type PageQuery } from '@tracker/api-conventions';
import { SqlRepository } from '@tracker/platform';
import type { EntityManager } from 'typeorm';
import type { DeliveryView, WebhookView } from './http/webhook.views';
import type { DeliveryStatus } from './webhook.types';

type Row = Record<string, unknown>;

/** What a subscription is made of; the secret is written here and read only to sign deliveries. */
export interface NewWebhook {
  url: string;
  events: string[];
  secret: string;
  active: boolean;
  createdBy: string | null;
}

/** The fields of a subscription a change may set; absent ones are left as they are. */
export interface WebhookChanges {
  url?: string;
  events?: string[];
  secret?: string;
  active?: boolean;
}

/** A delivery with what sending it needs: its subscription's URL, secret and whether it is still active. */
export interface DeliveryToSend {
  id: string;
  eventId: string;
  eventType: string;
  payload: unknown;
  status: DeliveryStatus;
  url: string;
  secret: string;
  active: boolean;
}

/** One attempt at sending a delivery, and where that leaves the delivery. */
export interface DeliveryAttempt {
  status: DeliveryStatus;
  statusCode: number | null;
  /** The attempt's own error (null when the receiver answered). */
  error: string | null;
  /** What the delivery reports as its last error (an HTTP status when the receiver answered with a failure). */
  lastError: string | null;
  durationMs: number;
}

const SUBSCRIPTION_SORTABLE = {
  createdAt: { column: 'w.created_at', type: 'timestamptz' },
  url: { column: 'w.url', type: 'text' },
} as const;

const DELIVERY_SORTABLE = { createdAt: { column: 'd.created_at', type: 'timestamptz' } } as const;

/**
 * The webhook_subscriptions, webhook_deliveries and webhook_delivery_attempts tables: the subscriptions, one
 * delivery per (subscription, event), and every attempt at sending one. It reads no other feature's table.
 */
export class WebhooksRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  // Subscriptions

  list(page: PageQuery): Promise<Page<WebhookView>> {
    return paginate(this.run, {
      select: 'SELECT w.* FROM webhook_subscriptions w',
      where: [],
      params: new SqlParams(),
      page,
      sortable: SUBSCRIPTION_SORTABLE,
      defaultSort: 'createdAt',
      idColumn: 'w.id',
      map: toWebhookView,
    });
  }

  async view(id: string): Promise<WebhookView | null> {
    const row = await this.row(`SELECT * FROM webhook_subscriptions WHERE id = $1`, [id]);
    return row && toWebhookView(row);
  }

  /** The subscription, locked for update to the end of the transaction: concurrent writers then take turns. */
  async lock(id: string): Promise<WebhookView | null> {
    const row = await this.row(`SELECT * FROM webhook_subscriptions WHERE id = $1 FOR UPDATE`, [id]);
    return row && toWebhookView(row);
  }

  async insert(webhook: NewWebhook): Promise<WebhookView> {
    const row = await this.row(
      `INSERT INTO webhook_subscriptions (url, events, secret, active, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
      [webhook.url, webhook.events, webhook.secret, webhook.active, webhook.createdBy],
    );
    return toWebhookView(row!);
  }

  /** Sets the given fields and moves the version on; the subscription as it now is. */
  async update(id: string, changes: WebhookChanges): Promise<WebhookView> {
    const row = await this.row(
      `UPDATE webhook_subscriptions SET url = coalesce($2, url), events = coalesce($3, events), secret = coalesce($4, secret),
              active = coalesce($5, active), version = version + 1, updated_at = now() WHERE id = $1 RETURNING *`,
      [id, changes.url ?? null, changes.events ?? null, changes.secret ?? null, changes.active ?? null],
    );
    return toWebhookView(row!);
  }

  /** Deletes the subscription, and with it (ON DELETE CASCADE) its deliveries and their attempts. */
  async delete(id: string): Promise<void> {
    await this.db.query(`DELETE FROM webhook_subscriptions WHERE id = $1`, [id]);
  }

  // Deliveries

  /** A subscription's deliveries, each with every attempt, newest first by default. */
  deliveries(subscriptionId: string, status: string | undefined, page: PageQuery): Promise<Page<DeliveryView>> {
    const params = new SqlParams();
    const where = [`d.subscription_id = ${params.add(subscriptionId)}`];
    if (status) where.push(`d.status = ${params.add(status)}`);
    return paginate(this.run, {
      select: `SELECT d.*, coalesce((SELECT json_agg(json_build_object('attemptedAt', a.attempted_at, 'statusCode', a.status_code,
                        'error', a.error, 'durationMs', a.duration_ms) ORDER BY a.id)
                 FROM webhook_delivery_attempts a WHERE a.delivery_id = d.id), '[]') AS attempt_log
                 FROM webhook_deliveries d`,
      where,
      params,
      page,
      sortable: DELIVERY_SORTABLE,
      defaultSort: '-createdAt',
      idColumn: 'd.id',
      map: toDeliveryView,
    });
  }

  /** A subscription's delivery, without its attempts, locked for update to the end of the transaction. */
  async lockDelivery(subscriptionId: string, deliveryId: string): Promise<DeliveryView | null> {
    const row = await this.row(
      `SELECT d.*, '[]'::json AS attempt_log FROM webhook_deliveries d WHERE d.id = $1 AND d.subscription_id = $2 FOR UPDATE`,
      [deliveryId, subscriptionId],
    );
    return row && toDeliveryView(row);
  }

  /** A dead delivery made pending again (its attempts and their log are kept); the delivery as it now is. */
  async revive(deliveryId: string): Promise<DeliveryView> {
    const row = await this.row(
      `UPDATE webhook_deliveries d SET status = 'pending', updated_at = now() WHERE d.id = $1 AND d.status = 'dead'
       RETURNING d.*, '[]'::json AS attempt_log`,
      [deliveryId],
    );
    return toDeliveryView(row!);
  }

  /**
   * One delivery of each event per active subscription to its type, in one statement for a batch of events. A
   * delivery is unique per (subscription, event), so creating them again for the same events creates nothing; the
   * ids of those created.
   */
  async createDeliveries(events: readonly { eventId: string; type: string; payload: unknown }[]): Promise<string[]> {
    if (events.length === 0) return [];
    const created = await this.rows<{ id: string }>(
      `INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, payload)
       SELECT s.id, e.event_id, e.event_type, e.payload
         FROM jsonb_to_recordset($1::jsonb) AS e (event_id uuid, event_type text, payload jsonb, position int)
         JOIN webhook_subscriptions s ON s.active AND e.event_type = ANY(s.events)
        ORDER BY e.position, s.id
       ON CONFLICT (subscription_id, event_id) DO NOTHING RETURNING id`,
      [JSON.stringify(events.map((e, position) => ({ event_id: e.eventId, event_type: e.type, payload: e.payload, position })))],
    );
    return created.map((d) => d.id);
  }

  /** The deliveries of some events not yet settled (pending, or failed and waiting for a retry). */
  async unsettledDeliveriesOf(eventIds: readonly string[]): Promise<string[]> {
    if (eventIds.length === 0) return [];
    const pending = await this.rows<{ id: string }>(
      `SELECT id FROM webhook_deliveries WHERE event_id = ANY($1::uuid[]) AND status IN ('pending', 'failed')`,
      [eventIds],
    );
    return pending.map((d) => d.id);
  }

  /** Deliveries not settled and unchanged for longer than `seconds`, oldest first, at most `limit`. */
  async staleDeliveries(seconds: number, limit = 1000): Promise<string[]> {
    const stale = await this.rows<{ id: string }>(
      `SELECT id FROM webhook_deliveries
        WHERE status IN ('pending', 'failed') AND updated_at < now() - make_interval(secs => $1)
        ORDER BY updated_at LIMIT $2`,
      [seconds, limit],
    );
    return stale.map((d) => d.id);
  }

  /**
   * The delivery as its job finds it. The key-share lock waits for a transaction that holds the row for update
   * (a retry, which queues the job before it commits) and then reads the row as that transaction left it; it is
   * released at once, since this statement is its own transaction.
   */
  async deliveryToSend(id: string): Promise<DeliveryToSend | null> {
    const row = await this.row(
      `SELECT d.id, d.event_id, d.event_type, d.payload, d.status, s.url, s.secret, s.active
         FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id WHERE d.id = $1
          FOR KEY SHARE OF d`,
      [id],
    );
    return (
      row && {
        id: row.id as string,
        eventId: row.event_id as string,
        eventType: row.event_type as string,
        payload: row.payload,
        status: row.status as DeliveryStatus,
        url: row.url as string,
        secret: row.secret as string,
        active: row.active as boolean,
      }
    );
  }

  /** Logs an attempt and moves the delivery to where it leaves it, in one statement (so both or neither). */
  async recordAttempt(deliveryId: string, attempt: DeliveryAttempt): Promise<void> {
    await this.rows(
      `WITH attempt AS (
         INSERT INTO webhook_delivery_attempts (delivery_id, status_code, error, duration_ms) VALUES ($1, $3, $5, $6)
       )
       UPDATE webhook_deliveries SET status = $2, attempts = attempts + 1, last_status_code = $3, last_error = $4,
              updated_at = now() WHERE id = $1 RETURNING id`,
      [deliveryId, attempt.status, attempt.statusCode, attempt.lastError, attempt.error, attempt.durationMs],
    );
  }

  /** Deliveries not settled yet (pending, or failed and waiting for a retry) and dead-lettered ones: for the metrics. */
  async deliveryCounts(): Promise<{ pending: number; dead: number }> {
    const row = await this.row<{ pending: number; dead: number }>(
      `SELECT (SELECT count(*)::int FROM webhook_deliveries WHERE status IN ('pending', 'failed')) AS pending,
              (SELECT count(*)::int FROM webhook_deliveries WHERE status = 'dead') AS dead`,
    );
    return { pending: row?.pending ?? 0, dead: row?.dead ?? 0 };
  }

  /**
   * Retention: deletes up to `limit` settled deliveries (succeeded or dead) last changed more than `days` days ago,
   * with their attempts (ON DELETE CASCADE, in the same statement); returns how many deliveries went.
   */
  async pruneSettled(days: number, limit: number): Promise<number> {
    const rows = await this.rows(
      `DELETE FROM webhook_deliveries WHERE id IN (
         SELECT id FROM webhook_deliveries
          WHERE status IN ('succeeded', 'dead') AND updated_at < now() - make_interval(days => $1)
          LIMIT $2)
       RETURNING id`,
      [days, limit],
    );
    return rows.length;
  }
}

export function toWebhookView(row: Row): WebhookView {
  return {
    id: row.id as string,
    url: row.url as string,
    events: row.events as string[],
    active: row.active as boolean,
    createdAt: new Date(row.created_at as string).toISOString(),
    version: row.version as number,
  };
}

function toDeliveryView(row: Row): DeliveryView {
  return {
    id: row.id as string,
    eventId: row.event_id as string,
    eventType: row.event_type as string,
    status: row.status as string,
    attempts: row.attempts as number,
    lastStatusCode: row.last_status_code as number | null,
    lastError: row.last_error as string | null,
    createdAt: new Date(row.created_at as string).toISOString(),
    attemptLog: row.attempt_log as DeliveryView['attemptLog'],
  };
}
