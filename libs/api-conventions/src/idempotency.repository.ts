import { SqlRepository } from '@tracker/platform';
import type { EntityManager } from 'typeorm';

/** The response a claimed key answered with, or that it is still being worked on. */
export type StoredIdempotentRequest =
  | { requestHash: string; inProgress: true }
  | { requestHash: string; inProgress: false; status: number; body: unknown; location: string | null };

/** The response_status of a claim whose request still runs (no HTTP status is 0). */
const IN_PROGRESS = 0;

/**
 * The idempotency_keys table: one row per (API key, Idempotency-Key), claimed when a request starts and holding its
 * response once it has one. Each statement commits at once (the pool's connection), so a claim is visible to a
 * repeat while the first request still runs.
 */
export class IdempotencyRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  /**
   * Claims the key for a request: the claim's token, or null when it is already claimed (by this request's twin or
   * another). A claim still in progress after `leaseSeconds` is the request of an api that died mid-way (no request
   * runs that long): the same request may take it over under a new token, so a client retrying after a crash is not
   * told "in progress" for ever, and the request that lost it cannot complete or release it any more.
   */
  async claim(apiKeyId: string, key: string, requestHash: string, leaseSeconds: number): Promise<string | null> {
    const claimed = await this.row<{ claim_token: string }>(
      `INSERT INTO idempotency_keys (api_key_id, key, request_hash, response_status) VALUES ($1, $2, $3, $4)
       ON CONFLICT (api_key_id, key) DO UPDATE SET created_at = now(), claim_token = gen_random_uuid()
        WHERE idempotency_keys.response_status = $4 AND idempotency_keys.request_hash = EXCLUDED.request_hash
          AND idempotency_keys.created_at < now() - make_interval(secs => $5)
       RETURNING claim_token`,
      [apiKeyId, key, requestHash, IN_PROGRESS, leaseSeconds],
    );
    return claimed?.claim_token ?? null;
  }

  /** Keeps the response of the request that holds the claim, for its repeats. */
  async complete(apiKeyId: string, key: string, claimToken: string, response: { status: number; body: unknown; location: string | null }): Promise<void> {
    await this.db.query(
      `UPDATE idempotency_keys SET response_status = $4, response_body = $5, response_location = $6
        WHERE api_key_id = $1 AND key = $2 AND claim_token = $3`,
      [apiKeyId, key, claimToken, response.status, JSON.stringify(response.body ?? null), response.location],
    );
  }

  /** Gives the claim up (its request failed), so a retry with the key runs again. */
  async release(apiKeyId: string, key: string, claimToken: string): Promise<void> {
    await this.db.query(`DELETE FROM idempotency_keys WHERE api_key_id = $1 AND key = $2 AND claim_token = $3`, [apiKeyId, key, claimToken]);
  }

  async find(apiKeyId: string, key: string): Promise<StoredIdempotentRequest | null> {
    const row = await this.row<{ request_hash: string; response_status: number; response_body: unknown; response_location: string | null }>(
      `SELECT request_hash, response_status, response_body, response_location FROM idempotency_keys
        WHERE api_key_id = $1 AND key = $2`,
      [apiKeyId, key],
    );
    if (!row) return null;
    if (row.response_status === IN_PROGRESS) return { requestHash: row.request_hash, inProgress: true };
    return { requestHash: row.request_hash, inProgress: false, status: row.response_status, body: row.response_body, location: row.response_location };
  }
}
