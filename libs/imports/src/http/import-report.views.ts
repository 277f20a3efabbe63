import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const MEASURES = [
  'investmentWan', 'annualPlanWan', 'cumulativeCompletedWan', 'yearToDateCompletedWan', 'monthCompletedWan',
  'q1PlanWan', 'q2PlanWan', 'q3PlanWan', 'q4PlanWan', 'landMu', 'floorAreaM2', 'beds',
];

class MatchedProjectView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '510604-2021-2025-Z2-6f1c2a9b0d3e4f51' }) code: string;
  @ApiProperty({ example: '传染病区建设项目' }) name: string;
  @ApiProperty({ enum: ['code', 'name'], description: 'By project code, or by normalised name and institution' }) by: string;
}

class ImportRowView {
  @ApiProperty({ example: 492, description: 'The line of a document, or the row of a sheet as Excel numbers it' }) line: number;
  @ApiProperty({ enum: ['create', 'update', 'unchanged'] }) action: string;
  @ApiProperty({ example: '510604-2021-2025-Z2-6f1c2a9b0d3e4f51' }) code: string;
  @ApiProperty({ example: '传染病区建设项目' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: '德阳市罗江区人民医院' }) institutionName: string | null;
  @ApiProperty({ type: MatchedProjectView, nullable: true, description: 'The project the row matched; null for a new one' }) matched: MatchedProjectView | null;
  @ApiProperty({ type: [String], example: ['investmentWan', 'annualPlan'], description: 'What an update changes' }) changes: string[];
  @ApiProperty({ type: Number, nullable: true, example: 2 }) programNumber: number | null;
  @ApiProperty({ example: 'new' }) buildType: string;
  @ApiProperty({ type: String, nullable: true, example: '市重点' }) tier: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['new', 'continuing', 'preparatory', 'completing'] }) category: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 20 }) landMu: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 12000 }) investmentWan: number | null;
  @ApiProperty({ type: Number, nullable: true }) floorAreaM2: number | null;
  @ApiProperty({ type: Number, nullable: true }) beds: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 2021 }) startYear: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 2025 }) endYear: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 3000 }) annualPlanWan: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 1200 }) cumulativeCompletedWan: number | null;
}

class ImportRowPage {
  @ApiProperty({ example: 22, description: 'Rows with a project in the file' }) total: number;
  @ApiProperty({ example: 0 }) offset: number;
  @ApiProperty({ example: 50 }) limit: number;
  @ApiProperty({ type: [ImportRowView] }) items: ImportRowView[];
}

class MeasureCheckView {
  @ApiProperty({ enum: MEASURES }) measure: string;
  @ApiProperty({ example: 90444 }) declared: number;
  @ApiProperty({ example: 90444 }) computed: number;
  @ApiProperty({ example: 0, description: 'declared − computed' }) difference: number;
  @ApiProperty() reconciled: boolean;
}

class RowRangeView {
  @ApiProperty({ example: 5 }) from: number;
  @ApiProperty({ example: 26 }) to: number;
}

class TotalCheckView {
  @ApiProperty({ example: '专栏2 县级医疗机构强水平建设项目' }) label: string;
  @ApiProperty({ enum: ['program', 'total', 'subtotal'], description: 'A 专栏’s 合计, a sheet’s 合计, or a 小计 (or a section row with figures)' }) kind: string;
  @ApiProperty({ type: Number, nullable: true, example: 2 }) programNumber: number | null;
  @ApiProperty({ example: 512, description: 'The line or row of the declared total' }) line: number;
  @ApiProperty({ type: RowRangeView, nullable: true, description: 'The rows it covers' }) rows: RowRangeView | null;
  @ApiProperty({ type: [MeasureCheckView] }) measures: MeasureCheckView[];
  @ApiProperty() reconciled: boolean;
}

class SheetColumnViewDoc {
  @ApiProperty({ example: 'E' }) letter: string;
  @ApiProperty({ example: '总投资（亿元）' }) header: string;
  @ApiProperty({ example: 'investment', description: 'What the column was read as' }) role: string;
  @ApiPropertyOptional({ example: 2 }) quarter?: number;
  @ApiPropertyOptional({ example: '亿元', description: 'The unit a figure column was read in (converted to 万元, 亩, ㎡)' }) unit?: string;
  @ApiPropertyOptional({ example: '含个人信息，不导入', description: 'Why the column is not imported; absent when it is' }) ignored?: string;
}

class SheetUnitsView {
  @ApiProperty({ example: '万元' }) money: string;
  @ApiProperty({ example: '亩' }) land: string;
  @ApiProperty({ example: '平方米' }) area: string;
}

class OtherSheetView {
  @ApiProperty({ example: '说明' }) name: string;
  @ApiProperty({ example: '没有项目表表头' }) reason: string;
}

class SheetReadView {
  @ApiProperty({ example: '项目表' }) name: string;
  @ApiProperty({ enum: ['xlsx', 'xls', 'csv'] }) format: string;
  @ApiProperty({ type: String, nullable: true, example: '某县2022年重点项目5月进展情况表' }) title: string | null;
  @ApiProperty({ type: [Number], example: [3, 4] }) headerRows: number[];
  @ApiProperty({ type: Number, nullable: true, example: 2022, description: 'The year of the annual figures' }) year: number | null;
  @ApiProperty({ type: String, nullable: true, example: '2022-05', description: 'The month the progress figures are as of' }) period: string | null;
  @ApiProperty({ type: SheetUnitsView }) units: SheetUnitsView;
  @ApiProperty({ type: [SheetColumnViewDoc], description: 'Every column: understood, or ignored with the reason' }) columns: SheetColumnViewDoc[];
  @ApiProperty({ type: [OtherSheetView] }) otherSheets: OtherSheetView[];
}

class CategoryCounts {
  @ApiProperty() new: number;
  @ApiProperty() continuing: number;
  @ApiProperty() preparatory: number;
  @ApiProperty() completing: number;
  @ApiProperty() none: number;
}

class ImportCounts {
  @ApiProperty() rows: number;
  @ApiProperty() rowsSkipped: number;
  @ApiProperty() programs: number;
  @ApiProperty() institutionsCreated: number;
  @ApiProperty() projectsCreated: number;
  @ApiProperty() projectsUpdated: number;
  @ApiProperty() projectsUnchanged: number;
  @ApiProperty() annualPlansWritten: number;
  @ApiProperty() progressReportsWritten: number;
  @ApiProperty() bedTargets: number;
  @ApiProperty() indicators: number;
  @ApiProperty({ type: CategoryCounts }) byCategory: CategoryCounts;
}

class ImportPlanView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null in the preview of a plan not yet created' }) id: string | null;
  @ApiProperty({ example: '510604-2021-2025' }) code: string;
  @ApiProperty({ example: '德阳市罗江区“十四五”卫生健康事业发展规划' }) title: string;
  @ApiProperty({ enum: ['create', 'update', 'unchanged'] }) action: string;
}

class CodeAndName {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

class ImportWarningView {
  @ApiProperty({ example: 12 }) line: number;
  @ApiProperty({ example: '工作表“项目表”第 12 行：“一、续建项目”是分组行，已跳过（其下项目的年度类别：续建）' }) message: string;
  @ApiPropertyOptional({ example: '项目表' }) sheet?: string;
  @ApiPropertyOptional({ example: 'E' }) column?: string;
}

class ImportSums {
  @ApiPropertyOptional({ description: '万元' }) investmentWan?: number;
  @ApiPropertyOptional({ description: '万元' }) annualPlanWan?: number;
  @ApiPropertyOptional({ description: '万元' }) cumulativeCompletedWan?: number;
  @ApiPropertyOptional({ description: '万元' }) yearToDateCompletedWan?: number;
  @ApiPropertyOptional({ description: '万元' }) monthCompletedWan?: number;
  @ApiPropertyOptional({ description: '万元' }) q1PlanWan?: number;
  @ApiPropertyOptional({ description: '万元' }) q2PlanWan?: number;
  @ApiPropertyOptional({ description: '万元' }) q3PlanWan?: number;
  @ApiPropertyOptional({ description: '万元' }) q4PlanWan?: number;
  @ApiPropertyOptional({ description: '亩' }) landMu?: number;
  @ApiPropertyOptional({ description: 'm²' }) floorAreaM2?: number;
  @ApiPropertyOptional() beds?: number;
}

export class ImportReportView {
  @ApiProperty({ example: '2022年重点项目.xlsx' }) file: string;
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ enum: ['plan-document', 'project-sheet'] }) kind: string;
  @ApiProperty({ type: ImportPlanView }) plan: ImportPlanView;
  @ApiProperty({ type: SheetReadView, nullable: true, description: 'What was read of a spreadsheet; null for a plan document' }) sheet: SheetReadView | null;
  @ApiProperty({ type: ImportCounts }) counts: ImportCounts;
  @ApiProperty({ type: ImportSums, description: 'The sum of every figure column over the rows read, in 万元, 亩, m², 张' }) sums: ImportSums;
  @ApiProperty({ type: [TotalCheckView], description: 'Every declared total (专栏 合计, 合计, 小计) against the rows it covers' }) reconciliation: TotalCheckView[];
  @ApiProperty({ type: [CodeAndName], description: 'Projects an earlier import of a file of this name created and this one does not list (kept)' })
  projectsNotInFile: CodeAndName[];
  @ApiProperty({ type: [ImportWarningView], description: 'The first 200 warnings, in Chinese, each naming its row' }) warnings: ImportWarningView[];
  @ApiProperty({ example: 3 }) warningCount: number;
  @ApiProperty({ type: [String], description: 'The report in Chinese sentences: counts, sums, reconciliation, ignored columns, warnings' }) summary: string[];
  @ApiProperty({ type: ImportRowPage, description: 'One page of the row-by-row preview (rowOffset, rowLimit)' }) rows: ImportRowPage;
  @ApiProperty({ example: 420 }) durationMs: number;
}
