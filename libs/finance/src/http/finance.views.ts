import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GROUPINGS } from '../groupings';

export class TotalsFigures {
  @ApiProperty({ example: 6 })
  projectCount: number;
  @ApiProperty({ example: 131.2, description: '亩' })
  landMu: number;
  @ApiProperty({ example: 90444, description: '万元; for groupBy=fundingSource, the amount from that source' })
  investmentWan: number;
  @ApiProperty({ example: 19295.23, description: 'm²' })
  floorAreaM2: number;
  @ApiProperty({ example: 400 })
  beds: number;
  @ApiProperty({ example: 1520.5, description: '万元 completed to date, from the monthly progress reports' })
  completedInvestmentWan: number;
  @ApiProperty({ example: 1200, description: '万元 disbursed to date' })
  disbursedWan: number;
  @ApiPropertyOptional({ example: 8000, description: '万元 planned for the year asked (`year`): the sum of the projects’ annual plans; only with `year`' })
  annualPlanWan?: number;
}

export class TotalsRow extends TotalsFigures {
  @ApiProperty({ example: '1b6f…', description: 'The group’s id or code; empty for “none”' })
  key: string;
  @ApiProperty({ example: '专栏2 县级医疗机构强水平建设项目' })
  label: string;
}

export class TotalsView {
  @ApiProperty({ format: 'date-time', description: 'The moment the figures describe' })
  asOf: string;
  @ApiProperty({ enum: GROUPINGS })
  groupBy: string;
  @ApiProperty({ type: Number, nullable: true, example: 2022, description: 'The year of `annualPlanWan`; null without `year`' })
  year: number | null;
  @ApiProperty({ enum: ['rollup', 'live'], description: 'Precomputed rollups, or computed now for filters rollups do not cover' })
  source: 'rollup' | 'live';
  @ApiProperty({ type: [TotalsRow] })
  rows: TotalsRow[];
  @ApiProperty({ type: TotalsFigures, description: 'The exact sum of the rows' })
  total: TotalsFigures;
}

export class Amounts {
  @ApiProperty({ type: Number, nullable: true, example: 131.2 })
  landMu: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 90444 })
  investmentWan: number | null;
}

export class ReconciliationRow {
  @ApiProperty({ format: 'uuid' })
  programId: string;
  @ApiProperty({ format: 'uuid' })
  planId: string;
  @ApiProperty({ example: '510604-2021-2025' })
  planCode: string;
  @ApiProperty({ example: 2 })
  number: number;
  @ApiProperty({ example: '县级医疗机构强水平建设项目' })
  title: string;
  @ApiProperty({ example: 6 })
  projectCount: number;
  @ApiProperty({ type: Amounts, description: 'The 合计 row of the plan' })
  declared: Amounts;
  @ApiProperty({ type: Amounts, description: 'The exact sum of the program’s projects' })
  computed: Amounts;
  @ApiProperty({ type: Amounts, description: 'computed − declared' })
  difference: Amounts;
  @ApiProperty({ example: true })
  reconciled: boolean;
}

export class ReconciliationView {
  @ApiProperty({ type: [ReconciliationRow] })
  items: ReconciliationRow[];
  @ApiProperty({ example: true, description: 'Every program with a declared total reconciles' })
  allReconciled: boolean;
}

export class BehindPaceProject {
  @ApiProperty({ format: 'uuid' })
  projectId: string;
  @ApiProperty({ example: '传染病区建设项目' })
  name: string;
  @ApiProperty({ type: String, nullable: true, example: '德阳市罗江区人民医院' })
  institutionName: string | null;
  @ApiProperty({ example: 2400, description: '万元 planned for the year: the project’s annual plan of the year, else its investment spread evenly over its build years' })
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
  @ApiProperty({ format: 'date', example: '2025-10-01', description: 'Today in the plans’ time zone: the day the even pace is measured to' })
  asOfDate: string;
  @ApiProperty({ format: 'date-time', description: 'The moment the figures describe (for the rollups, the oldest run of the plans selected)' })
  asOf: string;
  @ApiProperty({ enum: ['rollup', 'live'], description: 'Precomputed rollups (whole portfolio, a plan, a region), or computed now for finer filters' })
  source: 'rollup' | 'live';
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
