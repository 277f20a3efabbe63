import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { invalid, IsDecimal, MAX_WAN } from '@tracker/api-conventions';

/** One month's figures. PUT replaces the month whole: an omitted optional field becomes null. */
export class ReportProgressDto {
  @ApiProperty({ example: 850.5, minimum: 0, description: '万元 completed during that month (not to date), up to 2 decimals' })
  @IsDecimal(2)
  @Min(0)
  @Max(MAX_WAN)
  completedInvestmentWan: number;

  @ApiProperty({ example: 600, minimum: 0, description: '万元 disbursed during that month, up to 2 decimals' })
  @IsDecimal(2)
  @Min(0)
  @Max(MAX_WAN)
  disbursedWan: number;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 100, example: 35, description: '形象进度, % at the end of the month' })
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  @Max(100)
  physicalProgressPct?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, example: '主体结构施工至三层' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, example: '主体工程施工中，已完成基础工程', description: '进展情况 / 形象进度 in words' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  progressText?: string | null;
}

/** `YYYY-MM` of a month from 2000-01 to 2100-12; anything else is a 400 naming `period`. */
export function parsePeriod(raw: string): string {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(raw);
  if (!match || Number(match[1]) < 2000 || Number(match[1]) > 2100) {
    throw invalidPeriod('period must be a month YYYY-MM between 2000-01 and 2100-12', '月份必须是 2000-01 至 2100-12 之间的 YYYY-MM');
  }
  return raw;
}

export const invalidPeriod = (message: string, chinese: string) => invalid('period', message, chinese);
