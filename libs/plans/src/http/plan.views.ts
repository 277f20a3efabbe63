import { PageOf } from '@tracker/api-conventions';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class SourceView {
  @ApiProperty({ type: String, example: '003_4027c28a8168d5a8.txt', nullable: true })
  file: string | null;
  @ApiProperty({ type: Number, example: 466, nullable: true })
  line: number | null;
}

export class PlanView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: '510604-2021-2025' })
  code: string;
  @ApiProperty({ example: '德阳市罗江区“十四五”卫生健康事业发展规划' })
  title: string;
  @ApiProperty({ example: '510604' })
  regionCode: string;
  @ApiProperty({ example: '罗江区' })
  regionName: string;
  @ApiProperty({ example: 2021 })
  periodStart: number;
  @ApiProperty({ example: 2025 })
  periodEnd: number;
  @ApiProperty({ type: String, nullable: true, example: null })
  documentNumber: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date', example: null })
  issuedOn: string | null;
  @ApiProperty({ example: 'Asia/Shanghai' })
  timeZone: string;
  @ApiProperty({ type: SourceView })
  source: SourceView;
  @ApiProperty({ example: 1 })
  version: number;
}

export const PlanPage = PageOf(PlanView);
export type PlanPage = InstanceType<typeof PlanPage>;

export class LandAndInvestment {
  @ApiProperty({ type: Number, nullable: true, example: 131.2, description: '亩' })
  landMu: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 90444, description: '万元' })
  investmentWan: number | null;
}

export class ProgramView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  planId: string;
  @ApiProperty({ example: 2, description: 'The 专栏 number in the plan' })
  number: number;
  @ApiProperty({ example: '县级医疗机构强水平建设项目' })
  title: string;
  @ApiProperty({ enum: ['projects', 'beds', 'indicators', 'list'] })
  kind: string;
  @ApiProperty({ type: LandAndInvestment, nullable: true, description: 'The 合计 row of the plan, if any' })
  declared: LandAndInvestment | null;
  @ApiProperty({ type: LandAndInvestment, description: 'The exact sum of the program’s projects' })
  computed: LandAndInvestment;
  @ApiProperty({ type: LandAndInvestment, nullable: true, description: 'computed − declared, exact; null when the plan declares no total' })
  difference: LandAndInvestment | null;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Every declared figure equals the computed one; null when the plan declares no total' })
  reconciled: boolean | null;
  @ApiProperty({ example: 3 })
  projectCount: number;
  @ApiProperty({ type: SourceView })
  source: SourceView;
}

export class ProgramList {
  @ApiProperty({ type: [ProgramView] })
  items: ProgramView[];
}

export class InstitutionView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: '德阳市罗江区人民医院' })
  name: string;
  @ApiProperty({ example: '510604' })
  regionCode: string;
  @ApiProperty({ example: 'general_hospital' })
  category: string;
  @ApiProperty({ type: SourceView })
  source: SourceView;
  @ApiProperty({ example: 1 })
  version: number;
}

export const InstitutionPage = PageOf(InstitutionView);
export type InstitutionPage = InstanceType<typeof InstitutionPage>;

export class BedTargetView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  planId: string;
  @ApiProperty({ example: '510604' })
  regionCode: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  institutionId: string | null;
  @ApiProperty({ example: '县级综合医院' })
  subject: string;
  @ApiProperty({ enum: ['institution', 'category'] })
  subjectKind: string;
  @ApiProperty({ example: 2020 })
  baselineYear: number;
  @ApiProperty({ example: 2025 })
  targetYear: number;
  @ApiProperty({ type: Number, nullable: true, example: 1 })
  baselineCount: number | null;
  @ApiProperty({ type: String, nullable: true, example: '1' })
  baselineCountText: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 499 })
  baselineBeds: number | null;
  @ApiProperty({ type: String, nullable: true, example: '499' })
  baselineBedsText: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 2 })
  targetCount: number | null;
  @ApiProperty({ type: String, nullable: true, example: '2（含金山镇中心卫生院）' })
  targetCountText: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 600 })
  targetBeds: number | null;
  @ApiProperty({ type: String, nullable: true, example: '600（含金山100张）' })
  targetBedsText: string | null;
  @ApiProperty({ type: SourceView })
  source: SourceView;
}

export const BedTargetPage = PageOf(BedTargetView);
export type BedTargetPage = InstanceType<typeof BedTargetPage>;

export class IndicatorView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  planId: string;
  @ApiProperty({ example: '510604' })
  regionCode: string;
  @ApiProperty({ example: 5 })
  position: number;
  @ApiProperty({ type: String, nullable: true, example: '医疗卫生服务体系' })
  domain: string | null;
  @ApiProperty({ example: '每千人口医疗卫生机构床位数' })
  name: string;
  @ApiProperty({ type: String, nullable: true, example: '张' })
  unit: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 5.2 })
  baseline: number | null;
  @ApiProperty({ type: String, nullable: true, example: '5.2' })
  baselineText: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 7.3 })
  target: number | null;
  @ApiProperty({ type: String, nullable: true, example: '7.3' })
  targetText: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['binding', 'expected', 'guiding'] })
  nature: string | null;
  @ApiProperty({ type: SourceView })
  source: SourceView;
}

export const IndicatorPage = PageOf(IndicatorView);
export type IndicatorPage = InstanceType<typeof IndicatorPage>;
