import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '@tracker/api-conventions';

import { AUDIT_ENTITY_TYPES, type AuditEntityType } from '../audit-entity-types';

export { AUDIT_ENTITY_TYPES, type AuditEntityType };

/** Newest first, always: the log is read backwards from now, so it has no sort parameter. */
export class AuditQuery extends OmitType(PageQuery, ['sort'] as const) {
  @ApiPropertyOptional({ enum: AUDIT_ENTITY_TYPES, example: 'project' })
  @IsOptional()
  @IsIn(AUDIT_ENTITY_TYPES)
  entityType?: AuditEntityType;

  @ApiPropertyOptional({ description: 'The audited entity’s id (for progress reports `<projectId>/<YYYY-MM>`)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The API key that made the change' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2025-01-01T00:00:00+08:00', description: 'Entries at or after this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;
}
