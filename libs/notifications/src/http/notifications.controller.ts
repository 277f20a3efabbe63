import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery, paginate, ProblemException, ProblemResponses, SqlParams } from '@tracker/api-conventions';
import { ALL_ROLES, CurrentPrincipal, Roles, type Principal } from '@tracker/auth';
import { DataSource } from 'typeorm';

class NotificationQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['due_soon', 'overdue', 'escalated'] })
  @IsOptional()
  @IsIn(['due_soon', 'overdue', 'escalated'])
  kind?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  milestoneId?: string;

  @ApiPropertyOptional({ description: 'Only acknowledged (true) or unacknowledged (false) ones' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  acked?: boolean;
}

class NotificationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['due_soon', 'overdue', 'escalated'] }) kind: string;
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) institutionId: string | null;
  @ApiProperty({ example: '里程碑「开工」将于2025-03-01到期（还有7天）' }) title: string;
  @ApiProperty({ format: 'date', example: '2025-03-01' }) dueDate: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ description: 'Acknowledged by the caller' }) acked: boolean;
}

class NotificationPage {
  @ApiProperty({ type: [NotificationView] }) items: NotificationView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/**
 * The caller's reminders: a manager sees those of their institutions, finance the escalations, admins everything;
 * viewers receive none.
 */
@ApiTags('notifications')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 429)
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'My milestone reminders', description: 'Newest first. Sort: `createdAt`, `dueDate`.' })
  @ApiOkResponse({ type: NotificationPage })
  list(@Query() query: NotificationQuery, @CurrentPrincipal() principal: Principal) {
    const params = new SqlParams();
    const key = params.add(principal.keyId);
    const where = [...audience(principal, params)];
    if (query.kind) where.push(`n.kind = ${params.add(query.kind)}`);
    if (query.projectId) where.push(`n.project_id = ${params.add(query.projectId)}`);
    if (query.milestoneId) where.push(`n.milestone_id = ${params.add(query.milestoneId)}`);
    if (query.acked !== undefined) where.push(`${query.acked ? '' : 'NOT '}EXISTS (SELECT 1 FROM notification_acks a WHERE a.notification_id = n.id AND a.api_key_id = ${key})`);
    return paginate((sql, values) => this.dataSource.query(sql, values), {
      select: `SELECT n.*, EXISTS (SELECT 1 FROM notification_acks a WHERE a.notification_id = n.id AND a.api_key_id = ${key}) AS acked
                 FROM notifications n`,
      where,
      params,
      page: query,
      sortable: { createdAt: { column: 'n.created_at', type: 'timestamptz' }, dueDate: { column: 'n.due_date', type: 'date' } },
      defaultSort: '-createdAt',
      idColumn: 'n.id',
      map: (row: Record<string, unknown>): NotificationView => ({
        id: row.id as string,
        kind: row.kind as string,
        milestoneId: row.milestone_id as string,
        projectId: row.project_id as string,
        institutionId: row.institution_id as string | null,
        title: row.title as string,
        dueDate: row.due_date as string,
        createdAt: new Date(row.created_at as string).toISOString(),
        acked: row.acked as boolean,
      }),
    });
  }

  @Post(':id/ack')
  @HttpCode(204)
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Acknowledge a reminder', description: 'Idempotent; per caller.' })
  @ApiNoContentResponse()
  @ProblemResponses(404)
  async ack(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    const params = new SqlParams();
    const notification = params.add(id);
    const visible = await this.dataSource.query(
      `SELECT 1 FROM notifications n WHERE n.id = ${notification} AND ${audience(principal, params).join(' AND ') || 'true'}`,
      params.values,
    );
    if (visible.length === 0) throw new ProblemException(404, 'Not Found', `No notification ${id} for you.`);
    await this.dataSource.query(
      `INSERT INTO notification_acks (notification_id, api_key_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [id, principal.keyId],
    );
  }
}

function audience(principal: Principal, params: SqlParams): string[] {
  const role = params.add(principal.role);
  const where = [`${role} = ANY(n.audience_roles)`];
  if (principal.role === 'manager') where.push(`n.institution_id = ANY(${params.add(principal.institutionIds)}::uuid[])`);
  return where;
}
