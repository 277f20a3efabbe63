import type { EntityManager } from 'typeorm';

/** Who is making a change: an API key, or the system itself (imports from the CLI, jobs). */
export interface Actor {
  id: string | null;
  name: string;
  requestId?: string | null;
}

export const SYSTEM_ACTOR: Actor = { id: null, name: 'system' };

export interface DomainEvent {
  type: string;
  aggregateType: string;
  aggregateId: string;
  projectId?: string | null;
  payload: Record<string, unknown>;
}

/**
 * Records the audit entry and the outbox event of a change through the change's own transaction, so the change,
 * its audit trail and its event are committed together or not at all.
 */
export class ChangeRecorder {
  constructor(
    readonly manager: EntityManager,
    readonly actor: Actor,
  ) {}

  async audit(
    action: string,
    entityType: string,
    entityId: string,
    before: object | null,
    after: object | null,
  ): Promise<void> {
    await this.manager.query(
      `INSERT INTO audit_log (actor_id, actor_name, action, entity_type, entity_id, before, after, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        this.actor.id,
        this.actor.name,
        action,
        entityType,
        entityId,
        before === null ? null : JSON.stringify(before),
        after === null ? null : JSON.stringify(after),
        this.actor.requestId ?? null,
      ],
    );
  }

  async emit(event: DomainEvent): Promise<void> {
    await this.manager.query(
      `INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, project_id, payload)
       VALUES ($1, $2, $3, $4, $5)`,
      [event.type, event.aggregateType, event.aggregateId, event.projectId ?? null, JSON.stringify(event.payload)],
    );
  }
}

/** Runs `work` in one transaction with a recorder for its audit entries and events. */
export async function recordChanges<T>(
  manager: EntityManager,
  actor: Actor,
  work: (changes: ChangeRecorder) => Promise<T>,
): Promise<T> {
  return manager.transaction((transactional) => work(new ChangeRecorder(transactional, actor)));
}
