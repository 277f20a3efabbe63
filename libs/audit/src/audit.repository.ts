import type { AuditEntityType } from './audit-entity-types';
import { SqlParams } from '@tracker/api-conventions';
import { SqlRepository } from '@tracker/platform';
import type { EntityManager } from 'typeorm';

/** Who is making a change: an API key, or the system itself (imports from the CLI, jobs). */
export interface Actor {
  id: string | null;
  name: string;
  requestId?: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: 'system' };

/** One audit entry: what was done to which entity, its snapshot before and after (camelCase views, as the API shows them). */
export interface AuditRecord {
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  before: object | null;
  after: object | null;
}

export interface AuditRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
}

export interface AuditFilter {
  entityTypes?: string[];
  entityId?: string;
  actorId?: string;
  since?: string;
  /** Entries older than this id (the keyset cursor: newest first). */
  beforeId?: string;
}

// Rows per statement of a bulk write: an import of 100,000 rows is a few dozen statements.
const BATCH = 5000;

/**
 * For a write that is one statement: a CTE named `cte` that records the action for each row of `source` (a CTE of
 * the same statement with the columns entity_id text, before jsonb and after jsonb: the views as the API shows
 * them), so the change and its audit entry commit together without a transaction block.
 */
export function auditEntryCte(cte: string, source: string, actor: Actor, action: string, entityType: AuditEntityType, params: SqlParams): string {
  return `${cte} AS (
    INSERT INTO audit_log (actor_id, actor_name, action, entity_type, entity_id, before, after, request_id)
    SELECT ${params.add(actor.id)}::uuid, ${params.add(actor.name)}, ${params.add(action)}, ${params.add(entityType)}, s.entity_id, s.before, s.after,
           ${params.add(actor.requestId ?? null)} FROM ${source} s)`;
}

/** The audit_log table: written in the transaction of each change, read newest first. */
export class AuditRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  /** Records entries for one actor, a few thousand per statement. */
  async append(actor: Actor, records: readonly AuditRecord[]): Promise<void> {
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = records.slice(start, start + BATCH);
      await this.db.query(
        `INSERT INTO audit_log (actor_id, actor_name, action, entity_type, entity_id, before, after, request_id)
         SELECT $1, $2, a.action, a.entity_type, a.entity_id, nullif(a.before, 'null'), nullif(a.after, 'null'), $3
           FROM jsonb_to_recordset($4::jsonb) AS a (action text, entity_type text, entity_id text, before jsonb, after jsonb)`,
        // One JSON document per batch: pg would otherwise quote every element of five arrays one by one.
        [
          actor.id,
          actor.name,
          actor.requestId ?? null,
          JSON.stringify(batch.map((r) => ({ action: r.action, entity_type: r.entityType, entity_id: r.entityId, before: r.before, after: r.after }))),
        ],
      );
    }
  }

  /**
   * Newest first, by the identity id. (A plain `id < cursor` walks the primary key or the entity index backwards,
   * which a sort by time could not.)
   */
  async list(filter: AuditFilter, limit: number): Promise<AuditRow[]> {
    const params = new SqlParams();
    const where: string[] = [];
    if (filter.entityTypes) where.push(`a.entity_type = ANY(${params.add(filter.entityTypes)}::text[])`);
    if (filter.entityId) where.push(`a.entity_id = ${params.add(filter.entityId)}`);
    if (filter.actorId) where.push(`a.actor_id = ${params.add(filter.actorId)}::uuid`);
    if (filter.since) where.push(`a.occurred_at >= ${params.add(filter.since)}::timestamptz`);
    if (filter.beforeId) where.push(`a.id < ${params.add(filter.beforeId)}::bigint`);
    return this.rows<AuditRow>(
      `SELECT a.* FROM audit_log a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.id DESC LIMIT ${params.add(limit)}`,
      params.values,
    );
  }

  /** Midnight of a calendar day in a time zone, as an instant: the cut-off of an archive. */
  async startOfDay(day: string, timeZone: string): Promise<Date> {
    const row = await this.row<{ at: Date }>(`SELECT ($1::date::timestamp AT TIME ZONE $2) AS at`, [day, timeZone]);
    return row!.at;
  }

  /** How many entries occurred before an instant, and the span of their times (one scan: the archive's dry run). */
  async countBefore(cutoff: Date): Promise<{ rows: number; oldest: Date | null; newest: Date | null }> {
    const [row] = await this.longRead<{ rows: number; oldest: Date | null; newest: Date | null }>(
      `SELECT count(*)::int AS rows, min(occurred_at) AS oldest, max(occurred_at) AS newest FROM audit_log WHERE occurred_at < $1`,
      [cutoff],
    );
    return row;
  }

  /**
   * The next entries that occurred before an instant, after an id (the keyset cursor: oldest id first), each as
   * one JSON object of its columns (the archive's line format, which jsonb_populate_record(NULL::audit_log, …) reads back).
   */
  async archiveBatch(cutoff: Date, afterId: string, limit: number): Promise<{ id: string; line: string }[]> {
    return this.longRead<{ id: string; line: string }>(
      `SELECT a.id::text AS id, to_jsonb(a)::text AS line FROM audit_log a
        WHERE a.id > $2::bigint AND a.occurred_at < $1 ORDER BY a.id LIMIT $3`,
      [cutoff, afterId, limit],
    );
  }

  /** Deletes archived entries by id: one statement, its own short transaction. Returns how many were still there. */
  async deleteArchived(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const rows = await this.rows(`DELETE FROM audit_log WHERE id = ANY($1::bigint[]) RETURNING id`, [ids]);
    return rows.length;
  }

  /**
   * A read that may scan the whole table (no index on occurred_at: the count, and the last batch, which walks the
   * primary key to its end), so past the pool's 30 s statement_timeout. It takes only the ACCESS SHARE lock of any
   * read, which blocks no insert or delete.
   */
  private longRead<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SET LOCAL statement_timeout = '30min'`);
      return this.within(tx).rows<T>(sql, parameters);
    });
  }
}
