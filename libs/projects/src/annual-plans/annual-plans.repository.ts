import { inBatches, recordsetColumns, SqlRepository } from '@tracker/platform';
import type { EntityManager } from 'typeorm';
import { toAnnualPlanView, type AnnualPlanView } from './annual-plan.views';

type Row = Record<string, unknown>;

export const ANNUAL_COLUMNS = [
  'category', 'plan_wan', 'task', 'q1_plan_wan', 'q2_plan_wan', 'q3_plan_wan', 'q4_plan_wan', 'q1_work', 'q2_work', 'q3_work', 'q4_work',
] as const;
export type AnnualColumn = (typeof ANNUAL_COLUMNS)[number];
/** A year's plan as stored: decimals as text, so they stay exact. */
export type AnnualValues = Record<AnnualColumn, string | null>;

const ANNUAL_TYPES: Record<AnnualColumn, string> = {
  category: 'text', plan_wan: 'numeric', task: 'text', q1_plan_wan: 'numeric', q2_plan_wan: 'numeric', q3_plan_wan: 'numeric',
  q4_plan_wan: 'numeric', q1_work: 'text', q2_work: 'text', q3_work: 'text', q4_work: 'text',
};

/** The project_annual_plans table: a project's plan for a year (年度计划投资, 年度建设任务, each quarter's). */
export class AnnualPlansRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  /** The project's annual plans by year; null when there is no such project. */
  async ofProject(projectId: string): Promise<AnnualPlanView[] | null> {
    const rows = await this.rows(
      `SELECT a.* FROM projects p LEFT JOIN project_annual_plans a ON a.project_id = p.id WHERE p.id = $1 ORDER BY a.year`,
      [projectId],
    );
    if (rows.length === 0) return null;
    return rows.filter((row) => row.year !== null).map(toAnnualPlanView);
  }

  /** The year's plan, locked for update; null when there is none. */
  async lock(projectId: string, year: number): Promise<Row | null> {
    return this.row(`SELECT * FROM project_annual_plans WHERE project_id = $1 AND year = $2 FOR UPDATE`, [projectId, year]);
  }

  /** A plan written by a person: it no longer comes from a file. */
  async insert(projectId: string, year: number, values: AnnualValues): Promise<AnnualPlanView> {
    const row = await this.row(
      `INSERT INTO project_annual_plans (project_id, year, ${ANNUAL_COLUMNS.join(', ')})
       VALUES ($1, $2, ${ANNUAL_COLUMNS.map((_, i) => `$${i + 3}`).join(', ')}) RETURNING *`,
      [projectId, year, ...ANNUAL_COLUMNS.map((c) => values[c])],
    );
    return toAnnualPlanView(row!);
  }

  async update(projectId: string, year: number, values: AnnualValues): Promise<AnnualPlanView> {
    const row = await this.row(
      `UPDATE project_annual_plans SET ${ANNUAL_COLUMNS.map((c, i) => `${c} = $${i + 3}`).join(', ')}, source_file = NULL, source_line = NULL,
              version = version + 1, updated_at = now()
        WHERE project_id = $1 AND year = $2 RETURNING *`,
      [projectId, year, ...ANNUAL_COLUMNS.map((c) => values[c])],
    );
    return toAnnualPlanView(row!);
  }

  // ---- the importer's set-based reads and writes ----

  /** The year's plans of these projects, by project. */
  async ofProjects(projectIds: readonly string[], year: number): Promise<Map<string, Row>> {
    if (projectIds.length === 0) return new Map();
    const rows = await this.rows(`SELECT * FROM project_annual_plans WHERE project_id = ANY($1::uuid[]) AND year = $2`, [projectIds, year]);
    return new Map(rows.map((r) => [r.project_id as string, r]));
  }

  /**
   * Annual plans from a file: those with `version` null are created (skipped if one exists by now), the others
   * updated if their version is still the one read. Rows come back with `inserted`; the caller compares what was
   * written with what it asked for.
   */
  async writeMany(year: number, file: string, plans: readonly { projectId: string; line: number; version: number | null; values: AnnualValues }[]): Promise<Row[]> {
    const written: Row[] = [];
    const columns = ANNUAL_COLUMNS;
    for (const batch of inBatches(plans.filter((p) => p.version === null))) {
      written.push(
        ...(await this.rows(
          `INSERT INTO project_annual_plans (project_id, year, source_file, source_line, ${columns.join(', ')})
           SELECT u.project_id, $1, $2, u.line, ${columns.map((c) => `u.${c}`).join(', ')}
             FROM jsonb_to_recordset($3::jsonb) AS u (project_id uuid, line int, ${recordsetColumns(ANNUAL_TYPES)})
           ON CONFLICT (project_id, year) DO NOTHING
           RETURNING *, true AS inserted`,
          [year, file, JSON.stringify(batch.map((p) => ({ project_id: p.projectId, line: p.line, ...p.values })))],
        )),
      );
    }
    for (const batch of inBatches(plans.filter((p) => p.version !== null))) {
      written.push(
        ...(await this.rows(
          `UPDATE project_annual_plans a SET ${columns.map((c) => `${c} = u.${c}`).join(', ')}, source_file = $2, source_line = u.line,
                  version = a.version + 1, updated_at = now()
             FROM jsonb_to_recordset($3::jsonb) AS u (project_id uuid, line int, version int, ${recordsetColumns(ANNUAL_TYPES)})
            WHERE a.project_id = u.project_id AND a.year = $1 AND a.version = u.version
            RETURNING a.*, false AS inserted`,
          [year, file, JSON.stringify(batch.map((p) => ({ project_id: p.projectId, line: p.line, version: p.version, ...p.values })))],
        )),
      );
    }
    return written;
  }
}
