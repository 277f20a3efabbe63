import { In, IsNull, type EntityManager } from 'typeorm';
// Relative, not through @tracker/plans: that index also exports the plans' HTTP layer, which imports auth.
import { Institution } from '../../plans/src/entities/institution.entity';
import { ApiKey, ROLES, type Role } from './api-key.entity';
import { generateApiKeySecret } from './api-key-secret';

export class ApiKeyInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export interface NewApiKey {
  name: string;
  role: Role;
  institutionIds?: string[];
}

/** Creates a key and returns it in clear, the only time it is ever visible. */
export async function createApiKey(manager: EntityManager, input: NewApiKey): Promise<{ key: string; apiKey: ApiKey }> {
  const name = input.name?.trim();
  if (!name || name.length > 100) throw new ApiKeyInputError('name', 'name must be 1 to 100 characters');
  if (!ROLES.includes(input.role)) throw new ApiKeyInputError('role', `role must be one of ${ROLES.join(', ')}`);
  const institutionIds = [...new Set(input.institutionIds ?? [])];
  if (input.role === 'manager' && institutionIds.length === 0) {
    throw new ApiKeyInputError('institutionIds', 'a manager key needs at least one institution');
  }
  if (input.role !== 'manager' && institutionIds.length > 0) {
    throw new ApiKeyInputError('institutionIds', 'only manager keys are scoped to institutions');
  }
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const malformed = institutionIds.find((id) => !uuid.test(id));
  if (malformed) throw new ApiKeyInputError('institutionIds', `"${malformed}" is not an institution id`);
  const institutions = institutionIds.length
    ? await manager.findBy(Institution, { id: In(institutionIds) })
    : [];
  const missing = institutionIds.find((id) => !institutions.some((i) => i.id === id));
  if (missing) throw new ApiKeyInputError('institutionIds', `institution ${missing} does not exist`);

  const secret = generateApiKeySecret();
  const apiKey = manager.create(ApiKey, {
    name,
    role: input.role,
    keyPrefix: secret.prefix,
    keyHash: secret.hash,
    institutions,
  });
  await manager.save(apiKey);
  return { key: secret.key, apiKey };
}

/** Revokes by id or by key prefix; returns false when no active key matched. */
export async function revokeApiKey(manager: EntityManager, idOrPrefix: string): Promise<boolean> {
  const isUuid = /^[0-9a-f-]{36}$/i.test(idOrPrefix);
  const where = isUuid ? { id: idOrPrefix, revokedAt: IsNull() } : { keyPrefix: idOrPrefix, revokedAt: IsNull() };
  const result = await manager.update(ApiKey, where, { revokedAt: new Date() });
  return (result.affected ?? 0) > 0;
}

export async function countApiKeys(manager: EntityManager): Promise<number> {
  return manager.count(ApiKey);
}
