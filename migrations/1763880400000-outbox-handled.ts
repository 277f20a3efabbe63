import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events are marked handled once every handler has run, so the relay can publish again an event the queue lost
 * (a Redis restarted without persistence loses its jobs). Events published before this migration count as handled.
 */
export class OutboxHandled1763880400000 implements MigrationInterface {
  name = 'OutboxHandled1763880400000';

  async up(q: QueryRunner): Promise<void> {
    // Catalog changes only, no rewrite of a table every write appends to: existing rows read '-infinity' (handled
    // long ago), rows inserted from now on NULL. Then the few unpublished ones, through their partial index.
    await q.query(`ALTER TABLE outbox_events ADD COLUMN handled_at timestamptz DEFAULT '-infinity'`);
    await q.query(`ALTER TABLE outbox_events ALTER COLUMN handled_at DROP DEFAULT`);
    await q.query(`UPDATE outbox_events SET handled_at = NULL WHERE published_at IS NULL`);
    // Published but not yet handled: normally only the events in flight, so this index stays small.
    await q.query(`CREATE INDEX outbox_events_unhandled_idx ON outbox_events (published_at) WHERE handled_at IS NULL AND published_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_events_unhandled_idx`);
    await q.query(`ALTER TABLE outbox_events DROP COLUMN handled_at`);
  }
}
