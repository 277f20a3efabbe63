import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A replayed creation answers with the same Location as the first, so the idempotency record keeps it. */
export class IdempotentLocation1763880300000 implements MigrationInterface {
  name = 'IdempotentLocation1763880300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys ADD COLUMN response_location text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys DROP COLUMN response_location`);
  }
}
