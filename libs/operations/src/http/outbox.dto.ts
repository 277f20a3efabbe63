import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageOf, PageQuery } from '@tracker/api-conventions';
import { OUTBOX_STATUSES, type OutboxEventRecord, type OutboxStatus } from '@tracker/events';

export class OutboxListQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: OUTBOX_STATUSES,
    description:
      '`pending`: written, not yet published to the queue; `published`: in the queue, not yet handled; `handled`; ' +
      '`unhandled`: pending or published (the backlog of `hct_outbox_backlog`)',
  })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES)
  status?: OutboxStatus;

  @ApiPropertyOptional({ example: 'project.updated', description: 'Only events of this type' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[a-z_]+(\.[a-z_]+)+$/, { message: 'type must be an event name such as project.updated' })
  type?: string;
}

export class OutboxEventView implements OutboxEventRecord {
  @ApiProperty({ format: 'uuid', description: 'The event id (`X-Event-Id` of its webhook deliveries)' })
  id: string;
  @ApiProperty({ example: '1042', description: 'The place in the outbox’s total order (a 64-bit integer as text)' })
  position: string;
  @ApiProperty({ example: 'project.updated' })
  type: string;
  @ApiProperty({ example: 'project' })
  aggregateType: string;
  @ApiProperty({ example: '6f1c7a52-8d07-4d6e-9a51-3f0c7c4f8f10' })
  aggregateId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  projectId: string | null;
  @ApiProperty({ enum: ['pending', 'published', 'handled'] })
  status: 'pending' | 'published' | 'handled';
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null while not handled, and for events handled before handling was recorded' })
  handledAt: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event’s payload, as its handlers receive it' })
  payload: Record<string, unknown>;
}

export const OutboxEventPage = PageOf(OutboxEventView);
