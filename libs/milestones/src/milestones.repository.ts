import { paginateJson, SqlParams, type Page, type PageQuery, type SerializedJson } from '@tracker/api-conventions';
import { auditEntryCte, type Actor } from '@tracker/audit';
import { OutboxRepository } from '@tracker/events';
import { jsonObjectSql, prepared, SqlRepository } from '@tracker/platform';
import type { BuildType } from '@tracker/projects';
import { regionTreeSql } from '@tracker/regions';
import type { EntityManager } from 'typeorm';
import type { MilestoneListQuery } from './http/milestone.dto';
import type { MilestoneView } from './http/milestone.views';
import type { MilestoneKind } from './milestone.types';
import { milestoneStatus, type MilestoneStatus } from './milestone-status';

type Row = Record<string, unknown>;

/** The fields of a milestone a person writes, by their API name. */
export interface MilestoneFields {
  kind: MilestoneKind;
  name: string;
  plannedDate: string;
  actualDate: string | null;
  note: string | null;
}

/** API field → column. Only these names ever reach SQL text. */
const FIELD_COLUMNS: Record<keyof MilestoneFields, string> = {
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

/**
 * A milestone's view (MilestoneView, as toMilestoneView maps it) built by PostgreSQL as JSON, over a milestone `m`
 * joined to its project `p` and plan `pl` as in SELECT_MILESTONE, for listings and one-statement writes. The status mirrors milestoneStatus() and updatedAt is formatted as
 * Date.toISOString() prints it (milliseconds, truncated, in UTC). Kept field for field equal to toMilestoneView by
 * test/api/list-json.e2e-spec.ts.
 */
const MILESTONE_VIEW_JSON = jsonObjectSql({
  id: 'm.id', projectId: 'm.project_id', planId: 'p.plan_id', institutionId: 'p.institution_id', regionCode: 'p.region_code',
  kind: 'm.kind', name: 'm.name', plannedDate: 'm.planned_date', actualDate: 'm.actual_date',
  status: `CASE WHEN m.actual_date IS NOT NULL THEN 'done' WHEN m.planned_date < ${TODAY_IN_PLAN} THEN 'overdue' ELSE 'pending' END`,
  note: 'm.note', version: 'm.version',
  updatedAt: `to_char(m.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
});

// Read before every change: prepared, and built as JSON so that its one result column stays the same when a
// migration adds a column to milestones (a prepared `m.*` would then fail on every connection that had it).
const VIEW_IN_PLAN_SQL = prepared(`
  SELECT ${MILESTONE_VIEW_JSON}::text AS view, ${TODAY_IN_PLAN} AS today
    FROM milestones m
    JOIN projects p ON p.id = m.project_id
    JOIN plans pl ON pl.id = p.plan_id
   WHERE m.id = $1`);

// Today differs per plan, but in every zone (UTC−12 … UTC+14) it lies within a day of today in UTC. The bound
// from UTC does not depend on the row, so the planner can range-scan milestones_open_by_date_idx with it; the
// exact comparison with the plan's today then filters what the scan finds. It mirrors milestoneStatus().
const TODAY_UTC = `(now() AT TIME ZONE 'UTC')::date`;
const STATUS_FILTERS: Record<MilestoneStatus, string> = {
  done: `m.actual_date IS NOT NULL`,
  overdue: `m.actual_date IS NULL AND m.planned_date < ${TODAY_UTC} + 1 AND m.planned_date < ${TODAY_IN_PLAN}`,
  pending: `m.actual_date IS NULL AND m.planned_date >= ${TODAY_UTC} - 1 AND m.planned_date >= ${TODAY_IN_PLAN}`,
};

/** A milestone read to be changed, with today in its plan's time zone (YYYY-MM-DD). */
export interface MilestoneInPlan {
  milestone: MilestoneView;
  today: string;
}

/** What milestones written for a project need of it: its view fields, today in its plan, its template inputs. */
export interface ProjectForMilestones {
  id: string;
  planId: string;
  institutionId: string | null;
  regionCode: string;
  /** YYYY-MM-DD, today in the plan's time zone. */
  today: string;
  buildType: BuildType;
  startYear: number | null;
  endYear: number | null;
  periodStart: number;
  periodEnd: number;
}

/**
 * The milestones table. Its views read the milestone's project (projects feature) and the project's plan (plans
 * feature) for the plan, institution, region and today in the plan's time zone; it writes only milestones.
 */
export class MilestonesRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  /** Milestones across the portfolio, filtered by the listing's query. */
  list(query: MilestoneListQuery): Promise<SerializedJson<Page<MilestoneView>>> {
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

  /** The milestones of one project. */
  listOfProject(projectId: string, page: PageQuery): Promise<SerializedJson<Page<MilestoneView>>> {
    const params = new SqlParams();
    return this.page([`m.project_id = ${params.add(projectId)}`], params, page);
  }

  async view(id: string): Promise<MilestoneView | null> {
    return (await this.viewInPlan(id))?.milestone ?? null;
  }

  /** The milestone with today in its plan's time zone, read without a lock (see updateRecorded). */
  async viewInPlan(id: string): Promise<MilestoneInPlan | null> {
    const row = await this.row<{ view: string; today: string }>(VIEW_IN_PLAN_SQL, [id]);
    return row && { milestone: JSON.parse(row.view) as MilestoneView, today: row.today };
  }

  /** The milestone, locked for update to the end of the transaction: concurrent writers then take turns. */
  async lock(id: string): Promise<MilestoneInPlan | null> {
    const row = await this.row(`${SELECT_MILESTONE} WHERE m.id = $1 FOR UPDATE OF m`, [id]);
    return row && { milestone: toMilestoneView(row), today: row.today as string };
  }

  /**
   * The project milestones are written for, or null. With `lock`, the project row is locked to the end of the
   * transaction (the milestones' foreign key check shares that lock, so it also waits for milestones being added).
   */
  async project(projectId: string, options: { lock?: boolean } = {}): Promise<ProjectForMilestones | null> {
    const row = await this.row(
      `SELECT p.id, p.plan_id, p.institution_id, p.region_code, ${TODAY_IN_PLAN} AS today,
              p.build_type, p.start_year, p.end_year, pl.period_start, pl.period_end
         FROM projects p JOIN plans pl ON pl.id = p.plan_id
        WHERE p.id = $1 ${options.lock ? 'FOR UPDATE OF p' : ''}`,
      [projectId],
    );
    return (
      row && {
        id: row.id as string,
        planId: row.plan_id as string,
        institutionId: row.institution_id as string | null,
        regionCode: row.region_code as string,
        today: row.today as string,
        buildType: row.build_type as BuildType,
        startYear: row.start_year as number | null,
        endYear: row.end_year as number | null,
        periodStart: row.period_start as number,
        periodEnd: row.period_end as number,
      }
    );
  }

  /** Which of `kinds` the project has a milestone of, in alphabetical order. */
  async kindsOfProject<K extends MilestoneKind>(projectId: string, kinds: readonly K[]): Promise<K[]> {
    const rows = await this.rows<{ kind: K }>(
      `SELECT DISTINCT kind FROM milestones WHERE project_id = $1 AND kind = ANY($2::text[]) ORDER BY kind`,
      [projectId, kinds],
    );
    return rows.map((row) => row.kind);
  }

  async insert(project: ProjectForMilestones, fields: MilestoneFields): Promise<MilestoneView> {
    const row = await this.row(
      `INSERT INTO milestones (project_id, kind, name, planned_date, actual_date, note)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [project.id, fields.kind, fields.name, fields.plannedDate, fields.actualDate, fields.note],
    );
    return toMilestoneView({
      ...row!,
      plan_id: project.planId,
      institution_id: project.institutionId,
      region_code: project.regionCode,
      today: project.today,
    });
  }

  /**
   * Writes the fields given and a new version if the milestone is still at `expectedVersion`, with its audit entry
   * and its `milestone.updated` event, in one statement: one round trip, atomic without a transaction block (a
   * concurrent writer waits on the row, then finds the version moved). Null when another writer changed or deleted
   * the milestone since `before` was read.
   */
  async updateRecorded(
    id: string,
    expectedVersion: number,
    fields: Partial<MilestoneFields>,
    before: MilestoneView,
    actor: Actor,
  ): Promise<MilestoneView | null> {
    const params = new SqlParams();
    const sets = ['version = version + 1', 'updated_at = now()'];
    for (const [field, column] of Object.entries(FIELD_COLUMNS)) {
      const value = fields[field as keyof MilestoneFields];
      if (value !== undefined) sets.push(`${column} = ${params.add(value)}`);
    }
    // Prepared: one text per set of fields changed (a few dozen at most), each planned once per connection.
    const row = await this.row<{ view: string }>(
      prepared(`WITH m AS (
         UPDATE milestones SET ${sets.join(', ')} WHERE id = ${params.add(id)} AND version = ${params.add(expectedVersion)} RETURNING *
       ), changed AS (
         SELECT m.id::text AS entity_id, m.project_id, ${params.add(JSON.stringify(before))}::jsonb AS before, ${MILESTONE_VIEW_JSON} AS view
           FROM m JOIN projects p ON p.id = m.project_id JOIN plans pl ON pl.id = p.plan_id
       ), recorded AS (
         SELECT entity_id, before, view::jsonb AS after FROM changed
       ), ${auditEntryCte('audited', 'recorded', actor, 'update', 'milestone', params)},
       event AS (
         SELECT 'milestone.updated' AS event_type, r.entity_id AS aggregate_id, c.project_id, 1 AS position,
                jsonb_build_object('projectId', c.project_id, 'before', r.before, 'after', r.after) AS payload
           FROM recorded r JOIN changed c USING (entity_id)
       ), announced AS (${OutboxRepository.appendingFrom('event', ['milestone.updated'])})
       SELECT view::text AS view FROM changed`),
      params.values,
    );
    return row && (JSON.parse(row.view) as MilestoneView);
  }

  async delete(id: string): Promise<void> {
    await this.db.query(`DELETE FROM milestones WHERE id = $1`, [id]);
  }

  // ---- the reminder scan's dates (notifications feature: it computes them, the milestones hold them) ----

  /**
   * A data-modifying CTE for the reminder scan's batch statement, which computes the dates: stores the next reminder
   * date of each row of `source` (columns id, row_version: the xmin read, next_on), only if the milestone is still
   * that row version: a date change, a reset by a trigger or a resumed project committed meanwhile is a newer
   * version, and that row keeps its new value. Composed into the scan's statement so that the 263,000 dates of a first
   * scan do not travel to Node and back.
   */
  static settingNextReminderDates(source: string): string {
    return `UPDATE milestones m SET next_reminder_on = d.next_on FROM ${source} d WHERE m.id = d.id AND m.xmin = d.row_version`;
  }

  /** Every open milestone is judged afresh at the next scan (those put aside, 'infinity', stay aside). */
  async resetNextReminderDates(): Promise<void> {
    await this.db.query(
      `UPDATE milestones SET next_reminder_on = '-infinity'
        WHERE actual_date IS NULL AND next_reminder_on <> '-infinity' AND next_reminder_on <> 'infinity'`,
    );
  }

  private page(where: string[], params: SqlParams, page: PageQuery): Promise<SerializedJson<Page<MilestoneView>>> {
    return paginateJson(this.run, {
      select: `SELECT ${MILESTONE_VIEW_JSON}::text AS __json
                 FROM milestones m
                 JOIN projects p ON p.id = m.project_id
                 JOIN plans pl ON pl.id = p.plan_id`,
      where,
      params,
      page,
      sortable: SORTABLE,
      defaultSort: 'plannedDate',
      idColumn: 'm.id',
    });
  }
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
