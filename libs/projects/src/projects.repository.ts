import { paginateJson, SqlParams, toNumber, type Page, type PageQuery, type SerializedJson } from '@tracker/api-conventions';
import { inBatches, jsonObjectSql, prepared, recordsetColumns, SqlRepository } from '@tracker/platform';
import type { EntityManager } from 'typeorm';
import type { ProjectFilters } from './http/project.dto';
import { projectFilterSql } from './project-filters.sql';
import type { ProjectView } from './http/project.views';

type Row = Record<string, unknown>;

/** The fields of a project a person may write, by their API name. */
export interface ProjectFields {
  programId: string | null;
  institutionId: string | null;
  name: string | null;
  content: string | null;
  buildType: string;
  status: string;
  landMu: number | null;
  investmentWan: number | null;
  floorAreaM2: number | null;
  newBuildAreaM2: number | null;
  renovationAreaM2: number | null;
  beds: number | null;
  startYear: number | null;
  endYear: number | null;
  remark: string | null;
  tier: string | null;
}

/** API field → column, for the fields a person may write. Only these names ever reach SQL text. */
const FIELD_COLUMNS: Record<keyof ProjectFields, { column: string; decimal?: boolean }> = {
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
  tier: { column: 'tier' },
};

/** The project columns an import owns (status only through 是否开工); the rest belong to the people tracking it. */
export const PROJECT_VALUE_COLUMNS = [
  'program_id', 'institution_id', 'name', 'content', 'build_type', 'status', 'land_mu', 'investment_wan', 'floor_area_m2',
  'new_build_area_m2', 'renovation_area_m2', 'beds', 'start_year', 'end_year', 'remark', 'tier', 'source_file', 'source_line',
] as const;
export type ProjectColumn = (typeof PROJECT_VALUE_COLUMNS)[number];
/** A project's import-owned columns, as PostgreSQL text (decimals stay exact) or numbers. */
export type ProjectValues = Record<ProjectColumn, string | number | null>;

const COLUMN_TYPES: Record<ProjectColumn, string> = {
  program_id: 'uuid', institution_id: 'uuid', name: 'text', content: 'text', build_type: 'text', status: 'text',
  land_mu: 'numeric', investment_wan: 'numeric', floor_area_m2: 'numeric', new_build_area_m2: 'numeric',
  renovation_area_m2: 'numeric', beds: 'integer', start_year: 'smallint', end_year: 'smallint', remark: 'text', tier: 'text',
  source_file: 'text', source_line: 'integer',
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

/**
 * A project's view (ProjectView, as toProjectView maps it) built by PostgreSQL as JSON text, for listings: a page
 * goes out without a row object or a Date made per row in Node. trim_scale gives decimals as Number() prints them
 * (1210.60 → 1210.6). Kept field for field equal to toProjectView by test/api/list-json.e2e-spec.ts.
 */
const PROJECT_VIEW_JSON = `${jsonObjectSql({
  id: 'p.id', code: 'p.code', planId: 'p.plan_id', programId: 'p.program_id', institutionId: 'p.institution_id',
  regionCode: 'p.region_code', name: 'p.name', content: 'p.content', buildType: 'p.build_type', status: 'p.status',
  landMu: 'trim_scale(p.land_mu)', investmentWan: 'trim_scale(p.investment_wan)', floorAreaM2: 'trim_scale(p.floor_area_m2)',
  newBuildAreaM2: 'trim_scale(p.new_build_area_m2)', renovationAreaM2: 'trim_scale(p.renovation_area_m2)', beds: 'p.beds',
  startYear: 'p.start_year', endYear: 'p.end_year', remark: 'p.remark', tier: 'p.tier',
  source: jsonObjectSql({ file: 'p.source_file', line: 'p.source_line' }), version: 'p.version',
})}::text`;

/** Where a project stands: its institution and plan, and its plan's period and current month (in the plan's time zone). */
export interface ProjectScope {
  institutionId: string | null;
  planId: string;
  periodStart: number;
  periodEnd: number;
  /** YYYY-MM, today in the plan's time zone. */
  currentMonth: string;
}

/** A project as an import matches and plans against it: its import-owned columns and its institution's name. */
export type ImportedProjectRow = Row & { id: string; code: string; version: number; institution_name: string | null };

/** This month (YYYY-MM) in the time zone of a project's plan `pl`: no progress may be reported for a later one. */
export const CURRENT_MONTH_IN_PLAN_SQL = `to_char((now() AT TIME ZONE pl.time_zone)::date, 'YYYY-MM')`;

// Who may change a project and which month is the current one in its plan's time zone: read by every write.
const SCOPE_SQL = prepared(
  `SELECT p.institution_id, p.plan_id, pl.period_start, pl.period_end, ${CURRENT_MONTH_IN_PLAN_SQL} AS current_month
     FROM projects p JOIN plans pl ON pl.id = p.plan_id WHERE p.id = $1`,
);

/** The projects table. Its scope reads the plan (plans feature) for the period and time zone. */
export class ProjectsRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  list(filters: ProjectFilters, page: PageQuery): Promise<SerializedJson<Page<ProjectView>>> {
    const params = new SqlParams();
    return paginateJson(this.run, {
      select: `SELECT ${PROJECT_VIEW_JSON} AS __json FROM projects p`,
      where: projectFilterSql(filters, params),
      params,
      page,
      sortable: SORTABLE,
      defaultSort: 'code',
      idColumn: 'p.id',
    });
  }

  async view(id: string): Promise<ProjectView | null> {
    const row = await this.row(`SELECT * FROM projects WHERE id = $1`, [id]);
    return row && toProjectView(row);
  }

  /** The project, locked for update to the end of the transaction: concurrent writers then take turns. */
  async lock(id: string): Promise<ProjectView | null> {
    const row = await this.row(`SELECT * FROM projects WHERE id = $1 FOR UPDATE`, [id]);
    return row && toProjectView(row);
  }

  async scopeOf(id: string): Promise<ProjectScope | null> {
    const row = await this.row(SCOPE_SQL, [id]);
    return (
      row && {
        institutionId: row.institution_id as string | null,
        planId: row.plan_id as string,
        periodStart: row.period_start as number,
        periodEnd: row.period_end as number,
        currentMonth: row.current_month as string,
      }
    );
  }

  /** A new project, or null when its code is taken. */
  async insert(project: { code: string; planId: string; regionCode: string }, fields: Partial<ProjectFields>): Promise<ProjectView | null> {
    const params = new SqlParams();
    const columns = ['code', 'plan_id', 'region_code'];
    const values = [params.add(project.code), params.add(project.planId), params.add(project.regionCode)];
    for (const [column, value] of fieldColumns(fields)) {
      columns.push(column);
      values.push(params.add(value));
    }
    const row = await this.row(`INSERT INTO projects (${columns.join(', ')}) VALUES (${values.join(', ')}) ON CONFLICT (code) DO NOTHING RETURNING *`, params.values);
    return row && toProjectView(row);
  }

  /** Writes the fields given and a new version. */
  async update(id: string, fields: Partial<ProjectFields>): Promise<ProjectView> {
    const params = new SqlParams();
    const sets = fieldColumns(fields).map(([column, value]) => `${column} = ${params.add(value)}`);
    const row = await this.row(
      `UPDATE projects SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = ${params.add(id)} RETURNING *`,
      params.values,
    );
    return toProjectView(row!);
  }

  /** A new version for a change of what hangs off the project (its funding lines), so its ETag moves. */
  async bumpVersion(id: string): Promise<void> {
    await this.db.query(`UPDATE projects SET version = version + 1, updated_at = now() WHERE id = $1`, [id]);
  }

  async delete(id: string): Promise<void> {
    await this.db.query(`DELETE FROM projects WHERE id = $1`, [id]);
  }

  // ---- the importer's set-based reads and writes ----

  /** Every project of the plan, with its institution's name, as the matcher and the change planner need them. */
  async ofPlanForImport(planId: string): Promise<ImportedProjectRow[]> {
    // The columns a project's view is made of, without its timestamps: pg makes a Date of each, for 100,000 rows.
    return this.rows<ImportedProjectRow>(
      `SELECT p.id, p.code, p.plan_id, p.region_code, p.version, ${PROJECT_VALUE_COLUMNS.map((c) => `p.${c}`).join(', ')},
              i.name AS institution_name
         FROM projects p LEFT JOIN institutions i ON i.id = p.institution_id
        WHERE p.plan_id = $1`,
      [planId],
    );
  }

  /** Codes among `codes` that some project (of any plan) already has, with that project's name and plan. */
  async codesInUse(codes: readonly string[]): Promise<Map<string, { name: string; planCode: string }>> {
    if (codes.length === 0) return new Map();
    const rows = await this.rows<{ code: string; name: string; plan_code: string }>(
      `SELECT p.code, p.name, pl.code AS plan_code FROM projects p JOIN plans pl ON pl.id = p.plan_id WHERE p.code = ANY($1::varchar[])`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, { name: r.name, planCode: r.plan_code }]));
  }

  /** New projects of a plan, in the order given. */
  async insertMany(planId: string, regionCode: string, projects: readonly { code: string; values: ProjectValues }[]): Promise<ProjectView[]> {
    const inserted: ProjectView[] = [];
    const columns = PROJECT_VALUE_COLUMNS;
    for (const batch of inBatches(projects)) {
      const rows = await this.rows(
        `INSERT INTO projects (code, plan_id, region_code, ${columns.join(', ')})
         SELECT u.code, $1, $2, ${columns.map((c) => `u.${c}`).join(', ')}
           FROM ROWS FROM (jsonb_to_recordset($3::jsonb) AS (code varchar, ${recordsetColumns(COLUMN_TYPES)})) WITH ORDINALITY
                AS u (code, ${columns.join(', ')}, n)
          ORDER BY u.n
         RETURNING *`,
        [planId, regionCode, JSON.stringify(batch.map((p) => ({ code: p.code, ...p.values })))],
      );
      inserted.push(...rows.map(toProjectView));
    }
    return inserted;
  }

  /**
   * Updates projects to the values given, each only if its version is still the one read: a project someone changed
   * in the meantime is not overwritten (the caller then refuses the import, comparing what came back).
   */
  async updateMany(projects: readonly { id: string; version: number; values: ProjectValues }[]): Promise<ProjectView[]> {
    const updated: ProjectView[] = [];
    const columns = PROJECT_VALUE_COLUMNS;
    for (const batch of inBatches(projects)) {
      const rows = await this.rows(
        `UPDATE projects p SET ${columns.map((c) => `${c} = u.${c}`).join(', ')}, version = p.version + 1, updated_at = now()
           FROM jsonb_to_recordset($1::jsonb) AS u (id uuid, version int, ${recordsetColumns(COLUMN_TYPES)})
          WHERE p.id = u.id AND p.version = u.version
          RETURNING p.*`,
        [JSON.stringify(batch.map((p) => ({ id: p.id, version: p.version, ...p.values })))],
      );
      updated.push(...rows.map(toProjectView));
    }
    return updated;
  }
}

function fieldColumns(fields: Partial<ProjectFields>): [string, unknown][] {
  return (Object.keys(FIELD_COLUMNS) as (keyof ProjectFields)[])
    .filter((field) => fields[field] !== undefined)
    .map((field) => {
      const spec = FIELD_COLUMNS[field];
      const value = fields[field];
      // Decimals go to PostgreSQL as text, so they stay exact.
      return [spec.column, spec.decimal && value !== null ? String(value) : value];
    });
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
    tier: (row.tier as string | null) ?? null,
    source: { file: row.source_file as string | null, line: row.source_line as number | null },
    version: row.version as number,
  };
}
