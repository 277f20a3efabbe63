import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsDecimal, MAX_WAN } from '@tracker/api-conventions';
import { ANNUAL_CATEGORIES, type AnnualCategory } from './annual-plan.views';

export class QuarterPlanDto {
  @ApiProperty({ enum: [1, 2, 3, 4] })
  @IsInt()
  @IsIn([1, 2, 3, 4])
  quarter: number;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 500, description: '万元, up to 2 decimals' })
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  @Max(MAX_WAN)
  planWan?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  work?: string | null;
}

/** A project's plan of one year. PUT replaces it whole: an omitted field becomes null. */
export class PutAnnualPlanDto {
  @ApiPropertyOptional({ enum: ANNUAL_CATEGORIES, nullable: true })
  @IsOptional()
  @IsIn(ANNUAL_CATEGORIES)
  category?: AnnualCategory | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 3000, description: '年度计划投资, 万元, up to 2 decimals' })
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  @Max(MAX_WAN)
  planWan?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, description: '年度建设任务' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  task?: string | null;

  @ApiPropertyOptional({ type: [QuarterPlanDto], description: 'At most one entry per quarter' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => QuarterPlanDto)
  quarters?: QuarterPlanDto[];
}
