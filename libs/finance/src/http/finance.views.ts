import { ApiProperty } from '@nestjs/swagger';
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
