import { ApiProperty } from '@nestjs/swagger';

class ImportedProjectView {
  @ApiProperty({ enum: ['create', 'update', 'unchanged'] })
  action: string;
  @ApiProperty({ example: '510604-2021-2025-Z2-6f1c2a9b' })
  code: string;
  @ApiProperty({ example: '传染病区建设项目' })
  name: string;
  @ApiProperty({ type: Number, nullable: true, example: 2 })
  programNumber: number | null;
  @ApiProperty({ type: String, nullable: true, example: '德阳市罗江区人民医院' })
  institutionName: string | null;
  @ApiProperty({ example: 'new' })
  buildType: string;
  @ApiProperty({ type: Number, nullable: true, example: 20 })
  landMu: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 12000 })
  investmentWan: number | null;
  @ApiProperty({ type: Number, nullable: true, example: null })
  floorAreaM2: number | null;
  @ApiProperty({ type: Number, nullable: true, example: null })
  newBuildAreaM2: number | null;
  @ApiProperty({ type: Number, nullable: true, example: null })
  renovationAreaM2: number | null;
  @ApiProperty({ type: Number, nullable: true, example: null })
  beds: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 2021 })
  startYear: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 2025 })
  endYear: number | null;
  @ApiProperty({ example: { file: '003_4027c28a8168d5a8.txt', line: 494 } })
  source: { file: string; line: number };
}

class ReconciliationAmounts {
  @ApiProperty({ type: String, nullable: true, example: '131.2', description: '亩, exact decimal' })
  landMu: string | null;
  @ApiProperty({ type: String, nullable: true, example: '90444', description: '万元, exact decimal' })
  investmentWan: string | null;
}

class ReconciliationView {
  @ApiProperty({ example: 2 })
  programNumber: number;
  @ApiProperty({ type: ReconciliationAmounts })
  declared: ReconciliationAmounts;
  @ApiProperty({ type: ReconciliationAmounts })
  computed: ReconciliationAmounts;
  @ApiProperty({ type: ReconciliationAmounts })
  difference: ReconciliationAmounts;
  @ApiProperty({ example: true })
  reconciled: boolean;
}

class WarningView {
  @ApiProperty({ example: 512 })
  line: number;
  @ApiProperty({ example: 'row has no 项目名称; skipped' })
  message: string;
}

class ImportCounts {
  @ApiProperty() programs: number;
  @ApiProperty() institutionsCreated: number;
  @ApiProperty() projectsCreated: number;
  @ApiProperty() projectsUpdated: number;
  @ApiProperty() projectsUnchanged: number;
  @ApiProperty() bedTargets: number;
  @ApiProperty() indicators: number;
}

class ImportPlanView {
  @ApiProperty({ example: '510604-2021-2025' })
  code: string;
  @ApiProperty({ example: '德阳市罗江区“十四五”卫生健康事业发展规划' })
  title: string;
  @ApiProperty({ enum: ['create', 'update', 'unchanged'] })
  action: string;
}

class MissingProjectView {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class ImportReportView {
  @ApiProperty({ example: '003_4027c28a8168d5a8.txt' })
  file: string;
  @ApiProperty()
  dryRun: boolean;
  @ApiProperty({ type: ImportPlanView })
  plan: ImportPlanView;
  @ApiProperty({ type: ImportCounts })
  counts: ImportCounts;
  @ApiProperty({ type: [MissingProjectView], description: 'Projects the document no longer lists (kept)' })
  projectsNotInDocument: MissingProjectView[];
  @ApiProperty({ type: [ImportedProjectView] })
  projects: ImportedProjectView[];
  @ApiProperty({ type: [ReconciliationView] })
  reconciliation: ReconciliationView[];
  @ApiProperty({ type: [WarningView] })
  warnings: WarningView[];
  @ApiProperty({ example: 42 })
  durationMs: number;
}
