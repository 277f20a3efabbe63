import { ApiProperty } from '@nestjs/swagger';
import { toNumber } from '@tracker/api-conventions';

export const ANNUAL_CATEGORIES = ['new', 'continuing', 'preparatory', 'completing'] as const;
export type AnnualCategory = (typeof ANNUAL_CATEGORIES)[number];

export class QuarterPlanView {
  @ApiProperty({ enum: [1, 2, 3, 4], example: 2 })
  quarter: number;
  @ApiProperty({ type: Number, nullable: true, example: 500, description: '万元 planned for the quarter' })
  planWan: number | null;
  @ApiProperty({ type: String, nullable: true, example: '主体工程施工', description: '工作内容及形象进度 planned for the quarter' })
  work: string | null;
}

export class AnnualPlanView {
  @ApiProperty({ format: 'uuid' })
  projectId: string;
  @ApiProperty({ example: 2022 })
  year: number;
  @ApiProperty({
    enum: ANNUAL_CATEGORIES,
    nullable: true,
    description: 'new 新建/新开工, continuing 续建, preparatory 前期, completing 竣工/收尾; null when the list did not say',
  })
  category: AnnualCategory | null;
  @ApiProperty({ type: Number, nullable: true, example: 3000, description: '年度计划投资, 万元' })
  planWan: number | null;
  @ApiProperty({ type: String, nullable: true, example: '完成主体工程', description: '年度建设任务' })
  task: string | null;
  @ApiProperty({ type: [QuarterPlanView], description: 'The quarters the plan gives anything for, in order' })
  quarters: QuarterPlanView[];
  @ApiProperty({ type: String, nullable: true, example: '2022年重点项目.xlsx' })
  sourceFile: string | null;
  @ApiProperty({ example: 1 })
  version: number;
}

export class AnnualPlanList {
  @ApiProperty({ type: [AnnualPlanView], description: 'By year' })
  items: AnnualPlanView[];
}

/** A project_annual_plans row as the API, the audit log and the `annual_plan.updated` event show it. */
export function toAnnualPlanView(row: Record<string, unknown>): AnnualPlanView {
  const quarters: QuarterPlanView[] = [];
  for (const quarter of [1, 2, 3, 4]) {
    const planWan = toNumber(row[`q${quarter}_plan_wan`] as string | null);
    const work = (row[`q${quarter}_work`] as string | null) ?? null;
    if (planWan !== null || work !== null) quarters.push({ quarter, planWan, work });
  }
  return {
    projectId: row.project_id as string,
    year: row.year as number,
    category: (row.category as AnnualCategory | null) ?? null,
    planWan: toNumber(row.plan_wan as string | null),
    task: (row.task as string | null) ?? null,
    quarters,
    sourceFile: (row.source_file as string | null) ?? null,
    version: row.version as number,
  };
}
