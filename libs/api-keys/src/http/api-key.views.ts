import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@tracker/auth';
import type { ApiKeyRow } from '../api-keys.repository';

export class ApiKeyView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'ops' })
  name: string;
  @ApiProperty({ enum: ROLES })
  role: string;
  @ApiProperty({ example: 'D5BdSVMr6WjK', description: 'The public part of the key, to recognise it' })
  prefix: string;
  @ApiProperty({ type: [String], format: 'uuid' })
  institutionIds: string[];
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastUsedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: string | null;
  @ApiProperty({ example: 1, description: 'Bumped when the key is revoked; send it as If-Match to revoke' })
  version: number;
}

export class CreatedApiKeyView extends ApiKeyView {
  @ApiProperty({ description: 'The key itself: shown once, never again' })
  key: string;
}

export class ApiKeyList {
  @ApiProperty({ type: [ApiKeyView] })
  items: ApiKeyView[];
}

export function toApiKeyView(row: ApiKeyRow): ApiKeyView {
  const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    prefix: row.key_prefix,
    institutionIds: row.institution_ids,
    createdAt: iso(row.created_at)!,
    lastUsedAt: iso(row.last_used_at),
    revokedAt: iso(row.revoked_at),
    version: row.version,
  };
}
