import { paginate, SqlParams, type Page, type PageQuery } from '@tracker/api-conventions';
import { SqlRepository } from '@tracker/platform';
import type { EntityManager } from 'typeorm';
import { registeredEvent, type EventName, type EventPayload } from './event-catalogue';

/** What an event is about, beside its payload: the aggregate's id and, when it concerns one, the project. */
export interface EventSubject {
  aggregateId: string;
  projectId?: string | null;
}

/** An event ready for the outbox: a name of the catalogue, its subject and its payload. */
export interface OutboxEntry<N extends EventName = EventName> {
  name: N;
  subject: EventSubject;
  payload: EventPayload<N>;
}

/** An event as the relay hands it to the queue and the router hands it to handlers. */
export interface RelayedEvent {
  eventId: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  projectId: string | null;
  payload: Record<string, unknown>;
  occurredAt: string;
}

/**
 * Where an event stands: `pending` (written, not yet published to the queue), `published` (in the queue, not yet
 * handled by every handler), `handled`; `unhandled` is pending or published, the backlog the metrics count.
 */
export const OUTBOX_STATUSES = ['pending', 'published', 'handled', 'unhandled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** An outbox event as operators see it. */
export interface OutboxEventRecord {
  id: string;
  position: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  projectId: string | null;
  status: Exclude<OutboxStatus, 'unhandled'>;
  createdAt: string;
  publishedAt: string | null;
  handledAt: string | null;
  payload: Record<string, unknown>;
}

const STATUS_CONDITIONS: Record<OutboxStatus, string> = {
  pending: 'o.published_at IS NULL',
  published: 'o.published_at IS NOT NULL AND o.handled_at IS NULL',
  handled: 'o.handled_at IS NOT NULL',
  unhandled: 'o.handled_at IS NULL',
};

// The identity id orders the outbox and is its primary key: a page is an index range whatever the table's size.
const OUTBOX_SORTABLE = { position: { column: 'o.id', type: 'bigint', notNull: true } } as const;

// Rows per statement of a bulk write: an import of 100,000 rows is a few dozen statements.
const BATCH = 5000;

/** The outbox_events table: events written in the transaction of their change, relayed to the queue afterwards. */
export class OutboxRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  /** Events for operators, filtered by status and type, newest first by default. */
  list(filter: { status?: OutboxStatus; type?: string }, page: PageQuery): Promise<Page<OutboxEventRecord>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (filter.status) where.push(STATUS_CONDITIONS[filter.status]);
    if (filter.type) where.push(`o.event_type = ${params.add(filter.type)}`);
    return paginate(this.run, {
      select: 'SELECT o.* FROM outbox_events o',
      where,
      params,
      page,
      sortable: OUTBOX_SORTABLE,
      defaultSort: '-position',
      idColumn: 'o.id',
      map: toOutboxEventRecord,
    });
  }

  /** Writes events in the order given (their ids keep it), a few thousand per statement. */
  async append(entries: readonly OutboxEntry[]): Promise<void> {
    for (let start = 0; start < entries.length; start += BATCH) {
      const batch = entries.slice(start, start + BATCH).map((entry) => ({
        event_type: entry.name,
        aggregate_type: aggregateOf(entry.name),
        aggregate_id: entry.subject.aggregateId,
        project_id: entry.subject.projectId ?? null,
        payload: entry.payload,
      }));
      // One JSON document per batch: pg would otherwise quote every element of five arrays one by one.
      await this.db.query(
        `INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, project_id, payload)
         SELECT e.event_type, e.aggregate_type, e.aggregate_id, e.project_id, e.payload
           FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (event_type text, aggregate_type text, aggregate_id text, project_id uuid, payload jsonb))
                WITH ORDINALITY AS e (event_type, aggregate_type, aggregate_id, project_id, payload, n)
          ORDER BY e.n`,
        [JSON.stringify(batch)],
      );
    }
  }

  /**
   * A data-modifying CTE writing one event per row of `source` (columns event_type, aggregate_id, project_id, payload,
   * position), in the order of position, as append writes them: for a statement that makes many events in SQL
   * (the reminder scan's hundreds of thousands), so their payloads do not travel to Node and back. Only the events
   * named may be written (another type fails the statement on the null aggregate type).
   */
  static appendingFrom(source: string, names: readonly EventName[]): string {
    const aggregates = names.map((name) => `WHEN ${literal(name)} THEN ${literal(aggregateOf(name))}`).join(' ');
    return `INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, project_id, payload)
            SELECT s.event_type, CASE s.event_type ${aggregates} END, s.aggregate_id, s.project_id, s.payload
              FROM ${source} s
             ORDER BY s.position`;
  }

  /**
   * The next events to publish, oldest first: those never published, then (at most `redeliverLimit`) those published
   * `redeliverAfterSeconds` ago and still not handled, in case the queue lost them.
   */
  async nextToPublish(limit: number, redeliverAfterSeconds: number, redeliverLimit: number): Promise<(RelayedEvent & { id: string })[]> {
    const rows = await this.rows(
      `(SELECT id, event_id, event_type, aggregate_type, aggregate_id, project_id, payload, created_at
          FROM outbox_events WHERE published_at IS NULL ORDER BY id LIMIT $1)
       UNION ALL
       (SELECT id, event_id, event_type, aggregate_type, aggregate_id, project_id, payload, created_at
          FROM outbox_events
         WHERE handled_at IS NULL AND published_at IS NOT NULL AND published_at < now() - make_interval(secs => $2)
         ORDER BY published_at LIMIT $3)
       ORDER BY id LIMIT $1`,
      [limit, redeliverAfterSeconds, redeliverLimit],
    );
    return rows.map((row) => ({
      id: row.id as string,
      eventId: row.event_id as string,
      type: row.event_type as string,
      aggregateType: row.aggregate_type as string,
      aggregateId: row.aggregate_id as string,
      projectId: row.project_id as string | null,
      payload: row.payload as Record<string, unknown>,
      occurredAt: new Date(row.created_at as string).toISOString(),
    }));
  }

  async markPublished(ids: string[]): Promise<void> {
    await this.db.query(`UPDATE outbox_events SET published_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
  }

  /** Handled: the relay no longer needs to publish them again. */
  async markHandled(eventIds: readonly string[]): Promise<void> {
    if (eventIds.length === 0) return;
    await this.db.query(`UPDATE outbox_events SET handled_at = now() WHERE event_id = ANY($1::uuid[]) AND handled_at IS NULL`, [eventIds]);
  }

  /** Which of these events are still to handle: a batch published again (the queue lost it, or a crash) skips the rest. */
  async unhandledOf(eventIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.rows<{ event_id: string }>(
      `SELECT event_id FROM outbox_events WHERE event_id = ANY($1::uuid[]) AND handled_at IS NULL`,
      [eventIds],
    );
    return new Set(rows.map((row) => row.event_id));
  }

  /** Takes the relay's lock for the rest of the transaction; false when another relay holds it. */
  async tryLockRelay(lock: number): Promise<boolean> {
    const [{ locked }] = await this.db.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [lock]);
    return locked as boolean;
  }

  /**
   * Events not handled yet (never published, or published and not handled), and when the oldest was written: what
   * the metrics report. Both halves are served by the partial indexes of the unpublished and the unhandled events.
   */
  async backlog(): Promise<{ count: number; oldestCreatedAt: Date | null }> {
    const row = await this.row<{ unpublished: number; unhandled: number; oldest_unpublished: Date | null; oldest_unhandled: Date | null }>(
      `SELECT (SELECT count(*)::int FROM outbox_events WHERE published_at IS NULL) AS unpublished,
              (SELECT count(*)::int FROM outbox_events WHERE handled_at IS NULL AND published_at IS NOT NULL) AS unhandled,
              (SELECT created_at FROM outbox_events WHERE published_at IS NULL ORDER BY id LIMIT 1) AS oldest_unpublished,
              (SELECT min(created_at) FROM outbox_events WHERE handled_at IS NULL AND published_at IS NOT NULL) AS oldest_unhandled`,
    );
    const oldest = [row?.oldest_unpublished, row?.oldest_unhandled].filter((d): d is Date => d != null).map((d) => new Date(d));
    return {
      count: (row?.unpublished ?? 0) + (row?.unhandled ?? 0),
      oldestCreatedAt: oldest.length > 0 ? new Date(Math.min(...oldest.map((d) => d.getTime()))) : null,
    };
  }

  /** Retention: deletes up to `limit` handled events written more than `days` days ago; returns how many went. */
  async pruneHandled(days: number, limit: number): Promise<number> {
    const rows = await this.rows(
      `DELETE FROM outbox_events WHERE id IN (
         SELECT id FROM outbox_events
          WHERE created_at < now() - make_interval(days => $1) AND handled_at IS NOT NULL
          ORDER BY id LIMIT $2)
       RETURNING id`,
      [days, limit],
    );
    return rows.length;
  }
}

function toOutboxEventRecord(row: Record<string, unknown>): OutboxEventRecord {
  const handledAt = timestamp(row.handled_at);
  return {
    id: row.event_id as string,
    position: String(row.id),
    type: row.event_type as string,
    aggregateType: row.aggregate_type as string,
    aggregateId: row.aggregate_id as string,
    projectId: row.project_id as string | null,
    status: row.handled_at != null ? 'handled' : row.published_at != null ? 'published' : 'pending',
    createdAt: timestamp(row.created_at)!,
    publishedAt: timestamp(row.published_at),
    handledAt,
    payload: row.payload as Record<string, unknown>,
  };
}

/** ISO text, or null: events handled before handling was recorded carry `-infinity`, which is no instant. */
function timestamp(value: unknown): string | null {
  if (value == null) return null;
  const date = new Date(value as string);
  return Number.isFinite(date.getTime()) ? date.toISOString() : null;
}

/** Names and aggregate types are the catalogue's, never input; quoted all the same. */
function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function aggregateOf(name: string): string {
  const definition = registeredEvent(name);
  if (!definition) throw new Error(`event ${name} is not in the catalogue (is its feature's <feature>.events.ts loaded?)`);
  return definition.aggregate;
}
