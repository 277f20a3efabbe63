import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys get a version like every other mutable resource, so revoking one (DELETE /keys/{id}) takes If-Match
 * as the contract says of every DELETE: a stale version is a 412, a missing one a 428. Revoking bumps it.
 */
export class ApiKeyVersion1763882000000 implements MigrationInterface {
  name = 'ApiKeyVersion1763882000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_keys ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_keys DROP COLUMN version`);
  }
}
