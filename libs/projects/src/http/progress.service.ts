import { Injectable } from '@nestjs/common';
import { ProblemException, staleVersion, toNumber } from '@tracker/api-conventions';
import { recordChanges, type Actor, type ChangeRecorder } from '@tracker/audit';
import type { Principal } from '@tracker/auth';
import { queryRows } from '@tracker/database';
import { DataSource, type EntityManager } from 'typeorm';
import { invalidPeriod, type ReportProgressDto } from './progress.dto';
import type { ProgressMonthView, ProgressView, ReportedMonthView } from './progress.views';
import { assertMayChange } from './projects.service';

type Row = Record<string, unknown>;

// One statement, so the months and the totals come from the same snapshot. The LEFT JOIN yields one row without
// a period for a project that has no reports yet, which still carries the project's figures.
const PROGRESS_SQL = `
  SELECT p.investment_wan AS planned_investment_wan,
         to_char(r.period, 'YYYY-MM') AS period, r.completed_investment_wan, r.disbursed_wan,
         r.physical_progress_pct, r.note, r.version,
         sum(r.completed_investment_wan) OVER running AS cumulative_completed_investment_wan,
         sum(r.disbursed_wan) OVER running AS cumulative_disbursed_wan,
         coalesce(sum(r.completed_investment_wan) OVER whole, 0) AS total_completed_investment_wan,
         coalesce(sum(r.disbursed_wan) OVER whole, 0) AS total_disbursed_wan,
         coalesce(sum(r.completed_investment_wan) OVER whole > p.investment_wan, false) AS exceeds_planned_investment
    FROM projects p
    LEFT JOIN progress_reports r ON r.project_id = p.id
   WHERE p.id = $1
  WINDOW running AS (ORDER BY r.period), whole AS ()
   ORDER BY r.period`;

const MONTH_SQL = `SELECT * FROM progress_reports WHERE project_id = $1 AND period = $2::date FOR UPDATE`;

const notFound = (id: string) => new ProblemException(404, 'Not Found', `No project with id ${id}.`);

export interface ReportResult {
  created: boolean;
  month: ReportedMonthView;
}

@Injectable()
export class ProgressService {
  constructor(private readonly dataSource: DataSource) {}

  async list(projectId: string): Promise<ProgressView> {
    const rows: Row[] = await this.dataSource.query(PROGRESS_SQL, [projectId]);
    if (rows.length === 0) throw notFound(projectId);
    const [first] = rows;
    return {
      projectId,
      items: rows.filter((row) => row.period !== null).map(toMonthView),
      plannedInvestmentWan: toNumber(first.planned_investment_wan as string | null),
      cumulativeCompletedInvestmentWan: Number(first.total_completed_investment_wan),
      cumulativeDisbursedWan: Number(first.total_disbursed_wan),
      exceedsPlannedInvestment: first.exceeds_planned_investment as boolean,
    };
  }

  /**
   * Creates or replaces the report of one month. A repeat of the same figures changes nothing (no new version,
   * no audit entry), so a client may retry a PUT freely.
   */
  async report(
    projectId: string,
    period: string,
    input: ReportProgressDto,
    expectedVersion: number | undefined,
    principal: Principal,
    actor: Actor,
  ): Promise<ReportResult> {
    return recordChanges(this.dataSource.manager, actor, async (changes) => {
      const { manager } = changes;
      const [project] = await manager.query(
        `SELECT p.institution_id, to_char((now() AT TIME ZONE pl.time_zone)::date, 'YYYY-MM') AS current_month
           FROM projects p JOIN plans pl ON pl.id = p.plan_id WHERE p.id = $1`,
        [projectId],
      );
      if (!project) throw notFound(projectId);
      assertMayChange(principal, project.institution_id);
      if (period > project.current_month) {
        throw invalidPeriod(`period must not be after the current month ${project.current_month} (in the plan’s time zone)`);
      }
      const firstDay = `${period}-01`;
      const figures = [
        String(input.completedInvestmentWan),
        String(input.disbursedWan),
        input.physicalProgressPct == null ? null : String(input.physicalProgressPct),
        input.note ?? null,
      ];

      let [current] = await manager.query(MONTH_SQL, [projectId, firstDay]);
      if (!current && expectedVersion === undefined) {
        const [inserted] = await manager.query(
          `INSERT INTO progress_reports (project_id, period, completed_investment_wan, disbursed_wan, physical_progress_pct, note)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (project_id, period) DO NOTHING RETURNING *`,
          [projectId, firstDay, ...figures],
        );
        if (inserted) return this.recorded(changes, projectId, period, null, inserted);
        // A concurrent first report of this month committed in between: this one replaces it.
        [current] = await manager.query(MONTH_SQL, [projectId, firstDay]);
      }
      if (!current) {
        throw new ProblemException(412, 'Precondition Failed', `There is no report for ${period} yet; send it without If-Match.`);
      }
      if (expectedVersion !== undefined && current.version !== expectedVersion) throw staleVersion(current.version);
      if (sameFigures(current, input)) return { created: false, month: await this.reportedMonth(manager, projectId, period) };
      const [updated] = await queryRows(
        manager,
        `UPDATE progress_reports
            SET completed_investment_wan = $2, disbursed_wan = $3, physical_progress_pct = $4, note = $5,
                version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING *`,
        [current.id, ...figures],
      );
      return this.recorded(changes, projectId, period, current, updated);
    });
  }

  private async recorded(changes: ChangeRecorder, projectId: string, period: string, before: Row | null, after: Row) {
    const entityId = `${projectId}/${period}`;
    await changes.audit(before ? 'update' : 'create', 'progress_report', entityId, before && snapshot(before), snapshot(after));
    await changes.emit({
      type: 'progress.reported',
      aggregateType: 'progress_report',
      aggregateId: entityId,
      projectId,
      payload: { ...snapshot(after), replaced: before !== null },
    });
    return { created: before === null, month: await this.reportedMonth(changes.manager, projectId, period) };
  }

  private async reportedMonth(manager: EntityManager, projectId: string, period: string): Promise<ReportedMonthView> {
    const rows: Row[] = await manager.query(PROGRESS_SQL, [projectId]);
    const row = rows.find((r) => r.period === period)!;
    return {
      ...toMonthView(row),
      projectId,
      plannedInvestmentWan: toNumber(row.planned_investment_wan as string | null),
      exceedsPlannedInvestment: row.exceeds_planned_investment as boolean,
    };
  }
}

function sameFigures(current: Row, input: ReportProgressDto): boolean {
  // Both sides have at most 2 decimals, so equal numbers mean equal decimals.
  return (
    Number(current.completed_investment_wan) === input.completedInvestmentWan &&
    Number(current.disbursed_wan) === input.disbursedWan &&
    toNumber(current.physical_progress_pct as string | null) === (input.physicalProgressPct ?? null) &&
    current.note === (input.note ?? null)
  );
}

/** A report row as the audit log and the event show it. */
function snapshot(row: Row) {
  return {
    projectId: row.project_id as string,
    period: (row.period as string).slice(0, 7),
    completedInvestmentWan: Number(row.completed_investment_wan),
    disbursedWan: Number(row.disbursed_wan),
    physicalProgressPct: toNumber(row.physical_progress_pct as string | null),
    note: row.note as string | null,
    version: row.version as number,
  };
}

function toMonthView(row: Row): ProgressMonthView {
  return {
    period: row.period as string,
    completedInvestmentWan: Number(row.completed_investment_wan),
    disbursedWan: Number(row.disbursed_wan),
    physicalProgressPct: toNumber(row.physical_progress_pct as string | null),
    note: row.note as string | null,
    version: row.version as number,
    cumulativeCompletedInvestmentWan: Number(row.cumulative_completed_investment_wan),
    cumulativeDisbursedWan: Number(row.cumulative_disbursed_wan),
  };
}
