import { paginate, SqlParams, type Page, type PageQuery, type SortField } from '@tracker/api-conventions';
import { SqlRepository } from '@tracker/platform';
import { regionTreeSql } from '@tracker/regions';
import type { EntityManager } from 'typeorm';
import { FINISHED_PROJECT_STATUSES, type ReportStatus } from '../reporting.types';
import {
  toCounts,
  toReportView,
  toRoundView,
  type InstitutionCounts,
  type MissingReport,
  type RegionCounts,
  type ReportDraft,
  type ReportView,
  type RoundView,
} from './round.views';

type Row = Record<string, unknown>;

/** A round's scope: one plan's projects, or a region's and those of the regions under it. */
export type RoundScope = { planId: string; regionCode?: undefined } | { regionCode: string; planId?: undefined };

export interface NewRound {
  period: string; // YYYY-MM
  dueDate: string;
  closesOn: string;
  timeZone: string;
  scope: RoundScope;
}

export interface ReportFilters {
  status?: ReportStatus;
  institutionId?: string;
  /** A manager sees only the reports of the institutions their key is scoped to. */
  institutionIds?: readonly string[];
}

const COUNTS_SQL = `
  count(*) FILTER (WHERE rr.status = 'pending') AS pending,
  count(*) FILTER (WHERE rr.status = 'draft') AS draft,
  count(*) FILTER (WHERE rr.status = 'submitted') AS submitted,
  count(*) FILTER (WHERE rr.status = 'returned') AS returned,
  count(*) FILTER (WHERE rr.status = 'approved') AS approved`;

// A round with its scope's names and its counts; `WHERE` is appended by the caller.
const ROUND_SQL = `
  SELECT r.*, pl.title AS plan_title, coalesce(rg.full_name, rg.name, prg.full_name, prg.name) AS region_name, c.*
    FROM reporting_rounds r
    LEFT JOIN plans pl ON pl.id = r.plan_id
    LEFT JOIN regions prg ON prg.code = pl.region_code
    LEFT JOIN regions rg ON rg.code = r.region_code
    CROSS JOIN LATERAL (SELECT ${COUNTS_SQL} FROM round_reports rr WHERE rr.round_id = r.id) c`;

// A report with its project, institution and the month's progress report (the figures of record), cumulative to
// the end of the month.
const REPORT_SQL = `
  SELECT rr.*, p.code AS project_code, p.name AS project_name, p.region_code, i.name AS institution_name,
         pr.version AS record_version, pr.completed_investment_wan AS record_completed_wan,
         pr.physical_progress_pct AS record_progress_pct, pr.progress_text AS record_progress_text,
         pr.started AS record_started, to_char(pr.started_on, 'YYYY-MM-DD') AS record_started_on, pr.problems AS record_problems,
         (SELECT sum(x.completed_investment_wan) FROM progress_reports x WHERE x.project_id = rr.project_id AND x.period <= rr.period)
           AS record_cumulative_wan
    FROM round_reports rr
    JOIN projects p ON p.id = rr.project_id
    LEFT JOIN institutions i ON i.id = rr.institution_id
    LEFT JOIN progress_reports pr ON pr.project_id = rr.project_id AND pr.period = rr.period`;

const REPORT_SORTS: Record<string, SortField> = {
  projectCode: { column: 'p.code', type: 'text', notNull: true },
  projectName: { column: 'p.name', type: 'text', notNull: true },
  status: { column: 'rr.status', type: 'text', notNull: true },
  submittedAt: { column: 'rr.submitted_at', type: 'timestamptz' },
};
export const REPORT_SORT_FIELDS = Object.keys(REPORT_SORTS);

const ROUND_SORTS: Record<string, SortField> = {
  period: { column: 'r.period', type: 'date', notNull: true },
  dueDate: { column: 'r.due_date', type: 'date', notNull: true },
  createdAt: { column: 'r.created_at', type: 'timestamptz', notNull: true },
};
export const ROUND_SORT_FIELDS = Object.keys(ROUND_SORTS);

/**
 * The reporting_rounds and round_reports tables: rounds, who owes which report, and where each report stands.
 * The figures a report submits are the month's progress report (ProgressRepository's table), read here.
 */
export class RoundsRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  /** The plan's time zone, or null when there is no such plan. */
  async planTimeZone(planId: string): Promise<string | null> {
    const row = await this.row<{ time_zone: string }>(`SELECT time_zone FROM plans WHERE id = $1`, [planId]);
    return row?.time_zone ?? null;
  }

  /** Today, as a date in the time zone. */
  async today(timeZone: string): Promise<string> {
    const row = await this.row<{ today: string }>(`SELECT to_char((now() AT TIME ZONE $1)::date, 'YYYY-MM-DD') AS today`, [timeZone]);
    return row!.today;
  }

  /** The rounds of the same month that already hold reports of projects in the scope: a project reports once a month. */
  async overlapping(scope: RoundScope, period: string): Promise<{ roundId: string; projects: number }[]> {
    const params = new SqlParams();
    const rows = await this.rows(
      `SELECT rr.round_id, count(*)::int AS projects
         FROM round_reports rr JOIN projects p ON p.id = rr.project_id
        WHERE rr.period = ${params.add(`${period}-01`)}::date AND ${scopeSql(scope, params)}
        GROUP BY rr.round_id ORDER BY rr.round_id`,
      params.values,
    );
    return rows.map((r) => ({ roundId: r.round_id as string, projects: r.projects as number }));
  }

  /** The round and a report for every unfinished project in its scope, owed by the project's institution. */
  async open(round: NewRound): Promise<{ id: string; reports: number }> {
    const inserted = await this.row<{ id: string }>(
      `INSERT INTO reporting_rounds (period, due_date, closes_on, time_zone, plan_id, region_code)
       VALUES ($1::date, $2, $3, $4, $5, $6) RETURNING id`,
      [`${round.period}-01`, round.dueDate, round.closesOn, round.timeZone, round.scope.planId ?? null, round.scope.regionCode ?? null],
    );
    const params = new SqlParams();
    const id = params.add(inserted!.id);
    const reports = await this.rows(
      `INSERT INTO round_reports (round_id, project_id, period, institution_id)
       SELECT ${id}, p.id, ${params.add(`${round.period}-01`)}::date, p.institution_id
         FROM projects p
        WHERE ${scopeSql(round.scope, params)} AND p.status <> ALL (${params.add(FINISHED_PROJECT_STATUSES)}::text[])
       RETURNING project_id`,
      params.values,
    );
    return { id: inserted!.id, reports: reports.length };
  }

  async view(id: string): Promise<RoundView | null> {
    const row = await this.row(`${ROUND_SQL} WHERE r.id = $1`, [id]);
    return row && toRoundView(row);
  }

  /** The round, locked so that closing it and the writes of its reports take turns. */
  async lock(id: string): Promise<Row | null> {
    return this.row(
      `SELECT r.*, to_char(r.period, 'YYYY-MM') AS month,
              to_char((now() AT TIME ZONE r.time_zone)::date, 'YYYY-MM-DD') AS today
         FROM reporting_rounds r WHERE r.id = $1 FOR UPDATE`,
      [id],
    );
  }

  list(filters: { status?: string; planId?: string; period?: string }, page: PageQuery): Promise<Page<RoundView>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (filters.status) where.push(`r.status = ${params.add(filters.status)}`);
    if (filters.planId) where.push(`r.plan_id = ${params.add(filters.planId)}`);
    if (filters.period) where.push(`r.period = ${params.add(`${filters.period}-01`)}::date`);
    return paginate(this.run, {
      select: ROUND_SQL,
      where,
      params,
      page,
      sortable: ROUND_SORTS,
      defaultSort: '-period',
      idColumn: 'r.id',
      map: toRoundView,
    });
  }

  async countsByInstitution(roundId: string): Promise<InstitutionCounts[]> {
    const rows = await this.rows(
      `SELECT rr.institution_id, i.name AS institution_name, ${COUNTS_SQL}
         FROM round_reports rr LEFT JOIN institutions i ON i.id = rr.institution_id
        WHERE rr.round_id = $1
        GROUP BY rr.institution_id, i.name ORDER BY i.name NULLS LAST, rr.institution_id`,
      [roundId],
    );
    return rows.map((r) => ({ institutionId: r.institution_id as string | null, institutionName: r.institution_name as string | null, counts: toCounts(r) }));
  }

  async countsByRegion(roundId: string): Promise<RegionCounts[]> {
    const rows = await this.rows(
      `SELECT p.region_code, g.name AS region_name, ${COUNTS_SQL}
         FROM round_reports rr JOIN projects p ON p.id = rr.project_id JOIN regions g ON g.code = p.region_code
        WHERE rr.round_id = $1
        GROUP BY p.region_code, g.name ORDER BY p.region_code`,
      [roundId],
    );
    return rows.map((r) => ({ regionCode: r.region_code as string, regionName: r.region_name as string, counts: toCounts(r) }));
  }

  /** The reports not submitted (pending, draft, returned), by institution and project code. */
  async missing(roundId: string): Promise<MissingReport[]> {
    const rows = await this.rows(
      `SELECT rr.project_id, p.name AS project_name, rr.institution_id, i.name AS institution_name, rr.status
         FROM round_reports rr JOIN projects p ON p.id = rr.project_id LEFT JOIN institutions i ON i.id = rr.institution_id
        WHERE rr.round_id = $1 AND rr.status IN ('pending', 'draft', 'returned')
        ORDER BY i.name NULLS LAST, p.code`,
      [roundId],
    );
    return rows.map((r) => ({
      projectId: r.project_id as string,
      projectName: r.project_name as string,
      institutionId: r.institution_id as string | null,
      institutionName: r.institution_name as string | null,
      status: r.status as ReportStatus,
    }));
  }

  reports(roundId: string, filters: ReportFilters, page: PageQuery): Promise<Page<ReportView>> {
    const params = new SqlParams();
    const where = [`rr.round_id = ${params.add(roundId)}`];
    if (filters.status) where.push(`rr.status = ${params.add(filters.status)}`);
    if (filters.institutionId) where.push(`rr.institution_id = ${params.add(filters.institutionId)}`);
    if (filters.institutionIds) where.push(`rr.institution_id = ANY (${params.add(filters.institutionIds)}::uuid[])`);
    return paginate(this.run, {
      select: REPORT_SQL,
      where,
      params,
      page,
      sortable: REPORT_SORTS,
      defaultSort: 'projectCode',
      idColumn: 'rr.project_id',
      map: toReportView,
    });
  }

  async report(roundId: string, projectId: string): Promise<ReportView | null> {
    const row = await this.row(`${REPORT_SQL} WHERE rr.round_id = $1 AND rr.project_id = $2`, [roundId, projectId]);
    return row && toReportView(row);
  }

  /** The report row, locked for update. */
  async lockReport(roundId: string, projectId: string): Promise<Row | null> {
    return this.row(`SELECT * FROM round_reports WHERE round_id = $1 AND project_id = $2 FOR UPDATE`, [roundId, projectId]);
  }

  async saveDraft(roundId: string, projectId: string, draft: ReportDraft): Promise<void> {
    await this.run(
      `UPDATE round_reports SET draft = $3::jsonb, status = 'draft', version = version + 1, updated_at = now()
        WHERE round_id = $1 AND project_id = $2`,
      [roundId, projectId, JSON.stringify(draft)],
    );
  }

  async markSubmitted(roundId: string, projectId: string): Promise<void> {
    await this.run(
      `UPDATE round_reports SET status = 'submitted', draft = NULL, submitted_at = now(), version = version + 1, updated_at = now()
        WHERE round_id = $1 AND project_id = $2`,
      [roundId, projectId],
    );
  }

  /** Approved (the reason of an earlier return stays on record) or returned with a reason. */
  async markReviewed(roundId: string, projectId: string, status: 'approved' | 'returned', reason: string | null): Promise<void> {
    await this.run(
      `UPDATE round_reports SET status = $3, reason = coalesce($4, reason), reviewed_at = now(), version = version + 1, updated_at = now()
        WHERE round_id = $1 AND project_id = $2`,
      [roundId, projectId, status, reason],
    );
  }

  async close(roundId: string, by: 'schedule' | 'hand'): Promise<void> {
    await this.run(
      `UPDATE reporting_rounds SET status = 'closed', closed_at = now(), closed_by = $2, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [roundId, by],
    );
  }

  /** Open rounds whose close date has passed in their time zone, oldest first. */
  async dueToClose(limit: number): Promise<string[]> {
    const rows = await this.rows(
      `SELECT id FROM reporting_rounds
        WHERE status = 'open' AND closes_on < (now() AT TIME ZONE time_zone)::date
        ORDER BY closes_on, id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => r.id as string);
  }
}

function scopeSql(scope: RoundScope, params: SqlParams): string {
  return scope.planId ? `p.plan_id = ${params.add(scope.planId)}` : `p.region_code IN ${regionTreeSql(params.add(scope.regionCode))}`;
}
