import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ProblemException } from '@tracker/api-conventions';
import { DataSource } from 'typeorm';
import type { Role } from './api-key.entity';
import { apiKeyMatches, apiKeyPrefix } from './api-key-secret';
import { IS_PUBLIC, ROLES_ALLOWED } from './decorators';
import type { Principal } from './principal';

interface KeyRow {
  id: string;
  name: string;
  role: Role;
  key_hash: string;
  revoked_at: Date | null;
  institution_ids: string[];
}

const unauthorized = (detail: string) =>
  new ProblemException(401, 'Unauthorized', detail, undefined, { 'WWW-Authenticate': 'Bearer' });

/** How long a process trusts what it read about a key: a revocation reaches every replica within this. */
export const KEY_CACHE_MS = 10_000;

/**
 * Authenticates every request by its bearer API key and authorises it by the roles its handler declares.
 * A key's row is read at most every KEY_CACHE_MS per process (and `last_used_at` written then), so a busy client
 * costs no query per request; the secret is still checked against the hash on every request.
 */
@Injectable()
export class ApiKeyCache {
  readonly entries = new Map<string, { row: KeyRow | null; expires: number }>();

  /** Forgets what this process read about a key, so a revocation made here applies at once. */
  forget(prefix: string): void {
    this.entries.delete(prefix);
  }
}

@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    private readonly keyCache: ApiKeyCache,
  ) {}

  private get cache() {
    return this.keyCache.entries;
  }

  private async lookup(prefix: string): Promise<KeyRow | null> {
    const now = Date.now();
    const cached = this.cache.get(prefix);
    if (cached && cached.expires > now) return cached.row;
    const [row] = (await this.dataSource.query(
      `SELECT k.id, k.name, k.role, k.key_hash, k.revoked_at,
              coalesce(array_agg(i.institution_id) FILTER (WHERE i.institution_id IS NOT NULL), '{}') AS institution_ids
         FROM api_keys k LEFT JOIN api_key_institutions i ON i.api_key_id = k.id
        WHERE k.key_prefix = $1
        GROUP BY k.id`,
      [prefix],
    )) as KeyRow[];
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(prefix, { row: row ?? null, expires: now + KEY_CACHE_MS });
    if (row && !row.revoked_at) {
      void this.dataSource
        .query(`UPDATE api_keys SET last_used_at = now() WHERE id = $1`, [row.id])
        .catch(() => undefined);
    }
    return row ?? null;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; principal?: Principal }>();

    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthorized('Send an API key: "Authorization: Bearer <key>".');
    const prefix = apiKeyPrefix(match[1]);
    if (!prefix) throw unauthorized('The API key is malformed.');
    const row = await this.lookup(prefix);
    if (!row || !apiKeyMatches(match[1], row.key_hash)) throw unauthorized('The API key is not valid.');
    if (row.revoked_at) throw unauthorized('The API key has been revoked.');

    request.principal = { keyId: row.id, name: row.name, role: row.role, institutionIds: row.institution_ids };

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_ALLOWED, targets);
    if (!allowed?.includes(row.role)) {
      throw new ProblemException(403, 'Forbidden', `The ${row.role} role may not do this.`);
    }
    return true;
  }
}
