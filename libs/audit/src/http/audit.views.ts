import { PageOf } from '@tracker/api-conventions';
import { ApiProperty } from '@nestjs/swagger';
import { AUDIT_ENTITY_TYPES } from './audit.dto';

export class AuditActorView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The API key; null for the system (imports, jobs)' })
  id: string | null;
  @ApiProperty({ example: '罗江区卫健局财务' })
  name: string;
}

export class AuditEntryView {
  @ApiProperty({ example: '1042', description: 'Increasing with time; a string because it is a 64-bit integer' })
  id: string;
  @ApiProperty({ format: 'date-time' })
  occurredAt: string;
  @ApiProperty({ type: AuditActorView })
  actor: AuditActorView;
  @ApiProperty({ example: 'update', description: 'create, update, delete, replace, import, revoke, retry' })
  action: string;
  @ApiProperty({ enum: AUDIT_ENTITY_TYPES, example: 'project' })
  entityType: string;
  @ApiProperty({ example: '6f1c2a9b-4e1d-4f5a-9c3b-2d7e8f901234' })
  entityId: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, example: { status: 'planned' } })
  before: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, example: { status: 'under_construction' } })
  after: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true, description: 'The X-Request-Id of the change, to find it in the logs' })
  requestId: string | null;
}

export const AuditPage = PageOf(AuditEntryView, 'AuditPage');
export type AuditPage = InstanceType<typeof AuditPage>;
