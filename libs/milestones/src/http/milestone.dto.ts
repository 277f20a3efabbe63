import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate, IsRegionCode, NotBlank, PageQuery, UnlessAbsent } from '@tracker/api-conventions';
import { MILESTONE_KINDS, type MilestoneKind } from '../milestone.types';
import type { MilestoneStatus } from '../milestone-status';

export const MILESTONE_STATUSES: MilestoneStatus[] = ['pending', 'done', 'overdue'];


export class CreateMilestoneDto {
  @ApiProperty({ enum: MILESTONE_KINDS, example: 'groundbreaking', description: '开工 = groundbreaking' })
  @IsIn(MILESTONE_KINDS)
  kind: MilestoneKind;

  @ApiProperty({ example: '传染病区建设项目开工', minLength: 1, maxLength: 200 })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  name: string;

  @ApiProperty({ format: 'date', example: '2022-03-15' })
  @IsCalendarDate()
  plannedDate: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    example: null,
    description: 'When it happened; not in the future (in the plan’s time zone)',
  })
  @IsOptional()
  @IsCalendarDate()
  actualDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, example: '待施工许可证核发' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class UpdateMilestoneDto {
  @ApiPropertyOptional({ enum: MILESTONE_KINDS })
  @UnlessAbsent()
  @IsIn(MILESTONE_KINDS)
  kind?: MilestoneKind;

  @ApiPropertyOptional({ example: '传染病区建设项目开工', minLength: 1, maxLength: 200 })
  @UnlessAbsent()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ format: 'date', example: '2022-04-01' })
  @UnlessAbsent()
  @IsCalendarDate()
  plannedDate?: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2022-04-06', description: 'null reopens it' })
  @IsOptional()
  @IsCalendarDate()
  actualDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class MilestoneListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: MILESTONE_STATUSES, description: 'Derived: done, overdue (planned before today in the plan’s time zone) or pending' })
  @IsOptional()
  @IsIn(MILESTONE_STATUSES)
  status?: MilestoneStatus;

  @ApiPropertyOptional({ format: 'date', example: '2025-12-31', description: 'Planned strictly before this date' })
  @IsOptional()
  @IsCalendarDate()
  dueBefore?: string;

  @ApiPropertyOptional({ format: 'date', example: '2025-01-01', description: 'Planned strictly after this date' })
  @IsOptional()
  @IsCalendarDate()
  dueAfter?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  institutionId?: string;

  @ApiPropertyOptional({ example: '510604', description: 'A region and the regions under it (a city includes its counties)' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  planId?: string;
}
