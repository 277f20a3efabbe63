import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate, IsRegionCode, NotBlank, PageQuery, UnlessAbsent } from '@tracker/api-conventions';
import { PROBLEM_CATEGORIES, PROBLEM_STATUSES, type ProblemCategory, type ProblemStatus } from '../reporting.types';

export class CreateProblemDto {
  @ApiProperty({ enum: PROBLEM_CATEGORIES })
  @IsIn(PROBLEM_CATEGORIES)
  category: ProblemCategory;

  @ApiProperty({ example: '中央预算内资金尚未下达', maxLength: 2000 })
  @IsString()
  @NotBlank()
  @MaxLength(2000)
  description: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '区发改局', maxLength: 200, description: '责任单位' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  responsibleUnit?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2022-07-31', description: 'To be solved by; reminded when it passes' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;
}

/** The fields to change; `status: resolved` needs a `resolution` (given now or already on record). */
export class UpdateProblemDto {
  @ApiPropertyOptional({ enum: PROBLEM_CATEGORIES })
  @UnlessAbsent()
  @IsIn(PROBLEM_CATEGORIES)
  category?: ProblemCategory;

  @ApiPropertyOptional({ maxLength: 2000 })
  @UnlessAbsent()
  @IsString()
  @NotBlank()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  responsibleUnit?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;

  @ApiPropertyOptional({ enum: PROBLEM_STATUSES })
  @UnlessAbsent()
  @IsIn(PROBLEM_STATUSES)
  status?: ProblemStatus;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, example: '资金已于7月20日下达' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(2000)
  resolution?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', description: 'When resolved (default: today in the plan’s time zone)' })
  @UnlessAbsent()
  @IsCalendarDate()
  resolvedOn?: string;
}

export class ProblemListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '510604', description: 'A region and the regions under it' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  institutionId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({ enum: PROBLEM_CATEGORIES })
  @IsOptional()
  @IsIn(PROBLEM_CATEGORIES)
  category?: ProblemCategory;

  @ApiPropertyOptional({ enum: PROBLEM_STATUSES })
  @IsOptional()
  @IsIn(PROBLEM_STATUSES)
  status?: ProblemStatus;

  @ApiPropertyOptional({ type: Boolean, description: 'true: open and past the due date; false: the others' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}
