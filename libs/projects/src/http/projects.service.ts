import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import {
  paginate,
  ProblemException,
  SqlParams,
  staleVersion,
  toNumber,
  type Page,
} from '@tracker/api-conventions';
import { recordChanges, type Actor, type ChangeRecorder } from '@tracker/audit';
import { queryRows } from '@tracker/database';
import type { Principal } from '@tracker/auth';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreateProjectDto, ProjectFieldsDto, ProjectListQuery, UpdateProjectDto } from './project.dto';
import { projectFilterSql } from './project-filters';
import type { ProjectView } from './project.views';

type Row = Record<string, unknown>;

/** API field → column, for the fields a person may write. Only these names ever reach SQL text. */
const WRITABLE: Record<keyof ProjectFieldsDto, { column: string; decimal?: boolean }> = {
  programId: { column: 'program_id' },
  institutionId: { column: 'institution_id' },
  name: { column: 'name' },
  content: { column: 'content' },
  buildType: { column: 'build_type' },
  status: { column: 'status' },
  landMu: { column: 'land_mu', decimal: true },
  investmentWan: { column: 'investment_wan', decimal: true },
  floorAreaM2: { column: 'floor_area_m2', decimal: true },
  newBuildAreaM2: { column: 'new_build_area_m2', decimal: true },
  renovationAreaM2: { column: 'renovation_area_m2', decimal: true },
  beds: { column: 'beds' },
  startYear: { column: 'start_year' },
  endYear: { column: 'end_year' },
  remark: { column: 'remark' },
};

const SORTABLE = {
  name: { column: 'p.name', type: 'text', notNull: true },
  code: { column: 'p.code', type: 'text', notNull: true },
  investmentWan: { column: 'p.investment_wan', type: 'numeric' },
  landMu: { column: 'p.land_mu', type: 'numeric' },
  floorAreaM2: { column: 'p.floor_area_m2', type: 'numeric' },
  beds: { column: 'p.beds', type: 'integer' },
  startYear: { column: 'p.start_year', type: 'integer' },
  status: { column: 'p.status', type: 'text', notNull: true },
  createdAt: { column: 'p.created_at', type: 'timestamptz', notNull: true },
  updatedAt: { column: 'p.updated_at', type: 'timestamptz', notNull: true },
} as const;

export const PROJECT_SORT_FIELDS = Object.keys(SORTABLE);

const notFound = (id: string) => new ProblemException(404, 'Not Found', `No project with id ${id}.`);
const invalid = (field: string, message: string) =>
  new ProblemException(400, 'Bad Request', 'The request has invalid fields.', [{ field, message }]);

/** A manager may change only the projects of the institutions their key is scoped to. */
export function assertMayChange(principal: Principal, institutionId: string | null): void {
  if (principal.role === 'admin') return;
  if (principal.role === 'manager' && institutionId && principal.institutionIds.includes(institutionId)) return;
  throw new ProblemException(
    403,
    'Forbidden',
    principal.role === 'manager'
      ? 'This project belongs to an institution your key is not scoped to.'
      : `The ${principal.role} role may not change projects.`,
  );
}

@Injectable()
export class ProjectsService {
  constructor(private readonly dataSource: DataSource) {}

  list(query: ProjectListQuery): Promise<Page<ProjectView>> {
    const params = new SqlParams();
    const where = projectFilterSql(query, params);
    return paginate((sql, values) => this.dataSource.query(sql, values), {
      select: 'SELECT p.* FROM projects p',
      where,
      params,
      page: query,
      sortable: SORTABLE,
      defaultSort: 'code',
      idColumn: 'p.id',
      map: toProjectView,
    });
  }

  async get(id: string): Promise<ProjectView> {
    const [row] = await this.dataSource.query(`SELECT * FROM projects WHERE id = $1`, [id]);
    if (!row) throw notFound(id);
    return toProjectView(row);
  }

  async create(input: CreateProjectDto, principal: Principal, actor: Actor): Promise<ProjectView> {
    assertMayChange(principal, input.institutionId);
    return recordChanges(this.dataSource.manager, actor, async (changes) => {
      const [plan] = await changes.manager.query(`SELECT id, code, region_code FROM plans WHERE id = $1`, [input.planId]);
      if (!plan) throw invalid('planId', `no plan ${input.planId}`);
      await this.checkReferences(changes.manager, plan.id, input);
      const code = input.code ?? `${plan.code}-M-${randomBytes(4).toString('hex')}`;
      const params = new SqlParams();
      const columns = ['code', 'plan_id', 'region_code'];
      const values = [params.add(code), params.add(plan.id), params.add(plan.region_code)];
      for (const [field, spec] of Object.entries(WRITABLE)) {
        const value = input[field as keyof ProjectFieldsDto];
        if (value === undefined) continue;
        columns.push(spec.column);
        values.push(params.add(spec.decimal && value !== null ? String(value) : value));
      }
      const [row] = await changes.manager.query(
        `INSERT INTO projects (${columns.join(', ')}) VALUES (${values.join(', ')})
         ON CONFLICT (code) DO NOTHING RETURNING *`,
        params.values,
      );
      if (!row) throw new ProblemException(409, 'Conflict', `A project with code ${code} exists.`);
      const view = toProjectView(row);
      await this.recordProjectChange(changes, 'create', 'project.created', null, view);
      return view;
    });
  }

  async update(id: string, expectedVersion: number, patch: UpdateProjectDto, principal: Principal, actor: Actor): Promise<ProjectView> {
    return recordChanges(this.dataSource.manager, actor, async (changes) => {
      // Locking the row serialises concurrent writers: exactly one of them sees its version still current.
      const [current] = await changes.manager.query(`SELECT * FROM projects WHERE id = $1 FOR UPDATE`, [id]);
      if (!current) throw notFound(id);
      assertMayChange(principal, current.institution_id);
      if (patch.institutionId !== undefined) assertMayChange(principal, patch.institutionId);
      if (current.version !== expectedVersion) throw staleVersion(current.version);
      await this.checkReferences(changes.manager, current.plan_id, patch);
      if (patch.name === null) throw invalid('name', 'name must not be null');
      if (patch.institutionId === null) throw invalid('institutionId', 'institutionId must not be null');

      const params = new SqlParams();
      const sets: string[] = [];
      for (const [field, spec] of Object.entries(WRITABLE)) {
        const value = patch[field as keyof ProjectFieldsDto];
        if (value === undefined) continue;
        sets.push(`${spec.column} = ${params.add(spec.decimal && value !== null ? String(value) : value)}`);
      }
      const [row] = await queryRows(
        changes.manager,
        `UPDATE projects SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
          WHERE id = ${params.add(id)} RETURNING *`,
        params.values,
      );
      const before = toProjectView(current);
      const after = toProjectView(row);
      await this.recordProjectChange(changes, 'update', 'project.updated', before, after);
      return after;
    });
  }

  async remove(id: string, expectedVersion: number, principal: Principal, actor: Actor): Promise<void> {
    await recordChanges(this.dataSource.manager, actor, async (changes) => {
      const [current] = await changes.manager.query(`SELECT * FROM projects WHERE id = $1 FOR UPDATE`, [id]);
      if (!current) throw notFound(id);
      assertMayChange(principal, current.institution_id);
      if (current.version !== expectedVersion) throw staleVersion(current.version);
      await changes.manager.query(`DELETE FROM projects WHERE id = $1`, [id]);
      await this.recordProjectChange(changes, 'delete', 'project.deleted', toProjectView(current), null);
    });
  }

  private async checkReferences(manager: EntityManager, planId: string, input: Partial<ProjectFieldsDto>): Promise<void> {
    if (input.programId) {
      const [program] = await manager.query(`SELECT plan_id FROM programs WHERE id = $1`, [input.programId]);
      if (!program) throw invalid('programId', `no program ${input.programId}`);
      if (program.plan_id !== planId) throw invalid('programId', 'the program belongs to another plan');
    }
    if (input.institutionId) {
      const [institution] = await manager.query(`SELECT id FROM institutions WHERE id = $1`, [input.institutionId]);
      if (!institution) throw invalid('institutionId', `no institution ${input.institutionId}`);
    }
    const start = input.startYear;
    const end = input.endYear;
    if (start != null && end != null && end < start) throw invalid('endYear', 'endYear must not be before startYear');
  }

  private async recordProjectChange(
    changes: ChangeRecorder,
    action: string,
    eventType: string,
    before: ProjectView | null,
    after: ProjectView | null,
  ): Promise<void> {
    const project = (after ?? before)!;
    await changes.audit(action, 'project', project.id, before, after);
    await changes.emit({
      type: eventType,
      aggregateType: 'project',
      aggregateId: project.id,
      projectId: project.id,
      // What a rollup needs to know it must recompute, and what a webhook receiver wants to see.
      payload: { project: after ?? before, previous: after && before ? before : undefined },
    });
  }
}

export function toProjectView(row: Row): ProjectView {
  return {
    id: row.id as string,
    code: row.code as string,
    planId: row.plan_id as string,
    programId: row.program_id as string | null,
    institutionId: row.institution_id as string | null,
    regionCode: row.region_code as string,
    name: row.name as string,
    content: row.content as string | null,
    buildType: row.build_type as string,
    status: row.status as string,
    landMu: toNumber(row.land_mu as string | null),
    investmentWan: toNumber(row.investment_wan as string | null),
    floorAreaM2: toNumber(row.floor_area_m2 as string | null),
    newBuildAreaM2: toNumber(row.new_build_area_m2 as string | null),
    renovationAreaM2: toNumber(row.renovation_area_m2 as string | null),
    beds: row.beds as number | null,
    startYear: row.start_year as number | null,
    endYear: row.end_year as number | null,
    remark: row.remark as string | null,
    source: { file: row.source_file as string | null, line: row.source_line as number | null },
    version: row.version as number,
  };
}
