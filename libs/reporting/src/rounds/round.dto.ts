import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate, IsDecimal, IsRegionCode, MAX_WAN, NotBlank, PageQuery, UnlessAbsent } from '@tracker/api-conventions';
import { REPORT_STATUSES, ROUND_STATUSES, type ReportStatus, type RoundStatus } from '../reporting.types';

const MONTH = /^(20\d\d|2100)-(0[1-9]|1[0-2])$/;

export class OpenRoundDto {
  @ApiProperty({ example: '2022-05', description: 'The month to report on, YYYY-MM' })
  @Matches(MONTH, { message: 'period must be a month YYYY-MM' })
  period: string;

  @ApiProperty({ format: 'date', example: '2022-06-05', description: 'Reports are due by the end of this day' })
  @IsCalendarDate()
  dueDate: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2022-06-12',
    description: 'The worker closes the round after this day (default: 7 days after the due date); not before the due date',
  })
  @UnlessAbsent()
  @IsCalendarDate()
  closesOn?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Scope: one plan’s projects. Give this or regionCode.' })
  @UnlessAbsent()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ example: '510600', description: 'Scope: the projects of a region and of the regions under it. Give this or planId.' })
  @UnlessAbsent()
  @IsRegionCode()
  regionCode?: string;
}

export class RoundListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROUND_STATUSES })
  @IsOptional()
  @IsIn(ROUND_STATUSES)
  status?: RoundStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ example: '2022-05' })
  @IsOptional()
  @Matches(MONTH, { message: 'period must be a month YYYY-MM' })
  period?: string;
}

export class ReportListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REPORT_STATUSES })
  @IsOptional()
  @IsIn(REPORT_STATUSES)
  status?: ReportStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  institutionId?: string;
}

/**
 * The manager's report of the month. PUT replaces the draft whole (an omitted field becomes null). The month’s
 * completed investment is given either for the month or as the cumulative total to its end, not both.
 */
export class PutReportDto {
  @ApiPropertyOptional({ type: Number, nullable: true, example: 350, description: '本月完成投资, 万元, up to 2 decimals' })
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  @Max(MAX_WAN)
  completedInvestmentWan?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 4200,
    description: '累计完成投资 to the end of the month, 万元; the month’s figure is this less what earlier months recorded',
  })
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  @Max(MAX_WAN)
  cumulativeCompletedWan?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 100, example: 45, description: '形象进度, %' })
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  @Max(100)
  physicalProgressPct?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, example: '主体结构施工至5层', description: '形象进度 / 进展情况' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  progressText?: string | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true, description: '是否开工' })
  @IsOptional()
  @IsBoolean()
  started?: boolean | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2022-03-18', description: '开工日期; only with started = true' })
  @IsOptional()
  @IsCalendarDate()
  startedOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, description: '存在问题, in words' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  problems?: string | null;
}

export class ReturnReportDto {
  @ApiProperty({ example: '累计完成投资与财务报表不符，请核实', description: 'Why, for the manager to read' })
  @IsString()
  @NotBlank()
  @MaxLength(2000)
  reason: string;
}
