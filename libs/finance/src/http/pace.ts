import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { FinanceFilters } from './finance.dto';

export class PaceQuery extends FinanceFilters {
  @ApiPropertyOptional({ example: 2025, description: 'Defaults to the current year (in the plans’ time zone)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class BehindPaceProject {
  @ApiProperty({ format: 'uuid' })
  projectId: string;
  @ApiProperty({ example: '传染病区建设项目' })
  name: string;
  @ApiProperty({ type: String, nullable: true, example: '德阳市罗江区人民医院' })
  institutionName: string | null;
  @ApiProperty({ example: 2400, description: '万元 planned for the year: investment spread evenly over the build years' })
  annualPlanWan: number;
  @ApiProperty({ example: 1800, description: '万元 due by today at an even pace (序时进度)' })
  expectedToDateWan: number;
  @ApiProperty({ example: 900, description: '万元 completed this year' })
  completedWan: number;
  @ApiProperty({ example: 900, description: 'expected − completed' })
  gapWan: number;
}

export class PaceView {
  @ApiProperty({ example: 2025 })
  year: number;
  @ApiProperty({ format: 'date', example: '2025-10-01' })
  asOfDate: string;
  @ApiProperty({ example: 0.75, description: 'Share of the year elapsed' })
  elapsedShare: number;
  @ApiProperty({ example: 24000 })
  annualPlanWan: number;
  @ApiProperty({ example: 18000 })
  expectedToDateWan: number;
  @ApiProperty({ example: 15200.5 })
  completedWan: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.84, description: 'completed ÷ expected; null when nothing is due yet' })
  paceRatio: number | null;
  @ApiProperty({ example: 3 })
  behindCount: number;
  @ApiProperty({ type: [BehindPaceProject], description: 'The projects behind pace, largest gap first (at most 100)' })
  behind: BehindPaceProject[];
}
