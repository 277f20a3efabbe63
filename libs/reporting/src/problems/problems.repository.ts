import { paginate, SqlParams, type Page, type PageQuery, type SortField } from '@tracker/api-conventions';
import { SqlRepository } from '@tracker/platform';
import { regionTreeSql } from '@tracker/regions';
import type { EntityManager } from 'typeorm';
import type { ProblemCategory, ProblemStatus } from '../reporting.types';
import { toProblemView, type ProblemView } from './problem.views';

type Row = Record<string, unknown>;

export interface ProblemFilters {
  regionCode?: string;
  planId?: string;
  institutionId?: string;
  projectId?: string;
  category?: ProblemCategory;
  status?: ProblemStatus;
  overdue?: boolean;
}

export interface ProblemFields {
  category: ProblemCategory;
  description: string;
  responsible_unit: string | null;
  due_date: string | null;
  status: ProblemStatus;
  resolution: string | null;
  resolved_on: string | null;
}

const OVERDUE_SQL = `(pb.status = 'open' AND pb.due_date < (now() AT TIME ZONE pl.time_zone)::date)`;
const PROBLEM_SQL = `
  SELECT pb.*, p.name AS project_name, p.institution_id, p.region_code, ${OVERDUE_SQL} AS overdue
    FROM project_problems pb JOIN projects p ON p.id = pb.project_id JOIN plans pl ON pl.id = p.plan_id`;

const SORTS: Record<string, SortField> = {
  createdAt: { column: 'pb.created_at', type: 'timestamptz', notNull: true },
  dueDate: { column: 'pb.due_date', type: 'date' },
};
export const PROBLEM_SORT_FIELDS = Object.keys(SORTS);

/** The project_problems table: 存在问题 of projects, open or resolved. */
export class ProblemsRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  list(filters: ProblemFilters, page: PageQuery): Promise<Page<ProblemView>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (filters.projectId) where.push(`pb.project_id = ${params.add(filters.projectId)}`);
    if (filters.planId) where.push(`p.plan_id = ${params.add(filters.planId)}`);
    if (filters.institutionId) where.push(`p.institution_id = ${params.add(filters.institutionId)}`);
    if (filters.regionCode) where.push(`p.region_code IN ${regionTreeSql(params.add(filters.regionCode))}`);
    if (filters.category) where.push(`pb.category = ${params.add(filters.category)}`);
    if (filters.status) where.push(`pb.status = ${params.add(filters.status)}`);
    if (filters.overdue !== undefined) where.push(filters.overdue ? OVERDUE_SQL : `NOT ${OVERDUE_SQL} OR pb.due_date IS NULL`);
    return paginate(this.run, {
      select: PROBLEM_SQL,
      where: where.map((w) => `(${w})`),
      params,
      page,
      sortable: SORTS,
      defaultSort: '-createdAt',
      idColumn: 'pb.id',
      map: toProblemView,
    });
  }

  async view(id: string): Promise<ProblemView | null> {
    const row = await this.row(`${PROBLEM_SQL} WHERE pb.id = $1`, [id]);
    return row && toProblemView(row);
  }

  /** The problem locked for update, with its project's institution and today in the plan's time zone. */
  async lock(id: string): Promise<Row | null> {
    return this.row(
      `SELECT pb.*, p.institution_id, to_char((now() AT TIME ZONE pl.time_zone)::date, 'YYYY-MM-DD') AS today
         FROM project_problems pb JOIN projects p ON p.id = pb.project_id JOIN plans pl ON pl.id = p.plan_id
        WHERE pb.id = $1 FOR UPDATE OF pb`,
      [id],
    );
  }

  async insert(projectId: string, fields: Omit<ProblemFields, 'status' | 'resolution' | 'resolved_on'>): Promise<string> {
    const row = await this.row<{ id: string }>(
      `INSERT INTO project_problems (project_id, category, description, responsible_unit, due_date)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [projectId, fields.category, fields.description, fields.responsible_unit, fields.due_date],
    );
    return row!.id;
  }

  async update(id: string, fields: ProblemFields): Promise<void> {
    await this.run(
      `UPDATE project_problems
          SET category = $2, description = $3, responsible_unit = $4, due_date = $5, status = $6, resolution = $7, resolved_on = $8,
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [id, fields.category, fields.description, fields.responsible_unit, fields.due_date, fields.status, fields.resolution, fields.resolved_on],
    );
  }
}
