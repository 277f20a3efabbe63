import { SqlParams, toNumber } from '@tracker/api-conventions';
import { auditEntryCte, type Actor } from '@tracker/audit';
import { OutboxRepository } from '@tracker/events';
import { inBatches, prepared, SqlRepository } from '@tracker/platform';
import type { EntityManager } from 'typeorm';
import type { ProgressMonthView } from './http/progress.views';
import { CURRENT_MONTH_IN_PLAN_SQL } from './projects.repository';

type Row = Record<string, unknown>;

/** A month's figures as a report writes them: decimals as text, so they stay exact. */
export interface MonthFigures {
  completedInvestmentWan: string;
  disbursedWan: string;
  physicalProgressPct: string | null;
  note: string | null;
  progressText: string | null;
}

/** A month's figures as a reporting round submits them. */
export interface RoundFigures {
  completedInvestmentWan: string;
  physicalProgressPct: string | null;
  progressText: string | null;
  started: boolean | null;
  startedOn: string | null;
  problems: string | null;
}

/** What replaceMonthRecorded answers: the new version, and the running totals as of its statement. */
export interface ReplacedMonth {
  version: number;
  cumulativeCompletedInvestmentWan: number;
  cumulativeDisbursedWan: number;
  plannedInvestmentWan: number | null;
  exceedsPlannedInvestment: boolean;
}

/** The months of a project with running totals, and the project's planned investment. */
export interface ProgressHistory {
  plannedInvestmentWan: number | null;
  months: ProgressMonthView[];
  totalCompletedInvestmentWan: number;
  totalDisbursedWan: number;
  exceedsPlannedInvestment: boolean;
}

// One statement, so the months and the totals come from the same snapshot. The LEFT JOIN yields one row without
// a period for a project that has no reports yet, which still carries the project's figures.
const HISTORY_SQL = prepared(`
  SELECT p.investment_wan AS planned_investment_wan,
         to_char(r.period, 'YYYY-MM') AS period, r.completed_investment_wan, r.disbursed_wan,
         r.physical_progress_pct, r.note, r.progress_text, r.version,
         sum(r.completed_investment_wan) OVER running AS cumulative_completed_investment_wan,
         sum(r.disbursed_wan) OVER running AS cumulative_disbursed_wan,
         coalesce(sum(r.completed_investment_wan) OVER whole, 0) AS total_completed_investment_wan,
         coalesce(sum(r.disbursed_wan) OVER whole, 0) AS total_disbursed_wan,
         coalesce(sum(r.completed_investment_wan) OVER whole > p.investment_wan, false) AS exceeds_planned_investment
    FROM projects p
    LEFT JOIN progress_reports r ON r.project_id = p.id
   WHERE p.id = $1
  WINDOW running AS (ORDER BY r.period), whole AS ()
   ORDER BY r.period`);

// What a correction checks before it replaces the month (see ProgressService.replaceWithoutLock): the project's
// scope and current month, and the month's report (columns null when it has none). Named columns: prepared.
const MONTH_IN_SCOPE_SQL = prepared(
  `SELECT p.institution_id, ${CURRENT_MONTH_IN_PLAN_SQL} AS current_month,
          r.id, r.project_id, r.period, r.completed_investment_wan, r.disbursed_wan, r.physical_progress_pct, r.note,
          r.progress_text, r.version, r.round_id
     FROM projects p JOIN plans pl ON pl.id = p.plan_id
     LEFT JOIN progress_reports r ON r.project_id = p.id AND r.period = $2::date
    WHERE p.id = $1`,
);

/** progressSnapshot built by PostgreSQL from a progress_reports row `r`, for writes that are one statement. */
const PROGRESS_SNAPSHOT_JSONB = `jsonb_build_object(
  'projectId', r.project_id, 'period', to_char(r.period, 'YYYY-MM'), 'completedInvestmentWan', trim_scale(r.completed_investment_wan),
  'disbursedWan', trim_scale(r.disbursed_wan), 'physicalProgressPct', trim_scale(r.physical_progress_pct), 'note', r.note,
  'progressText', r.progress_text, 'version', r.version)`;

/** The progress_reports table: a project's monthly figures (completed investment, disbursed, progress). */
export class ProgressRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  /** Null when there is no such project. */
  async history(projectId: string): Promise<ProgressHistory | null> {
    const rows = await this.rows(HISTORY_SQL, [projectId]);
    if (rows.length === 0) return null;
    const [first] = rows;
    return {
      plannedInvestmentWan: toNumber(first.planned_investment_wan as string | null),
      months: rows.filter((row) => row.period !== null).map(toMonthView),
      totalCompletedInvestmentWan: Number(first.total_completed_investment_wan),
      totalDisbursedWan: Number(first.total_disbursed_wan),
      exceedsPlannedInvestment: first.exceeds_planned_investment as boolean,
    };
  }

  /**
   * The project's institution and current month (in its plan's time zone) with the month's report as it stands,
   * without a lock (see replaceMonthRecorded), in one round trip; null when there is no such project, `month` null
   * when the month has no report.
   */
  async monthInScope(projectId: string, period: string): Promise<{ institutionId: string | null; currentMonth: string; month: Row | null } | null> {
    const row = await this.row(MONTH_IN_SCOPE_SQL, [projectId, `${period}-01`]);
    if (!row) return null;
    const { institution_id, current_month, ...month } = row;
    return { institutionId: institution_id as string | null, currentMonth: current_month as string, month: month.id === null ? null : month };
  }

  /**
   * Replaces a month's figures if its report is still at `expectedVersion` and no reporting round has taken it,
   * with its audit entry and its `progress.reported` event, in one statement: one round trip, atomic without a
   * transaction block. `before` is progressSnapshot of the report as read. Returns the month as replaced, with its
   * running totals and the project's as of the statement (so the answer needs no further read), or null when
   * another writer got there first.
   */
  async replaceMonthRecorded(
    reportId: string,
    expectedVersion: number,
    figures: MonthFigures,
    before: object,
    actor: Actor,
  ): Promise<ReplacedMonth | null> {
    const params = new SqlParams();
    const values = figureValues(figures).map((value) => params.add(value));
    // The text is the same on every call (values are parameters), so it is prepared once per connection.
    const row = await this.row(
      prepared(`WITH r AS (
         UPDATE progress_reports
            SET completed_investment_wan = ${values[0]}, disbursed_wan = ${values[1]}, physical_progress_pct = ${values[2]},
                note = ${values[3]}, progress_text = ${values[4]}, version = version + 1, updated_at = now()
          WHERE id = ${params.add(reportId)} AND version = ${params.add(expectedVersion)} AND round_id IS NULL
         RETURNING *
       ), changed AS (
         SELECT r.project_id, r.project_id::text || '/' || to_char(r.period, 'YYYY-MM') AS entity_id,
                ${params.add(JSON.stringify(before))}::jsonb AS before, ${PROGRESS_SNAPSHOT_JSONB} AS after
           FROM r
       ), ${auditEntryCte('audited', 'changed', actor, 'update', 'progress_report', params)},
       event AS (
         SELECT 'progress.reported' AS event_type, entity_id AS aggregate_id, project_id, 1 AS position,
                after || jsonb_build_object('replaced', true) AS payload
           FROM changed
       ), announced AS (${OutboxRepository.appendingFrom('event', ['progress.reported'])}),
       -- The project's other months, as the statement's snapshot has them (the replaced month's new figures are
       -- only in r), for the running totals of the answer.
       others AS (
         SELECT sum(o.completed_investment_wan) FILTER (WHERE o.period < r.period) AS completed_before,
                sum(o.disbursed_wan) FILTER (WHERE o.period < r.period) AS disbursed_before,
                sum(o.completed_investment_wan) AS completed_other_months
           FROM r JOIN progress_reports o ON o.project_id = r.project_id AND o.period <> r.period
       )
       SELECT r.version,
              coalesce(x.completed_before, 0) + r.completed_investment_wan AS cumulative_completed_investment_wan,
              coalesce(x.disbursed_before, 0) + r.disbursed_wan AS cumulative_disbursed_wan,
              p.investment_wan AS planned_investment_wan,
              coalesce(coalesce(x.completed_other_months, 0) + r.completed_investment_wan > p.investment_wan, false) AS exceeds_planned_investment
         FROM r CROSS JOIN others x JOIN projects p ON p.id = r.project_id`),
      params.values,
    );
    return (
      row && {
        version: row.version as number,
        cumulativeCompletedInvestmentWan: Number(row.cumulative_completed_investment_wan),
        cumulativeDisbursedWan: Number(row.cumulative_disbursed_wan),
        plannedInvestmentWan: toNumber(row.planned_investment_wan as string | null),
        exceedsPlannedInvestment: row.exceeds_planned_investment as boolean,
      }
    );
  }

  /** The month's report, locked for update; null when the month has none. */
  async lockMonth(projectId: string, period: string): Promise<Row | null> {
    return this.row(`SELECT * FROM progress_reports WHERE project_id = $1 AND period = $2::date FOR UPDATE`, [projectId, `${period}-01`]);
  }

  /** The month's first report, or null when a concurrent one committed first. */
  async insertMonth(projectId: string, period: string, figures: MonthFigures): Promise<Row | null> {
    return this.row(
      `INSERT INTO progress_reports (project_id, period, completed_investment_wan, disbursed_wan, physical_progress_pct, note, progress_text)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (project_id, period) DO NOTHING RETURNING *`,
      [projectId, `${period}-01`, ...figureValues(figures)],
    );
  }

  async updateMonth(reportId: string, figures: MonthFigures): Promise<Row> {
    const row = await this.row(
      `UPDATE progress_reports
          SET completed_investment_wan = $2, disbursed_wan = $3, physical_progress_pct = $4, note = $5, progress_text = $6,
              version = version + 1, updated_at = now()
        WHERE id = $1 RETURNING *`,
      [reportId, ...figureValues(figures)],
    );
    return row!;
  }

  /** What the project completed in the months before this one: a cumulative figure of the month is measured against it. */
  async completedBefore(projectId: string, period: string): Promise<string> {
    const row = await this.row<{ completed: string }>(
      `SELECT coalesce(sum(completed_investment_wan), 0)::text AS completed FROM progress_reports WHERE project_id = $1 AND period < $2::date`,
      [projectId, `${period}-01`],
    );
    return row!.completed;
  }

  /**
   * The month's report as a reporting round's submission writes it: created, or its figures replaced (disbursed
   * and note, which a round does not ask for, are kept). The row remembers the round, which then owns the month.
   */
  async writeFromRound(projectId: string, period: string, roundId: string, figures: RoundFigures): Promise<Row> {
    const row = await this.row(
      `INSERT INTO progress_reports (project_id, period, completed_investment_wan, physical_progress_pct, progress_text,
                                     started, started_on, problems, round_id)
       VALUES ($1, $2::date, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (project_id, period) DO UPDATE
          SET completed_investment_wan = EXCLUDED.completed_investment_wan, physical_progress_pct = EXCLUDED.physical_progress_pct,
              progress_text = EXCLUDED.progress_text, started = EXCLUDED.started, started_on = EXCLUDED.started_on,
              problems = EXCLUDED.problems, round_id = EXCLUDED.round_id,
              version = progress_reports.version + 1, updated_at = now()
       RETURNING *, (xmax = 0) AS inserted`,
      [
        projectId,
        `${period}-01`,
        figures.completedInvestmentWan,
        figures.physicalProgressPct,
        figures.progressText,
        figures.started,
        figures.startedOn,
        figures.problems,
        roundId,
      ],
    );
    return row!;
  }

  // ---- the importer's set-based reads and writes ----

  /**
   * Per project: the month's report (if any) and what was completed before it, in all and since January of its
   * year; what a cumulative or year-to-date figure of the month is measured against.
   */
  async around(projectIds: readonly string[], period: string): Promise<Map<string, Row>> {
    if (projectIds.length === 0) return new Map();
    const rows = await this.rows(
      `SELECT ids.id AS project_id,
              coalesce(sum(r.completed_investment_wan) FILTER (WHERE r.period < $2::date), 0) AS completed_before,
              coalesce(sum(r.completed_investment_wan) FILTER (WHERE r.period < $2::date AND r.period >= date_trunc('year', $2::date)), 0)
                AS completed_before_in_year,
              (array_agg(r.completed_investment_wan) FILTER (WHERE r.period = $2::date))[1] AS month_completed,
              (array_agg(r.progress_text) FILTER (WHERE r.period = $2::date))[1] AS month_text,
              (array_agg(r.version) FILTER (WHERE r.period = $2::date))[1] AS month_version,
              (array_agg(r.round_id) FILTER (WHERE r.period = $2::date))[1] AS month_round
         FROM unnest($1::uuid[]) AS ids (id)
         LEFT JOIN progress_reports r ON r.project_id = ids.id AND r.period <= $2::date
        GROUP BY ids.id`,
      [projectIds, `${period}-01`],
    );
    return new Map(rows.map((r) => [r.project_id as string, r]));
  }

  /**
   * Project-years of progress_year_amounts (kept by triggers on this table) that differ from the sums of the
   * reports: 0 unless something went around the triggers. Reads every report: in a transaction of its own, whose
   * statement timeout it lifts to 30 minutes (a million projects take ~1 minute).
   */
  async yearAmountsDrift(): Promise<number> {
    await this.db.query(`SET LOCAL statement_timeout = '30min'`);
    return Number((await this.row<{ n: string }>(`SELECT progress_year_amounts_drift() AS n`))!.n);
  }

  /** Recomputes progress_year_amounts from the reports, holding report writers off until the transaction ends. */
  async recountYearAmounts(): Promise<void> {
    await this.db.query(`SET LOCAL statement_timeout = '30min'`);
    await this.db.query(`SELECT recount_progress_year_amounts()`);
  }

  /**
   * The month's report of each project: created (skipped if one exists by now) where `version` is null, else its
   * completed investment and text replaced if its version is still the one read. Rows come back with `inserted`.
   */
  async writeMonths(period: string, reports: readonly { projectId: string; version: number | null; completedWan: string; text: string | null }[]): Promise<Row[]> {
    const written: Row[] = [];
    for (const batch of inBatches(reports.filter((r) => r.version === null))) {
      written.push(
        ...(await this.rows(
          `INSERT INTO progress_reports (project_id, period, completed_investment_wan, progress_text)
           SELECT u.project_id, $1::date, u.completed, u.text FROM jsonb_to_recordset($2::jsonb) AS u (project_id uuid, completed numeric, text text)
           ON CONFLICT (project_id, period) DO NOTHING
           RETURNING *, true AS inserted`,
          [`${period}-01`, JSON.stringify(batch.map((r) => ({ project_id: r.projectId, completed: r.completedWan, text: r.text })))],
        )),
      );
    }
    for (const batch of inBatches(reports.filter((r) => r.version !== null))) {
      written.push(
        ...(await this.rows(
          `UPDATE progress_reports r SET completed_investment_wan = u.completed, progress_text = coalesce(u.text, r.progress_text),
                  version = r.version + 1, updated_at = now()
             FROM jsonb_to_recordset($2::jsonb) AS u (project_id uuid, version int, completed numeric, text text)
            WHERE r.project_id = u.project_id AND r.period = $1::date AND r.version = u.version
            RETURNING r.*, false AS inserted`,
          [`${period}-01`, JSON.stringify(batch.map((r) => ({ project_id: r.projectId, version: r.version, completed: r.completedWan, text: r.text })))],
        )),
      );
    }
    return written;
  }
}

const figureValues = (f: MonthFigures) => [f.completedInvestmentWan, f.disbursedWan, f.physicalProgressPct, f.note, f.progressText];

/**
 * A report row as the audit log and the `progress.reported` event show it, whoever wrote it (the API, an import).
 * PROGRESS_SNAPSHOT_JSONB builds the same in SQL.
 */
export function progressSnapshot(row: Row) {
  return {
    projectId: row.project_id as string,
    period: (row.period as string).slice(0, 7),
    completedInvestmentWan: Number(row.completed_investment_wan),
    disbursedWan: Number(row.disbursed_wan),
    physicalProgressPct: toNumber(row.physical_progress_pct as string | null),
    note: row.note as string | null,
    progressText: (row.progress_text as string | null) ?? null,
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
    progressText: (row.progress_text as string | null) ?? null,
    version: row.version as number,
    cumulativeCompletedInvestmentWan: Number(row.cumulative_completed_investment_wan),
    cumulativeDisbursedWan: Number(row.cumulative_disbursed_wan),
  };
}
