import { Injectable } from '@nestjs/common';
import { staleVersion } from '@tracker/api-conventions';
import { recordChanges, SYSTEM_ACTOR, type Actor } from '@tracker/audit';
import { ApiKeyCache, generateApiKeySecret, ROLES, type Role } from '@tracker/auth';
import { InstitutionsRepository } from '@tracker/plans';
import { EntityManager } from 'typeorm';
import './api-keys.events';
import { ApiKeysRepository } from './api-keys.repository';
import { toApiKeyView, type ApiKeyView } from './http/api-key.views';

export class ApiKeyInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
    /** The same in Chinese, for a request that prefers it. */
    readonly chinese: string,
  ) {
    super(message);
  }
}

export interface NewApiKey {
  name: string;
  role: Role;
  institutionIds?: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Creates a key, audited and evented, and returns it in clear: the only time it is ever visible. A function, not
 * only a service method, because the CLI, the first start and the tests create keys without an HTTP app.
 */
export async function createApiKey(manager: EntityManager, input: NewApiKey, actor: Actor = SYSTEM_ACTOR): Promise<{ key: string; apiKey: ApiKeyView }> {
  const name = input.name?.trim();
  if (!name || name.length > 100) throw new ApiKeyInputError('name', 'name must be 1 to 100 characters', '名称须为 1 至 100 个字符');
  if (!ROLES.includes(input.role)) throw new ApiKeyInputError('role', `role must be one of ${ROLES.join(', ')}`, `角色必须是以下之一：${ROLES.join(', ')}`);
  const institutionIds = [...new Set(input.institutionIds ?? [])];
  if (input.role === 'manager' && institutionIds.length === 0) {
    throw new ApiKeyInputError('institutionIds', 'a manager key needs at least one institution', '项目负责人（manager）密钥至少需要一个机构');
  }
  if (input.role !== 'manager' && institutionIds.length > 0) {
    throw new ApiKeyInputError('institutionIds', 'only manager keys are scoped to institutions', '只有项目负责人（manager）密钥可以限定机构');
  }
  const malformed = institutionIds.find((id) => !UUID.test(id));
  if (malformed) throw new ApiKeyInputError('institutionIds', `"${malformed}" is not an institution id`, `“${malformed}”不是机构 ID`);
  return recordChanges(manager, actor, async (changes) => {
    const known = new Set((await new InstitutionsRepository(changes.manager).refsOf(institutionIds)).map((i) => i.id));
    const missing = institutionIds.find((id) => !known.has(id));
    if (missing) throw new ApiKeyInputError('institutionIds', `institution ${missing} does not exist`, `机构 ${missing} 不存在`);
    const secret = generateApiKeySecret();
    const row = await new ApiKeysRepository(changes.manager).insert({ name, role: input.role, prefix: secret.prefix, hash: secret.hash, institutionIds });
    const apiKey = toApiKeyView(row);
    await changes.audit('create', 'api_key', apiKey.id, null, apiKey);
    await changes.emit('api_key.created', { aggregateId: apiKey.id }, { apiKey });
    return { key: secret.key, apiKey };
  });
}

/**
 * Revokes an active key by id or prefix; the revoked key, or null when no active key matched. With
 * `expectedVersion` (the HTTP API's If-Match) a key at another version is a 412; the CLI revokes whatever the version.
 */
export async function revokeApiKey(
  manager: EntityManager,
  idOrPrefix: string,
  actor: Actor = SYSTEM_ACTOR,
  expectedVersion?: number,
): Promise<ApiKeyView | null> {
  return recordChanges(manager, actor, async (changes) => {
    const row = await new ApiKeysRepository(changes.manager).revoke(idOrPrefix, expectedVersion);
    if (!row) return null;
    if ('stale' in row) throw staleVersion(row.stale);
    const apiKey = toApiKeyView(row);
    await changes.audit('revoke', 'api_key', apiKey.id, { ...apiKey, revokedAt: null, version: apiKey.version - 1 }, apiKey);
    await changes.emit('api_key.revoked', { aggregateId: apiKey.id }, { apiKey });
    return apiKey;
  });
}

/**
 * The first admin key of an empty database, for a newcomer's first start; null when keys exist. Serialised, so two
 * first starts against one database cannot both create one.
 */
export async function createFirstAdminKey(manager: EntityManager): Promise<string | null> {
  return manager.transaction(async (transactional) => {
    const keys = new ApiKeysRepository(transactional);
    await keys.lockFirstKey();
    if ((await keys.count()) > 0) return null;
    return (await createApiKey(transactional, { name: 'local-admin', role: 'admin' })).key;
  });
}

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly cache: ApiKeyCache,
    private readonly db: EntityManager,
  ) {}

  async list(): Promise<ApiKeyView[]> {
    return (await this.keys.list()).map(toApiKeyView);
  }

  create(input: NewApiKey, actor: Actor) {
    return createApiKey(this.db, input, actor);
  }

  /** Revokes a key at the version the caller read; this process forgets it at once, the others when the revocation's notification reaches them. */
  async revoke(id: string, expectedVersion: number, actor: Actor): Promise<ApiKeyView | null> {
    const revoked = await revokeApiKey(this.db, id, actor, expectedVersion);
    if (revoked) this.cache.forget(revoked.prefix);
    return revoked;
  }
}
