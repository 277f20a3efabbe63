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

/**
 * Authenticates every request by its bearer API key and authorises it by the roles its handler declares.
 * One indexed query per request; `last_used_at` is written at most once a minute per key.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; principal?: Principal }>();

    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthorized('Send an API key: "Authorization: Bearer <key>".');
    const prefix = apiKeyPrefix(match[1]);
    if (!prefix) throw unauthorized('The API key is malformed.');
    const [row] = (await this.dataSource.query(
      `SELECT k.id, k.name, k.role, k.key_hash, k.revoked_at,
              coalesce(array_agg(i.institution_id) FILTER (WHERE i.institution_id IS NOT NULL), '{}') AS institution_ids
         FROM api_keys k LEFT JOIN api_key_institutions i ON i.api_key_id = k.id
        WHERE k.key_prefix = $1
        GROUP BY k.id`,
      [prefix],
    )) as KeyRow[];
    if (!row || !apiKeyMatches(match[1], row.key_hash)) throw unauthorized('The API key is not valid.');
    if (row.revoked_at) throw unauthorized('The API key has been revoked.');

    request.principal = { keyId: row.id, name: row.name, role: row.role, institutionIds: row.institution_ids };
    void this.dataSource
      .query(
        `UPDATE api_keys SET last_used_at = now()
          WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
        [row.id],
      )
      .catch(() => undefined);

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_ALLOWED, targets);
    if (!allowed?.includes(row.role)) {
      throw new ProblemException(403, 'Forbidden', `The ${row.role} role may not do this.`);
    }
    return true;
  }
}
