import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery, UnlessAbsent } from '@tracker/api-conventions';
import { REMINDER_KINDS, type ReminderKind } from '../notifications.types';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** Which reminders to acknowledge at once: all of the caller's unresolved ones, or those matching every filter given (null is refused, not read as absent). */
export class AcknowledgeNotificationsDto {
  @ApiPropertyOptional({ enum: REMINDER_KINDS })
  @UnlessAbsent()
  @IsIn(REMINDER_KINDS)
  kind?: ReminderKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @UnlessAbsent()
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @UnlessAbsent()
  @IsUUID()
  milestoneId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @UnlessAbsent()
  @IsUUID()
  institutionId?: string;
}

export class NotificationQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REMINDER_KINDS })
  @IsOptional()
  @IsIn(REMINDER_KINDS)
  kind?: ReminderKind;

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
  @Transform(toBoolean)
  @IsBoolean()
  acked?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  institutionId?: string;

  @ApiPropertyOptional({
    description: 'true: every reminder, resolved and superseded ones too. By default only the current one of each milestone, problem or round (per institution): unresolved, the latest stage (escalated, then overdue, then due soon)',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  history?: boolean;
}
