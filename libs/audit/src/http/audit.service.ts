import { Injectable } from '@nestjs/common';
import { ProblemException, SqlParams, type Page } from '@tracker/api-conventions';
import type { Principal } from '@tracker/auth';
import { DataSource } from 'typeorm';
import type { AuditEntityType, AuditQuery } from './audit.dto';
import type { AuditEntryView } from './audit.views';

type Row = Record<string, unknown>;

/** What finance may read: the entities that carry money. */
export const FINANCE_ENTITY_TYPES: AuditEntityType[] = ['project', 'progress_report', 'funding'];

/**
 * Reads the audit log newest first, by its identity id. (Not `paginate`: the id is a bigint, which its sort types
 * cannot compare exactly, and a plain `id < cursor` walks the primary key or the entity index backwards.)
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: AuditQuery, principal: Principal): Promise<Page<AuditEntryView>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (principal.role !== 'admin') {
      if (query.entityType && !FINANCE_ENTITY_TYPES.includes(query.entityType)) {
        throw new ProblemException(403, 'Forbidden', `The ${principal.role} role may read the audit of ${FINANCE_ENTITY_TYPES.join(', ')} only.`);
      }
      if (!query.entityType) where.push(`a.entity_type = ANY(${params.add(FINANCE_ENTITY_TYPES)}::text[])`);
    }
    if (query.entityType) where.push(`a.entity_type = ${params.add(query.entityType)}`);
    if (query.entityId) where.push(`a.entity_id = ${params.add(query.entityId)}`);
    if (query.actorId) where.push(`a.actor_id = ${params.add(query.actorId)}::uuid`);
    if (query.since) where.push(`a.occurred_at >= ${params.add(query.since)}::timestamptz`);
    if (query.cursor) where.push(`a.id < ${params.add(decodeCursor(query.cursor))}::bigint`);
    const limit = query.limit ?? 50;
    const rows: Row[] = await this.dataSource.query(
      `SELECT a.* FROM audit_log a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.id DESC LIMIT ${params.add(limit + 1)}`,
      params.values,
    );
    const items = rows.slice(0, limit).map(toAuditEntryView);
    return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
  }
}

function encodeCursor(id: string): string {
  return Buffer.from(JSON.stringify({ before: id })).toString('base64url');
}

function decodeCursor(raw: string): string {
  try {
    const { before } = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as { before?: unknown };
    if (typeof before === 'string' && /^\d{1,18}$/.test(before)) return before;
  } catch {
    // Falls through to the same answer as a well-formed cursor of another listing.
  }
  throw new ProblemException(400, 'Bad Request', 'The request has invalid fields.', [
    { field: 'cursor', message: 'is not a cursor of this listing' },
  ]);
}

function toAuditEntryView(row: Row): AuditEntryView {
  return {
    id: String(row.id),
    occurredAt: (row.occurred_at as Date).toISOString(),
    actor: { id: row.actor_id as string | null, name: row.actor_name as string },
    action: row.action as string,
    entityType: row.entity_type as string,
    entityId: row.entity_id as string,
    before: row.before as Record<string, unknown> | null,
    after: row.after as Record<string, unknown> | null,
    requestId: row.request_id as string | null,
  };
}
