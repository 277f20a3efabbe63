import { Injectable } from '@nestjs/common';
import { forbidden, invalid, type Page } from '@tracker/api-conventions';
import type { Principal } from '@tracker/auth';
import { AuditRepository, type AuditFilter, type AuditRow } from '../audit.repository';
import type { AuditEntityType, AuditQuery } from './audit.dto';
import type { AuditEntryView } from './audit.views';

/** What finance may read: the entities that carry money. */
export const FINANCE_ENTITY_TYPES: AuditEntityType[] = ['project', 'progress_report', 'funding'];

/**
 * Reads the audit log newest first, by its identity id. (Not `paginate`: the id is a bigint, which its sort types
 * cannot compare exactly.)
 */
@Injectable()
export class AuditService {
  constructor(private readonly auditLog: AuditRepository) {}

  async list(query: AuditQuery, principal: Principal): Promise<Page<AuditEntryView>> {
    const filter: AuditFilter = {};
    if (principal.role !== 'admin') {
      if (query.entityType && !FINANCE_ENTITY_TYPES.includes(query.entityType)) {
        throw forbidden(
          `The ${principal.role} role may read the audit of ${FINANCE_ENTITY_TYPES.join(', ')} only.`,
          `${principal.role} 角色只能查看以下对象的审计记录：${FINANCE_ENTITY_TYPES.join(', ')}。`,
        );
      }
      filter.entityTypes = FINANCE_ENTITY_TYPES;
    }
    if (query.entityType) filter.entityTypes = [query.entityType];
    if (query.entityId) filter.entityId = query.entityId;
    if (query.actorId) filter.actorId = query.actorId;
    if (query.since) filter.since = query.since;
    if (query.cursor) filter.beforeId = decodeCursor(query.cursor);
    const limit = query.limit ?? 50;
    const rows = await this.auditLog.list(filter, limit + 1);
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
  throw invalid('cursor', 'is not a cursor of this listing', '游标不属于这个列表');
}

function toAuditEntryView(row: AuditRow): AuditEntryView {
  return {
    id: String(row.id),
    occurredAt: row.occurred_at.toISOString(),
    actor: { id: row.actor_id, name: row.actor_name },
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    requestId: row.request_id,
  };
}
