import { ApiProperty } from '@nestjs/swagger';
import { PageOf, toNumber } from '@tracker/api-conventions';
import { REPORT_STATUSES, ROUND_STATUSES, type ReportStatus, type RoundStatus } from '../reporting.types';

type Row = Record<string, unknown>;

export class ReportCounts {
  @ApiProperty({ example: 3, description: 'Nothing saved yet' })
  pending: number;
  @ApiProperty({ example: 1, description: 'Saved, not submitted' })
  draft: number;
  @ApiProperty({ example: 4, description: 'Submitted, awaiting review' })
  submitted: number;
  @ApiProperty({ example: 1, description: 'Returned with a reason, to be fixed and submitted again' })
  returned: number;
  @ApiProperty({ example: 9 })
  approved: number;
  @ApiProperty({ example: 18, description: 'All reports of the round (or group)' })
  total: number;
}

export class InstitutionCounts {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: projects with no institution' })
  institutionId: string | null;
  @ApiProperty({ type: String, nullable: true, example: '罗江区人民医院' })
  institutionName: string | null;
  @ApiProperty({ type: ReportCounts })
  counts: ReportCounts;
}

export class RegionCounts {
  @ApiProperty({ example: '510604' })
  regionCode: string;
  @ApiProperty({ example: '罗江区' })
  regionName: string;
  @ApiProperty({ type: ReportCounts })
  counts: ReportCounts;
}

export class MissingReport {
  @ApiProperty({ format: 'uuid' })
  projectId: string;
  @ApiProperty({ example: '罗江区人民医院迁建项目' })
  projectName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  institutionId: string | null;
  @ApiProperty({ type: String, nullable: true })
  institutionName: string | null;
  @ApiProperty({ enum: ['pending', 'draft', 'returned'] })
  status: ReportStatus;
}

export class RoundView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: '2022-05', description: 'The month reported on (YYYY-MM)' })
  period: string;
  @ApiProperty({ example: '2022-06-05', description: 'Reports are due by the end of this day (in the round’s time zone)' })
  dueDate: string;
  @ApiProperty({ example: '2022-06-12', description: 'The worker closes the round after this day; it may be closed by hand before' })
  closesOn: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Scope: one plan’s projects' })
  planId: string | null;
  @ApiProperty({ type: String, nullable: true })
  planTitle: string | null;
  @ApiProperty({ type: String, nullable: true, example: '510600', description: 'Scope: the projects of a region and the regions under it' })
  regionCode: string | null;
  @ApiProperty({ type: String, nullable: true, example: '德阳市' })
  regionName: string | null;
  @ApiProperty({ example: 'Asia/Shanghai' })
  timeZone: string;
  @ApiProperty({ enum: ROUND_STATUSES })
  status: RoundStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['schedule', 'hand'], description: 'Closed on its close date by the worker, or by hand' })
  closedBy: 'schedule' | 'hand' | null;
  @ApiProperty({ type: ReportCounts })
  counts: ReportCounts;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ example: 1 })
  version: number;
}

export class RoundDetailView extends RoundView {
  @ApiProperty({ type: [InstitutionCounts], description: 'By institution (责任单位), by name' })
  byInstitution: InstitutionCounts[];
  @ApiProperty({ type: [RegionCounts], description: 'By the projects’ regions, by code' })
  byRegion: RegionCounts[];
  @ApiProperty({ type: [MissingReport], description: 'Once closed: the reports not submitted by then. Empty while open.' })
  missing: MissingReport[];
}

export const RoundPage = PageOf(RoundView);

export class ReportView {
  @ApiProperty({ format: 'uuid' })
  roundId: string;
  @ApiProperty({ format: 'uuid' })
  projectId: string;
  @ApiProperty({ example: '510604-2021-2025-0001' })
  projectCode: string;
  @ApiProperty({ example: '罗江区人民医院迁建项目' })
  projectName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The institution that owes the report (责任单位)' })
  institutionId: string | null;
  @ApiProperty({ type: String, nullable: true })
  institutionName: string | null;
  @ApiProperty({ example: '510604' })
  regionCode: string;
  @ApiProperty({ example: '2022-05' })
  period: string;
  @ApiProperty({ enum: REPORT_STATUSES })
  status: ReportStatus;
  @ApiProperty({ type: String, nullable: true, example: '累计完成投资与上月不符', description: 'Why it was last returned' })
  reason: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 350, description: 'The month’s completed investment, 万元' })
  completedInvestmentWan: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 4200, description: '累计完成投资 to the end of the month, 万元' })
  cumulativeCompletedWan: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 45 })
  physicalProgressPct: number | null;
  @ApiProperty({ type: String, nullable: true, example: '主体结构施工至5层', description: '形象进度 / 进展情况' })
  progressText: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: '是否开工' })
  started: boolean | null;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  startedOn: string | null;
  @ApiProperty({ type: String, nullable: true, description: '存在问题, as the report states them' })
  problems: string | null;
  @ApiProperty({
    description: 'Where the figures come from: `draft` (saved, not submitted), `record` (the month’s progress report), `none`',
    enum: ['draft', 'record', 'none'],
  })
  figuresFrom: 'draft' | 'record' | 'none';
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  reviewedAt: string | null;
  @ApiProperty({ example: 2 })
  version: number;
}

export const ReportPage = PageOf(ReportView);

/** What the manager last saved and did not submit; decimals as text so they stay exact. */
export interface ReportDraft {
  completedInvestmentWan: string | null;
  cumulativeCompletedWan: string | null;
  physicalProgressPct: string | null;
  progressText: string | null;
  started: boolean | null;
  startedOn: string | null;
  problems: string | null;
}

const iso = (value: unknown) => (value == null ? null : new Date(value as string).toISOString());

export function toCounts(row: Row | undefined): ReportCounts {
  const count = (status: string) => Number(row?.[status] ?? 0);
  const counts = {
    pending: count('pending'),
    draft: count('draft'),
    submitted: count('submitted'),
    returned: count('returned'),
    approved: count('approved'),
  };
  return { ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}

export function toRoundView(row: Row): RoundView {
  return {
    id: row.id as string,
    period: (row.period as string).slice(0, 7),
    dueDate: row.due_date as string,
    closesOn: row.closes_on as string,
    planId: (row.plan_id as string | null) ?? null,
    planTitle: (row.plan_title as string | null) ?? null,
    regionCode: (row.region_code as string | null) ?? null,
    regionName: (row.region_name as string | null) ?? null,
    timeZone: row.time_zone as string,
    status: row.status as RoundStatus,
    closedAt: iso(row.closed_at),
    closedBy: (row.closed_by as 'schedule' | 'hand' | null) ?? null,
    counts: toCounts(row),
    createdAt: iso(row.created_at)!,
    version: row.version as number,
  };
}

/**
 * A report as the API shows it: the unsubmitted draft if there is one, else the month's progress report (what was
 * submitted), else nothing yet.
 */
export function toReportView(row: Row): ReportView {
  const draft = row.draft as ReportDraft | null;
  const hasRecord = row.record_version != null;
  const figures = draft
    ? {
        completedInvestmentWan: toNumber(draft.completedInvestmentWan),
        cumulativeCompletedWan: toNumber(draft.cumulativeCompletedWan),
        physicalProgressPct: toNumber(draft.physicalProgressPct),
        progressText: draft.progressText,
        started: draft.started,
        startedOn: draft.startedOn,
        problems: draft.problems,
      }
    : hasRecord
      ? {
          completedInvestmentWan: toNumber(row.record_completed_wan as string),
          cumulativeCompletedWan: toNumber(row.record_cumulative_wan as string),
          physicalProgressPct: toNumber(row.record_progress_pct as string | null),
          progressText: (row.record_progress_text as string | null) ?? null,
          started: (row.record_started as boolean | null) ?? null,
          startedOn: (row.record_started_on as string | null) ?? null,
          problems: (row.record_problems as string | null) ?? null,
        }
      : {
          completedInvestmentWan: null,
          cumulativeCompletedWan: null,
          physicalProgressPct: null,
          progressText: null,
          started: null,
          startedOn: null,
          problems: null,
        };
  return {
    roundId: row.round_id as string,
    projectId: row.project_id as string,
    projectCode: row.project_code as string,
    projectName: row.project_name as string,
    institutionId: (row.institution_id as string | null) ?? null,
    institutionName: (row.institution_name as string | null) ?? null,
    regionCode: row.region_code as string,
    period: (row.period as string).slice(0, 7),
    status: row.status as ReportStatus,
    reason: (row.reason as string | null) ?? null,
    ...figures,
    figuresFrom: draft ? 'draft' : hasRecord ? 'record' : 'none',
    submittedAt: iso(row.submitted_at),
    reviewedAt: iso(row.reviewed_at),
    version: row.version as number,
  };
}
