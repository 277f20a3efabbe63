import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What lets a worker hand over again the jobs a queue lost (a Redis restarted without persistence): a plan's
 * pending rollup request, kept until a run that includes it, and an index of the webhook deliveries not yet
 * settled, which a sweep re-schedules when they have waited too long.
 */
export class LostJobRecovery1763880700000 implements MigrationInterface {
  name = 'LostJobRecovery1763880700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rollup_requests (
        plan_id      uuid PRIMARY KEY REFERENCES plans (id) ON DELETE CASCADE,
        requested_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX webhook_deliveries_unsettled_idx ON webhook_deliveries (updated_at) WHERE status IN ('pending', 'failed')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX webhook_deliveries_unsettled_idx`);
    await q.query(`DROP TABLE rollup_requests`);
  }
}
