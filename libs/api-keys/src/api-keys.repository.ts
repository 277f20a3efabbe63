import type { KeyDirectory, KeyRecord, Role } from '@tracker/auth';
import { SqlRepository } from '@tracker/platform';
import type { EntityManager } from 'typeorm';

/** The PostgreSQL notification channel of revocations; the payload is the revoked key's prefix. */
export const KEY_REVOKED_CHANNEL = 'hct_api_key_revoked';

export interface ApiKeyRow {
  id: string;
  name: string;
  role: Role;
  key_prefix: string;
  institution_ids: string[];
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
  version: number;
}

const KEY_COLUMNS = `k.id, k.name, k.role, k.key_prefix, k.created_at, k.last_used_at, k.revoked_at, k.version,
  coalesce(array_agg(i.institution_id ORDER BY i.institution_id) FILTER (WHERE i.institution_id IS NOT NULL), '{}') AS institution_ids`;

/**
 * The api_keys and api_key_institutions tables. Only a SHA-256 of a key is stored: keys are 256-bit random values,
 * so a fast hash is as strong as a slow one here and keeps authentication cheap on every request. It is also the
 * guard's KeyDirectory.
 */
export class ApiKeysRepository extends SqlRepository implements KeyDirectory {
  constructor(db: EntityManager) {
    super(db);
  }

  async list(): Promise<ApiKeyRow[]> {
    return this.rows<ApiKeyRow>(
      `SELECT ${KEY_COLUMNS} FROM api_keys k LEFT JOIN api_key_institutions i ON i.api_key_id = k.id
        GROUP BY k.id ORDER BY k.created_at, k.id`,
    );
  }

  async count(): Promise<number> {
    const [{ n }] = await this.rows<{ n: number }>(`SELECT count(*)::int AS n FROM api_keys`);
    return n;
  }

  async insert(key: { name: string; role: Role; prefix: string; hash: string; institutionIds: string[] }): Promise<ApiKeyRow> {
    const [{ id }] = await this.rows<{ id: string }>(
      `INSERT INTO api_keys (name, role, key_prefix, key_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
      [key.name, key.role, key.prefix, key.hash],
    );
    if (key.institutionIds.length > 0) {
      await this.db.query(`INSERT INTO api_key_institutions (api_key_id, institution_id) SELECT $1, unnest($2::uuid[])`, [id, key.institutionIds]);
    }
    return (await this.byId(id))!;
  }

  async byId(id: string): Promise<ApiKeyRow | null> {
    return this.row<ApiKeyRow>(
      `SELECT ${KEY_COLUMNS} FROM api_keys k LEFT JOIN api_key_institutions i ON i.api_key_id = k.id WHERE k.id = $1 GROUP BY k.id`,
      [id],
    );
  }

  /**
   * Revokes an active key by id or by prefix, bumping its version; with `expectedVersion`, only while the key is still
   * at that version. The revoked key; `{ stale: current }` when the key is active at another version; null when no
   * active key matched.
   */
  async revoke(idOrPrefix: string, expectedVersion?: number): Promise<ApiKeyRow | { stale: number } | null> {
    const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrPrefix);
    const match = isUuid ? 'id = $1::uuid' : 'key_prefix = $1';
    // The notification leaves at commit, to every api process listening (KeyRevocationListener): they forget the
    // key at once instead of trusting their cached read for up to KEY_CACHE_MS.
    const revoked = await this.row<{ id: string }>(
      `WITH revoked AS (
         UPDATE api_keys SET revoked_at = now(), version = version + 1
          WHERE ${match} AND revoked_at IS NULL AND ($2::int IS NULL OR version = $2::int) RETURNING id, key_prefix)
       SELECT id, pg_notify('${KEY_REVOKED_CHANNEL}', key_prefix) FROM revoked`,
      [idOrPrefix, expectedVersion ?? null],
    );
    if (revoked) return this.byId(revoked.id);
    if (expectedVersion === undefined) return null;
    const active = await this.row<{ version: number }>(`SELECT version FROM api_keys WHERE ${match} AND revoked_at IS NULL`, [idOrPrefix]);
    return active ? { stale: active.version } : null;
  }

  async findByPrefix(prefix: string): Promise<KeyRecord | null> {
    const row = await this.row<{ id: string; name: string; role: Role; key_hash: string; revoked: boolean; institution_ids: string[] }>(
      `SELECT k.id, k.name, k.role, k.key_hash, k.revoked_at IS NOT NULL AS revoked,
              coalesce(array_agg(i.institution_id) FILTER (WHERE i.institution_id IS NOT NULL), '{}') AS institution_ids
         FROM api_keys k LEFT JOIN api_key_institutions i ON i.api_key_id = k.id
        WHERE k.key_prefix = $1
        GROUP BY k.id`,
      [prefix],
    );
    return row && { id: row.id, name: row.name, role: row.role, keyHash: row.key_hash, revoked: row.revoked, institutionIds: row.institution_ids };
  }

  /** Serialises the creation of the first key (held to the end of the transaction). */
  async lockFirstKey(): Promise<void> {
    await this.db.query('SELECT pg_advisory_xact_lock(7243002)');
  }

  async touch(id: string): Promise<void> {
    await this.db.query(`UPDATE api_keys SET last_used_at = now() WHERE id = $1`, [id]);
  }
}
