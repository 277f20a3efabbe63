import { ApiProperty } from '@nestjs/swagger';
import { INSTITUTION_CATEGORIES } from '../http/institution.dto';
import { SourceView } from '../http/plan.views';

// Examples are 罗江's (510604-2021-2025) figures from its 专栏4 and its projects, all still planned.

export class AddedBedsView {
  @ApiProperty({ type: 'integer', example: 100, description: 'Projects planned or preparing' })
  planned: number;
  @ApiProperty({ type: 'integer', example: 0, description: 'Projects under construction' })
  underConstruction: number;
  @ApiProperty({ type: 'integer', example: 0, description: 'Projects completed or in service' })
  inService: number;
  @ApiProperty({ type: 'integer', example: 100, description: 'All three; suspended and cancelled projects add nothing' })
  total: number;
}

export class BedSubjectView {
  @ApiProperty({ example: '县级综合医院', description: 'The row of the bed table, as printed' })
  subject: string;
  @ApiProperty({ enum: ['institution', 'category'] })
  subjectKind: string;
  @ApiProperty({ type: 'integer', nullable: true, example: 499 })
  baselineBeds: number | null;
  @ApiProperty({ type: String, nullable: true, example: '499' })
  baselineBedsText: string | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 600 })
  targetBeds: number | null;
  @ApiProperty({ type: String, nullable: true, example: '600（含金山100张）' })
  targetBedsText: string | null;
  @ApiProperty({ type: SourceView })
  source: SourceView;
}

export class CategoryCapacityView {
  @ApiProperty({ enum: INSTITUTION_CATEGORIES, example: 'general_hospital' })
  category: string;
  @ApiProperty({ type: 'integer', nullable: true, example: 499, description: 'Beds in the baseline year; null when the plan states none' })
  baselineBeds: number | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 700,
    description: 'Beds the plan sets for the target year; null when absent or 不设上限 (see `subjects` for the texts)',
  })
  targetBeds: number | null;
  @ApiProperty({ type: AddedBedsView })
  addedBeds: AddedBedsView;
  @ApiProperty({ type: 'integer', nullable: true, example: 599, description: '`baselineBeds` + `addedBeds.total`; null without a baseline' })
  projectedBeds: number | null;
  @ApiProperty({ type: Boolean, nullable: true, example: false, description: '`projectedBeds` ≥ `targetBeds`; null when either is null' })
  reachesTarget: boolean | null;
  @ApiProperty({ type: [BedSubjectView], description: 'The rows of the bed table counted in this category, verbatim' })
  subjects: BedSubjectView[];
}

export class CapacityTotalsView {
  @ApiProperty({ type: 'integer', nullable: true, example: 1094 })
  baselineBeds: number | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 1500 })
  targetBeds: number | null;
  @ApiProperty({ type: AddedBedsView, example: { planned: 690, underConstruction: 0, inService: 0, total: 690 } })
  addedBeds: AddedBedsView;
  @ApiProperty({ type: 'integer', nullable: true, example: 1784 })
  projectedBeds: number | null;
  @ApiProperty({ type: Boolean, nullable: true, example: true })
  reachesTarget: boolean | null;
  @ApiProperty({
    enum: ['total_row', 'subjects', 'none'],
    example: 'subjects',
    description: 'Where baseline and target come from: the table’s 合计 row, the sum of its rows, or no bed table',
  })
  basis: string;
}

export class BedsPerThousandView {
  @ApiProperty({ example: '每千常住人口医疗卫生机构床位数', description: 'The plan’s indicator, as printed' })
  indicator: string;
  @ApiProperty({ type: String, nullable: true, example: '张' })
  unit: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 4.7 })
  baseline: number | null;
  @ApiProperty({ type: String, nullable: true, example: '4.7(1094张）' })
  baselineText: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 6.5 })
  target: number | null;
  @ApiProperty({ type: String, nullable: true, example: '6.5（民营不设上限）' })
  targetText: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 7.66,
    description: '`baseline` × `totals.projectedBeds` / `totals.baselineBeds`, rounded to 2 decimals; null when a term is missing',
  })
  projected: number | null;
  @ApiProperty({ type: Boolean, nullable: true, example: true, description: '`projected` ≥ `target`; null when either is null' })
  reachesTarget: boolean | null;
  @ApiProperty({ type: SourceView })
  source: SourceView;
}

export class PlanCapacityView {
  @ApiProperty({ format: 'uuid' })
  planId: string;
  @ApiProperty({ example: '510604-2021-2025' })
  planCode: string;
  @ApiProperty({ example: '510604' })
  regionCode: string;
  @ApiProperty({ example: '德阳市罗江区' })
  regionName: string;
  @ApiProperty({ type: CapacityTotalsView, description: 'The whole plan, including projects of no institution' })
  totals: CapacityTotalsView;
  @ApiProperty({ type: BedsPerThousandView, nullable: true, description: 'null when the plan has no such indicator' })
  bedsPerThousand: BedsPerThousandView | null;
  @ApiProperty({ type: [CategoryCapacityView] })
  categories: CategoryCapacityView[];
}

export class PlanCapacityList {
  @ApiProperty({ type: [PlanCapacityView] })
  items: PlanCapacityView[];
}
