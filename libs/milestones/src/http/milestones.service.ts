import { Injectable } from '@nestjs/common';
import { paginate, ProblemException, SqlParams, staleVersion, type Page, type PageQuery } from '@tracker/api-conventions';
import { recordChanges, type Actor, type ChangeRecorder } from '@tracker/audit';
import type { Principal } from '@tracker/auth';
import { queryRows, regionTreeSql } from '@tracker/database';
import { assertMayChange, type BuildType } from '@tracker/projects';
import { DataSource, type EntityManager } from 'typeorm';
import { milestoneStatus, type MilestoneStatus } from '../milestone-status';
import { milestoneSpan, standardMilestones, type StandardKind } from '../templates';
import type { CreateMilestoneDto, MilestoneListQuery, UpdateMilestoneDto } from './milestone.dto';
import type { MilestoneView } from './milestone.views';

type Row = Record<string, unknown>;

/** API field → column. Only these names ever reach SQL text. */
const WRITABLE: Record<keyof UpdateMilestoneDto, string> = {
  kind: 'kind',
  name: 'name',
  plannedDate: 'planned_date',
  actualDate: 'actual_date',
  note: 'note',
};

const SORTABLE = {
  plannedDate: { column: 'm.planned_date', type: 'date', notNull: true },
  actualDate: { column: 'm.actual_date', type: 'date' },
  updatedAt: { column: 'm.updated_at', type: 'timestamptz', notNull: true },
} as const;

export const MILESTONE_SORT_FIELDS = Object.keys(SORTABLE);

const TODAY_IN_PLAN = `(now() AT TIME ZONE pl.time_zone)::date`;

/** A milestone with what its status and its permissions depend on: its project, and today in its plan's zone. */
const SELECT_MILESTONE = `
  SELECT m.*, p.plan_id, p.institution_id, p.region_code, ${TODAY_IN_PLAN} AS today
    FROM milestones m
    JOIN projects p ON p.id = m.project_id
    JOIN plans pl ON pl.id = p.plan_id`;

// Today differs per plan, but in every zone (UTC−12 … UTC+14) it lies within a day of today in UTC. The bound
// from UTC does not depend on the row, so the planner can range-scan milestones_open_by_date_idx with it; the
// exact comparison with the plan's today then filters what the scan finds. It mirrors milestoneStatus().
const TODAY_UTC = `(now() AT TIME ZONE 'UTC')::date`;
const STATUS_FILTERS: Record<MilestoneStatus, string> = {
  done: `m.actual_date IS NOT NULL`,
  overdue: `m.actual_date IS NULL AND m.planned_date < ${TODAY_UTC} + 1 AND m.planned_date < ${TODAY_IN_PLAN}`,
  pending: `m.actual_date IS NULL AND m.planned_date >= ${TODAY_UTC} - 1 AND m.planned_date >= ${TODAY_IN_PLAN}`,
};

const notFound = (what: string, id: string) => new ProblemException(404, 'Not Found', `No ${what} with id ${id}.`);
const invalid = (field: string, message: string) =>
  new ProblemException(400, 'Bad Request', 'The request has invalid fields.', [{ field, message }]);

function assertNotFuture(actualDate: string | null | undefined, today: string): void {
  if (actualDate && actualDate > today) {
    throw invalid('actualDate', `actualDate must not be in the future (today is ${today} in the plan’s time zone)`);
  }
}

@Injectable()
export class MilestonesService {
  constructor(private readonly dataSource: DataSource) {}

  async listForProject(projectId: string, page: PageQuery): Promise<Page<MilestoneView>> {
    const [project] = await this.dataSource.query(`SELECT id FROM projects WHERE id = $1`, [projectId]);
    if (!project) throw notFound('project', projectId);
    const params = new SqlParams();
    return this.page([`m.project_id = ${params.add(projectId)}`], params, page);
  }

  list(query: MilestoneListQuery): Promise<Page<MilestoneView>> {
    const params = new SqlParams();
    const where: string[] = [];
    const equals: [keyof MilestoneListQuery, string][] = [
      ['projectId', 'm.project_id'],
      ['institutionId', 'p.institution_id'],
      ['planId', 'p.plan_id'],
    ];
    for (const [field, column] of equals) {
      if (query[field] !== undefined) where.push(`${column} = ${params.add(query[field])}`);
    }
    if (query.regionCode) where.push(`p.region_code IN ${regionTreeSql(params.add(query.regionCode))}`);
    if (query.dueBefore) where.push(`m.planned_date < ${params.add(query.dueBefore)}::date`);
    if (query.dueAfter) where.push(`m.planned_date > ${params.add(query.dueAfter)}::date`);
    if (query.status) where.push(STATUS_FILTERS[query.status]);
    return this.page(where, params, query);
  }

  async get(id: string): Promise<MilestoneView> {
    const [row] = await this.dataSource.query(`${SELECT_MILESTONE} WHERE m.id = $1`, [id]);
    if (!row) throw notFound('milestone', id);
    return toMilestoneView(row);
  }

  async create(projectId: string, input: CreateMilestoneDto, principal: Principal, actor: Actor): Promise<MilestoneView> {
    return recordChanges(this.dataSource.manager, actor, async (changes) => {
      const project = await projectToChange(changes.manager, projectId, principal);
      return insertMilestone(changes, project, input);
    });
  }

  /**
   * Adds the standard milestones of the project's build type (see templates.ts), each created, audited and
   * announced as `create` does, all in one transaction; 409 once the project has a milestone of any of their kinds.
   */
  async createStandard(projectId: string, principal: Principal, actor: Actor): Promise<MilestoneView[]> {
    return recordChanges(this.dataSource.manager, actor, async (changes) => {
      // The lock serialises concurrent calls for the project: the second sees the first's milestones and gets 409.
      // It also waits for milestones being added one by one (their foreign key check shares the project row).
      const project = await projectToChange(changes.manager, projectId, principal, { lock: true });
      const standard = standardFor(project);
      const existing: { kind: StandardKind }[] = await changes.manager.query(
        `SELECT DISTINCT kind FROM milestones WHERE project_id = $1 AND kind = ANY($2::text[]) ORDER BY kind`,
        [projectId, standard.map((m) => m.kind)],
      );
      if (existing.length > 0) {
        throw new ProblemException(
          409,
          'Conflict',
          `Project ${projectId} already has milestones of kind ${existing.map((e) => e.kind).join(', ')}; ` +
            'the standard milestones are only added to a project without any of their kinds. Change the existing ones instead.',
        );
      }
      const created: MilestoneView[] = [];
      for (const milestone of standard) created.push(await insertMilestone(changes, project, milestone));
      return created;
    });
  }

  async update(
    id: string,
    expectedVersion: number,
    patch: UpdateMilestoneDto,
    principal: Principal,
    actor: Actor,
  ): Promise<MilestoneView> {
    return recordChanges(this.dataSource.manager, actor, async (changes) => {
      // Locking the row serialises concurrent writers: exactly one of them sees its version still current.
      const [current] = await changes.manager.query(`${SELECT_MILESTONE} WHERE m.id = $1 FOR UPDATE OF m`, [id]);
      if (!current) throw notFound('milestone', id);
      assertMayChange(principal, current.institution_id);
      if (current.version !== expectedVersion) throw staleVersion(current.version);
      assertNotFuture(patch.actualDate, current.today);

      const params = new SqlParams();
      const sets = ['version = version + 1', 'updated_at = now()'];
      for (const [field, column] of Object.entries(WRITABLE)) {
        const value = patch[field as keyof UpdateMilestoneDto];
        if (value !== undefined) sets.push(`${column} = ${params.add(value)}`);
      }
      const [row] = await queryRows(
        changes.manager,
        `UPDATE milestones SET ${sets.join(', ')} WHERE id = ${params.add(id)} RETURNING *`,
        params.values,
      );
      const after = toMilestoneView({ ...current, ...row });
      await record(changes, 'update', toMilestoneView(current), after);
      return after;
    });
  }

  async remove(id: string, expectedVersion: number, principal: Principal, actor: Actor): Promise<void> {
    await recordChanges(this.dataSource.manager, actor, async (changes) => {
      const [current] = await changes.manager.query(`${SELECT_MILESTONE} WHERE m.id = $1 FOR UPDATE OF m`, [id]);
      if (!current) throw notFound('milestone', id);
      assertMayChange(principal, current.institution_id);
      if (current.version !== expectedVersion) throw staleVersion(current.version);
      await queryRows(changes.manager, `DELETE FROM milestones WHERE id = $1`, [id]);
      await record(changes, 'delete', toMilestoneView(current), null);
    });
  }

  private page(where: string[], params: SqlParams, page: PageQuery): Promise<Page<MilestoneView>> {
    return paginate((sql, values) => this.dataSource.query(sql, values), {
      select: SELECT_MILESTONE,
      where,
      params,
      page,
      sortable: SORTABLE,
      defaultSort: 'plannedDate',
      idColumn: 'm.id',
      map: toMilestoneView,
    });
  }
}

/** What a milestone written for a project needs of it: its view fields, today in its plan, its template inputs. */
type ProjectRow = {
  id: string;
  plan_id: string;
  institution_id: string | null;
  region_code: string;
  today: string;
  build_type: BuildType;
  start_year: number | null;
  end_year: number | null;
  period_start: number;
  period_end: number;
};

/** The project to add milestones to, if it exists (404) and the principal may change it (403). */
async function projectToChange(
  manager: EntityManager,
  projectId: string,
  principal: Principal,
  options: { lock?: boolean } = {},
): Promise<ProjectRow> {
  const [project]: ProjectRow[] = await manager.query(
    `SELECT p.id, p.plan_id, p.institution_id, p.region_code, ${TODAY_IN_PLAN} AS today,
            p.build_type, p.start_year, p.end_year, pl.period_start, pl.period_end
       FROM projects p JOIN plans pl ON pl.id = p.plan_id
      WHERE p.id = $1 ${options.lock ? 'FOR UPDATE OF p' : ''}`,
    [projectId],
  );
  if (!project) throw notFound('project', projectId);
  assertMayChange(principal, project.institution_id);
  return project;
}

async function insertMilestone(changes: ChangeRecorder, project: ProjectRow, input: CreateMilestoneDto): Promise<MilestoneView> {
  assertNotFuture(input.actualDate, project.today);
  const [row] = await changes.manager.query(
    `INSERT INTO milestones (project_id, kind, name, planned_date, actual_date, note)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
    [project.id, input.kind, input.name, input.plannedDate, input.actualDate ?? null, input.note ?? null],
  );
  const view = toMilestoneView({ ...project, ...row });
  await record(changes, 'create', null, view);
  return view;
}

function standardFor(project: ProjectRow) {
  const { startYear, endYear } = milestoneSpan(project.start_year, project.end_year, {
    periodStart: project.period_start,
    periodEnd: project.period_end,
  });
  try {
    return standardMilestones(project.build_type, startYear, endYear);
  } catch (error) {
    // Only a plan whose period lies outside 2000–2100 gets here: the project's data, not the request, is at fault.
    if (!(error instanceof RangeError)) throw error;
    throw new ProblemException(409, 'Conflict', `No standard milestones for project ${project.id}: ${error.message}.`);
  }
}

const EVENTS = { create: 'milestone.created', update: 'milestone.updated', delete: 'milestone.deleted' } as const;

async function record(changes: ChangeRecorder, action: keyof typeof EVENTS, before: MilestoneView | null, after: MilestoneView | null) {
  const milestone = (after ?? before)!;
  await changes.audit(action, 'milestone', milestone.id, before, after);
  await changes.emit({
    type: EVENTS[action],
    aggregateType: 'milestone',
    aggregateId: milestone.id,
    projectId: milestone.projectId,
    payload: { projectId: milestone.projectId, before, after },
  });
}

export function toMilestoneView(row: Row): MilestoneView {
  const plannedDate = row.planned_date as string;
  const actualDate = row.actual_date as string | null;
  return {
    id: row.id as string,
    projectId: row.project_id as string,
    planId: row.plan_id as string,
    institutionId: row.institution_id as string | null,
    regionCode: row.region_code as string,
    kind: row.kind as string,
    name: row.name as string,
    plannedDate,
    actualDate,
    status: milestoneStatus(plannedDate, actualDate, row.today as string),
    note: row.note as string | null,
    version: row.version as number,
    updatedAt: (row.updated_at as Date).toISOString(),
  };
}
