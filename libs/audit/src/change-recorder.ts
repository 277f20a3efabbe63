import type { AuditEntityType } from './audit-entity-types';
import { OutboxRepository, type EventName, type EventPayload, type EventSubject, type OutboxEntry } from '@tracker/events';
import type { EntityManager } from 'typeorm';
import { AuditRepository, type Actor, type AuditRecord } from './audit.repository';

/** An outbox entry of any event, its payload typed by its name. */
export type AnyOutboxEntry = { [N in EventName]: OutboxEntry<N> }[EventName];

/**
 * Records the audit entries and the events of a change through the change's own transaction, so the change, its
 * audit trail and its events are committed together or not at all. Every write of the tracker goes through one.
 */
export class ChangeRecorder {
  private readonly auditLog: AuditRepository;
  private readonly outbox: OutboxRepository;

  constructor(
    readonly manager: EntityManager,
    readonly actor: Actor,
  ) {
    this.auditLog = new AuditRepository(manager);
    this.outbox = new OutboxRepository(manager);
  }

  async audit(action: string, entityType: AuditEntityType, entityId: string, before: object | null, after: object | null): Promise<void> {
    await this.auditLog.append(this.actor, [{ action, entityType, entityId, before, after }]);
  }

  /** Many entries at once, for bulk writes (an import of thousands of rows). */
  async auditMany(records: readonly AuditRecord[]): Promise<void> {
    if (records.length > 0) await this.auditLog.append(this.actor, records);
  }

  /** One event of the catalogue, with the payload its name requires. */
  async emit<N extends EventName>(name: N, subject: EventSubject, payload: EventPayload<N>): Promise<void> {
    await this.outbox.append([{ name, subject, payload } as AnyOutboxEntry]);
  }

  /** Many events, in the order given. */
  async emitMany(entries: readonly AnyOutboxEntry[]): Promise<void> {
    if (entries.length > 0) await this.outbox.append(entries);
  }
}

/** Runs `work` in one transaction with a recorder for its audit entries and events. */
export async function recordChanges<T>(manager: EntityManager, actor: Actor, work: (changes: ChangeRecorder) => Promise<T>): Promise<T> {
  return manager.transaction((transactional) => work(new ChangeRecorder(transactional, actor)));
}
