import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An Idempotency-Key claim left in progress is taken over after a lease (its api presumably died). The claim's
 * token says whose it is now: the request that lost it (an api that was only slow) can no longer store its answer
 * over the new one's, nor release the new claim when it fails.
 */
export class IdempotencyClaimToken1763882200000 implements MigrationInterface {
  name = 'IdempotencyClaimToken1763882200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys ADD COLUMN claim_token uuid NOT NULL DEFAULT gen_random_uuid()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_keys DROP COLUMN claim_token`);
  }
}
