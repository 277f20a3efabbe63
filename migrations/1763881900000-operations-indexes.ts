import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the metrics and the nightly retention read without scanning whole tables: the dead-lettered deliveries
 * (counted at every scrape), the settled ones by age, and the age of outbox events and notifications. The two
 * append-only tables get BRIN indexes (a few pages, next to free to maintain: their rows arrive in time order).
 */
export class OperationsIndexes1763881900000 implements MigrationInterface {
  name = 'OperationsIndexes1763881900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX webhook_deliveries_dead_idx ON webhook_deliveries (updated_at) WHERE status = 'dead'`);
    await q.query(`CREATE INDEX webhook_deliveries_settled_idx ON webhook_deliveries (updated_at) WHERE status IN ('succeeded', 'dead')`);
    await q.query(`CREATE INDEX outbox_events_created_brin ON outbox_events USING brin (created_at)`);
    await q.query(`CREATE INDEX notifications_created_brin ON notifications USING brin (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX notifications_created_brin`);
    await q.query(`DROP INDEX outbox_events_created_brin`);
    await q.query(`DROP INDEX webhook_deliveries_settled_idx`);
    await q.query(`DROP INDEX webhook_deliveries_dead_idx`);
  }
}
