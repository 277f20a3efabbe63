import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { PageOf } from '@tracker/api-conventions';
import { PROBLEM_CATEGORIES, PROBLEM_CATEGORY_NAMES, PROBLEM_STATUSES, type ProblemCategory, type ProblemStatus } from '../reporting.types';

type Row = Record<string, unknown>;

// Named apart from the RFC 9457 ProblemView of @tracker/api-conventions: OpenAPI schemas are keyed by name, and
// with both called ProblemView one replaced the other (the problems list was described as error bodies).
@ApiSchema({ name: 'ProjectProblemView' })
export class ProblemView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  projectId: string;
  @ApiProperty({ example: '罗江区人民医院迁建项目' })
  projectName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  institutionId: string | null;
  @ApiProperty({ example: '510604' })
  regionCode: string;
  @ApiProperty({ enum: PROBLEM_CATEGORIES, description: 'land 用地, funding 资金, approval 手续审批, demolition 征地拆迁, construction 施工, other 其他' })
  category: ProblemCategory;
  @ApiProperty({ example: '资金', description: 'The category in Chinese' })
  categoryName: string;
  @ApiProperty({ example: '中央预算内资金尚未下达' })
  description: string;
  @ApiProperty({ type: String, nullable: true, example: '区发改局', description: '责任单位' })
  responsibleUnit: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2022-07-31' })
  dueDate: string | null;
  @ApiProperty({ enum: PROBLEM_STATUSES })
  status: ProblemStatus;
  @ApiProperty({ description: 'Open and past its due date (in the plan’s time zone)' })
  overdue: boolean;
  @ApiProperty({ type: String, nullable: true, example: '资金已于7月20日下达' })
  resolution: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  resolvedOn: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ example: 1 })
  version: number;
}

export const ProblemPage = PageOf(ProblemView);

export function toProblemView(row: Row): ProblemView {
  const category = row.category as ProblemCategory;
  return {
    id: row.id as string,
    projectId: row.project_id as string,
    projectName: row.project_name as string,
    institutionId: (row.institution_id as string | null) ?? null,
    regionCode: row.region_code as string,
    category,
    categoryName: PROBLEM_CATEGORY_NAMES[category],
    description: row.description as string,
    responsibleUnit: (row.responsible_unit as string | null) ?? null,
    dueDate: (row.due_date as string | null) ?? null,
    status: row.status as ProblemStatus,
    overdue: Boolean(row.overdue),
    resolution: (row.resolution as string | null) ?? null,
    resolvedOn: (row.resolved_on as string | null) ?? null,
    createdAt: new Date(row.created_at as string).toISOString(),
    version: row.version as number,
  };
}
