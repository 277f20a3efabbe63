import { ApiProperty } from '@nestjs/swagger';

export class ProgressMonthView {
  @ApiProperty({ example: '2022-06', description: 'YYYY-MM' })
  period: string;
  @ApiProperty({ example: 850.5, description: '万元 completed during the month' })
  completedInvestmentWan: number;
  @ApiProperty({ example: 600, description: '万元 disbursed during the month' })
  disbursedWan: number;
  @ApiProperty({ type: Number, nullable: true, example: 35, description: '形象进度, %' })
  physicalProgressPct: number | null;
  @ApiProperty({ type: String, nullable: true, example: '主体结构施工至三层' })
  note: string | null;
  @ApiProperty({ type: String, nullable: true, example: '主体工程施工中，已完成基础工程', description: '进展情况 / 形象进度: what was done, in words' })
  progressText: string | null;
  @ApiProperty({ example: 1 })
  version: number;
  @ApiProperty({ example: 4350.5, description: '万元 completed up to and including this month' })
  cumulativeCompletedInvestmentWan: number;
  @ApiProperty({ example: 3600, description: '万元 disbursed up to and including this month' })
  cumulativeDisbursedWan: number;
}

const EXCEEDS = 'Completed investment over all reported months is above the planned investment (accepted, but flagged)';

export class ProgressView {
  @ApiProperty({ format: 'uuid' })
  projectId: string;
  @ApiProperty({ type: [ProgressMonthView], description: 'Ordered by period' })
  items: ProgressMonthView[];
  @ApiProperty({ type: Number, nullable: true, example: 12000, description: 'The project’s investmentWan' })
  plannedInvestmentWan: number | null;
  @ApiProperty({ example: 4350.5, description: '万元 completed over all reported months' })
  cumulativeCompletedInvestmentWan: number;
  @ApiProperty({ example: 3600, description: '万元 disbursed over all reported months' })
  cumulativeDisbursedWan: number;
  @ApiProperty({ example: false, description: EXCEEDS })
  exceedsPlannedInvestment: boolean;
}

/** The month a PUT wrote, and whether the project's completed investment now exceeds its plan. */
export class ReportedMonthView extends ProgressMonthView {
  @ApiProperty({ format: 'uuid' })
  projectId: string;
  @ApiProperty({ type: Number, nullable: true, example: 12000, description: 'The project’s investmentWan' })
  plannedInvestmentWan: number | null;
  @ApiProperty({ example: false, description: EXCEEDS })
  exceedsPlannedInvestment: boolean;
}
