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

export class PaceMonth {
  @ApiProperty({ example: '2025-03' })
  month: string;
  @ApiProperty({ example: 6000, description: '万元 due by the end of the month at an even pace, cumulative from January' })
  expectedCumulativeWan: number;
  @ApiProperty({ type: Number, nullable: true, example: 5200, description: '万元 completed that month; null for a month not yet begun' })
  completedWan: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 5200, description: '万元 completed from January to the end of the month; null for a month not yet begun' })
  completedCumulativeWan: number | null;
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
  @ApiProperty({
    type: [PaceMonth],
    description:
      'January to December: the even pace and the completed investment, month by month, of the same projects. ' +
      'The pace at the end of a month is the year’s plan × the share of the year elapsed, rounded once to 0.01 万元; ' +
      'December’s equals annualPlanWan.',
  })
  months: PaceMonth[];
}
