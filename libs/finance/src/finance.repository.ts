import { SqlParams } from '@tracker/api-conventions';
import { SqlRepository } from '@tracker/platform';
import { projectFilterSql as projectFilterConditions, type ProjectFilters } from '@tracker/projects';
import { regionTreeSql } from '@tracker/regions';
import type { EntityManager } from 'typeorm';
import type { Grouping } from './groupings';
import {
  ANNUAL_GROUPINGS,
  ANNUAL_PLAN_MEASURE_SQL,
  ANNUAL_PLAN_SQL,
  BUILD_END_SQL,
  BUILD_START_SQL,
  fundingBySourceSql,
  MEASURES_SQL,
  PACE_MONTHS,
  PROJECT_GROUPINGS,
  projectBaseSql,
} from './project-base.sql';

/**
 * A group of /finance/totals, or (is_total = 1) their total. Sums of numeric and bigint columns arrive as text, so
 * they stay exact decimals until the view.
 */
export interface TotalsGroupRow {
  /** Null on the total row. */
  key: string | null;
  label: string | null;
  is_total: number;
  project_count: number;
  land_mu: string;
  investment_wan: string;
  floor_area_m2: string;
  beds: string;
  completed_investment_wan: string;
  disbursed_wan: string;
  /** With a year; fundingSource rows carry a plain 0. */
  annual_plan_wan?: string | number;
}

/**
 * A group from the rollups, with the freshness of the plans it covers: how many were selected, how many have been
 * computed, and the oldest of their runs (on every row; the group columns are null on a row without a group).
 */
export type RollupTotalsRow = { [column in keyof TotalsGroupRow]: TotalsGroupRow[column] | null } & {
  plans: number;
  computed: number;
  as_of: Date | null;
};

export interface FilterNamesRow {
  plan_title: string | null;
  plan_region_name: string | null;
  region_name: string | null;
  program_title: string | null;
  institution_name: string | null;
}

/** A program whose plan declares a total (合计), beside the exact sums of its projects. */
/** Today in the plans' time zone. */
export interface PlanCalendarRow {
  today: string;
  current_year: number;
  current_month: number;
}

/** The pace of a year: amounts travel as text, so they stay exact decimals until the view. */
export interface PaceRow {
  summary: { plan: string; expected: string; completed: string; behind: number };
  behind: { id: string; name: string; institution_name: string | null; annual_plan: string; expected: string; completed: string; gap: string }[];
  months: { month: number; expected: string; completed: string; cumulative: string }[];
}

/** The pace from the rollups, with the freshness of the plans it covers (see RollupTotalsRow). */
export type RollupPaceRow = PaceRow & { plans: number; computed: number; as_of: Date | null };

/**
 * The read side of finance: totals (from the rollups, or live), reconciliation and pace. Its queries read other
 * features' tables (projects, progress_reports, funding_lines, project_annual_plans, programs, plans, institutions,
 * regions) as well as the rollups; it writes nothing. The rollups themselves are RollupsRepository's.
 */
export class FinanceRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  /**
   * Totals from the rollups, in one round trip with the freshness of the plans selected: the whole portfolio, or
   * the plans of a plan id and a region (with the regions under it).
   */
  async rollupTotals(groupBy: Grouping, plans: RollupSelection): Promise<RollupTotalsRow[]> {
    const params = new SqlParams();
    const grouping = params.add(groupBy);
    const { ctes, ofPlans } = rollupSelectionSql(plans, params);
    // The whole portfolio: the totals every rollup run keeps up to date, a few rows per grouping.
    const source = ofPlans ? `finance_rollups WHERE grouping = ${grouping} ${ofPlans}` : `finance_portfolio_totals WHERE grouping = ${grouping}`;
    const sql = `WITH ${ctes} ${summedGroupsSql(source)}`;
    return this.rows<RollupTotalsRow>(sql, params.values);
  }

  /**
   * Totals computed now from the projects the filters select, with the database's clock (two statements at once,
   * each on a connection of the pool). With a year, every row also has the year's planned investment.
   */
  async liveTotals(groupBy: Grouping, filters: ProjectFilters, year: number | undefined): Promise<{ now: Date; rows: TotalsGroupRow[] }> {
    const params = new SqlParams();
    const where = projectFilterSql(filters, params);
    const yearParam = year === undefined ? null : `${params.add(year)}::smallint`;
    let sql: string;
    if (groupBy === 'fundingSource') {
      sql = `WITH g AS (${fundingBySourceSql(where)})
        SELECT key, min(label) AS label, GROUPING(key) AS is_total, sum(project_count)::int AS project_count,
               sum(land_mu) AS land_mu, sum(investment_wan) AS investment_wan, sum(floor_area_m2) AS floor_area_m2,
               sum(beds) AS beds, sum(completed_investment_wan) AS completed_investment_wan, sum(disbursed_wan) AS disbursed_wan,
               0 AS annual_plan_wan
          FROM g GROUP BY GROUPING SETS ((key), ()) ORDER BY GROUPING(key), key`;
    } else {
      const { key, label } = groupBy === 'annualCategory' ? ANNUAL_GROUPINGS[groupBy] : PROJECT_GROUPINGS[groupBy];
      sql = `SELECT ${key} AS key, min(${label}) AS label, GROUPING(${key}) AS is_total, ${MEASURES_SQL}${yearParam ? `, ${ANNUAL_PLAN_MEASURE_SQL}` : ''}
               FROM (${projectBaseSql(where, yearParam, { everyProject: where === '' })}) b
              GROUP BY GROUPING SETS ((${key}), ()) ORDER BY GROUPING(${key}), 1`;
    }
    const [[{ now }], rows] = await Promise.all([this.rows<{ now: Date }>(`SELECT now() AS now`), this.rows<TotalsGroupRow>(sql, params.values)]);
    return { now, rows };
  }

  /**
   * The names behind a query's ids, for an export's title: the plan's title and its region, the region asked for,
   * the 专栏 and the institution (null where not asked or not found).
   */
  async filterNames(filters: { planId?: string; regionCode?: string; programId?: string; institutionId?: string }): Promise<FilterNamesRow> {
    const [row] = await this.rows<FilterNamesRow>(
      `SELECT (SELECT pl.title FROM plans pl WHERE pl.id = $1::uuid) AS plan_title,
              (SELECT coalesce(g.full_name, g.name) FROM plans pl JOIN regions g ON g.code = pl.region_code WHERE pl.id = $1::uuid) AS plan_region_name,
              (SELECT coalesce(g.full_name, g.name) FROM regions g WHERE g.code = $2) AS region_name,
              (SELECT pg.title FROM programs pg WHERE pg.id = $3::uuid) AS program_title,
              (SELECT i.name FROM institutions i WHERE i.id = $4::uuid) AS institution_name`,
      [filters.planId ?? null, filters.regionCode ?? null, filters.programId ?? null, filters.institutionId ?? null],
    );
    return row;
  }

  /** Today, its year and its month in a time zone, by the database's clock. */
  async calendar(timeZone: string): Promise<PlanCalendarRow> {
    const [row] = await this.rows<PlanCalendarRow>(
      `SELECT (now() AT TIME ZONE $1)::date::text AS today, extract(year FROM now() AT TIME ZONE $1)::int AS current_year,
              extract(month FROM now() AT TIME ZONE $1)::int AS current_month`,
      [timeZone],
    );
    return row;
  }

  /**
   * The pace of the filtered projects in a year, computed now, as one row of three JSON values: `summary` (sums and
   * the number behind), `behind` (the 100 largest gaps) and `months` (January to December). One statement, so all
   * three describe the same snapshot. Completed amounts come from progress_year_amounts (one row per project and
   * year, kept by triggers on progress_reports, the progress feature's table), not from the year's monthly reports.
   */
  async pace(filters: ProjectFilters, year: number, elapsedShare: number): Promise<PaceRow> {
    const params = new SqlParams();
    const active = activeInYearSql(filters, params, year);
    const y = `${params.add(year)}::int`;
    const share = `${params.add(elapsedShare)}::numeric`;
    const [row] = await this.rows<PaceRow>(
      `
    WITH paced AS MATERIALIZED (
      -- One pass over the projects active in the year, with their year's amounts: the summary, the months and the
      -- projects behind all read it (reading progress_year_amounts once, not once for each, saved ~30 %).
      SELECT p.id, a.annual_plan, round(a.annual_plan * ${share}, 2) AS expected,
             coalesce(y.completed_wan, 0.00) AS completed, ${PACE_MONTHS.map((m) => `y.m${m}`).join(', ')}
        FROM projects p JOIN plans pl ON pl.id = p.plan_id
        LEFT JOIN project_annual_plans ap ON ap.project_id = p.id AND ap.year = ${y}
        LEFT JOIN progress_year_amounts y ON y.project_id = p.id AND y.year = ${y}
       CROSS JOIN LATERAL (SELECT coalesce(ap.plan_wan, ${ANNUAL_PLAN_SQL}) AS annual_plan) a
       WHERE ${active}
    ), totals AS (
      SELECT coalesce(sum(annual_plan), 0) AS plan, coalesce(sum(expected), 0) AS expected, coalesce(sum(completed), 0) AS completed,
             count(*) FILTER (WHERE completed < expected) AS behind, ${PACE_MONTHS.map((m) => `sum(m${m}) AS m${m}`).join(', ')}
        FROM paced
    ), ${paceAnswerSql(y)}`,
      params.values,
    );
    return row;
  }

  /**
   * The same pace from the rollups (finance_pace_projects and finance_pace_plan_years, which every rollup run
   * writes), for the whole portfolio or the plans of a plan id and a region, with the freshness of those plans as in
   * `rollupTotals`. What the rollups keep does not depend on the day; each project's expected amount (its plan of
   * the year × the share elapsed, rounded) is worked out here from two columns a project, and the months and sums
   * are read one row a plan.
   */
  async rollupPace(plans: RollupSelection, year: number, elapsedShare: number): Promise<RollupPaceRow> {
    const params = new SqlParams();
    const y = `${params.add(year)}::int`;
    const share = `${params.add(elapsedShare)}::numeric`;
    const { ctes, ofPlans } = rollupSelectionSql(plans, params);
    const [row] = await this.rows<RollupPaceRow>(
      `
    WITH ${ctes},
    paced AS MATERIALIZED (
      SELECT project_id AS id, annual_plan_wan AS annual_plan, round(annual_plan_wan * ${share}, 2) AS expected, completed_wan AS completed
        FROM finance_pace_projects WHERE year = ${y} ${ofPlans}
    ), plan_years AS (
      SELECT coalesce(sum(annual_plan_wan), 0) AS plan, coalesce(sum(completed_wan), 0) AS completed,
             ${PACE_MONTHS.map((m) => `sum(m${m}) AS m${m}`).join(', ')}
        FROM finance_pace_plan_years WHERE year = ${y} ${ofPlans}
    ), totals AS (
      SELECT py.*, e.expected, e.behind
        FROM plan_years py
       CROSS JOIN (SELECT coalesce(sum(expected), 0) AS expected, count(*) FILTER (WHERE completed < expected) AS behind FROM paced) e
    ), ${paceAnswerSql(y)}, f.plans, f.computed, f.as_of
      FROM freshness f`,
      params.values,
    );
    return row;
  }
}

/** What a read from the rollups covers: the whole portfolio, or the plans of a plan id and a region. */
export interface RollupSelection {
  planId?: string;
  regionCode?: string;
}

/**
 * The CTEs of a read from the rollups: `freshness` (one row: the plans selected, how many have been rolled up, the
 * oldest of their runs) and, for some plans, `selected` (their ids); `ofPlans` is the condition on a rollup table's
 * plan_id (empty for the whole portfolio). A region means its plans and those of the regions under it.
 */
function rollupSelectionSql(plans: RollupSelection, params: SqlParams): { ctes: string; ofPlans: string } {
  if (!plans.planId && !plans.regionCode) {
    return {
      ctes: `freshness AS (SELECT (SELECT count(*) FROM plans)::int AS plans, count(*)::int AS computed, min(computed_at) AS as_of
                             FROM finance_rollup_runs)`,
      ofPlans: '',
    };
  }
  const planWhere: string[] = [];
  if (plans.planId) planWhere.push(`pl.id = ${params.add(plans.planId)}`);
  if (plans.regionCode) planWhere.push(`pl.region_code IN ${regionTreeSql(params.add(plans.regionCode))}`);
  return {
    ctes: `selected AS (SELECT ARRAY(SELECT pl.id FROM plans pl WHERE ${planWhere.join(' AND ')}) AS ids),
           freshness AS (SELECT count(*)::int AS plans, count(r.plan_id)::int AS computed, min(r.computed_at) AS as_of
                           FROM selected, unnest(selected.ids) AS s (id) LEFT JOIN finance_rollup_runs r ON r.plan_id = s.id)`,
    // An array, not IN (subquery): the planner cannot tell how many plans a region has, and took a county's one plan
    // for 1,400 and read the whole year of the pace's rows to find its own (16 → 3 ms at 100,000 projects).
    // (The cast makes it one array value, not a subquery of arrays.)
    ofPlans: `AND plan_id = ANY ((SELECT ids FROM selected)::uuid[])`,
  };
}

/**
 * The end of a pace statement, after CTEs `paced` (per project: id, annual_plan, expected, completed) and `totals`
 * (plan, expected, completed, behind, m1…m12): the monthly series and the three JSON values. `y` is the year's
 * parameter. The projects behind are chosen before their names are joined, so only 100 are looked up.
 */
function paceAnswerSql(y: string): string {
  return `monthly AS (
      SELECT m.month,
             round(t.plan * ((make_date(${y}, m.month, 1) + interval '1 month')::date - make_date(${y}, 1, 1))
                   / (make_date(${y} + 1, 1, 1) - make_date(${y}, 1, 1))::numeric, 2) AS expected,
             coalesce(m.completed, 0.00) AS completed,
             sum(coalesce(m.completed, 0.00)) OVER (ORDER BY m.month) AS cumulative
        FROM totals t
       CROSS JOIN LATERAL (VALUES ${PACE_MONTHS.map((m) => `(${m}, t.m${m})`).join(', ')}) AS m (month, completed)
    )
    SELECT
      (SELECT json_build_object('plan', plan::text, 'expected', expected::text, 'completed', completed::text, 'behind', behind)
         FROM totals) AS summary,
      (SELECT coalesce(json_agg(b), '[]'::json)
         FROM (SELECT pc.id, p.name, i.name AS institution_name, pc.annual_plan::text, pc.expected::text,
                      pc.completed::text, (pc.expected - pc.completed)::text AS gap
                 FROM (SELECT * FROM paced WHERE completed < expected ORDER BY expected - completed DESC, id LIMIT 100) pc
                 JOIN projects p ON p.id = pc.id
                 LEFT JOIN institutions i ON i.id = p.institution_id
                ORDER BY pc.expected - pc.completed DESC, pc.id) b) AS behind,
      (SELECT json_agg(json_build_object('month', month, 'expected', expected::text, 'completed', completed::text,
                                         'cumulative', cumulative::text) ORDER BY month)
         FROM monthly) AS months`;
}

/** The filters of /projects as one condition (empty when there are none). */
const projectFilterSql = (filters: ProjectFilters, params: SqlParams) => projectFilterConditions(filters, params).join(' AND ');

/** The groups and their total from rollup-shaped rows (`source` is a table and its WHERE), beside the freshness CTE. */
function summedGroupsSql(source: string): string {
  return `SELECT g.*, f.plans, f.computed, f.as_of
            FROM freshness f
            LEFT JOIN (SELECT key, min(label) AS label, GROUPING(key) AS is_total,
                              sum(project_count)::int AS project_count, sum(land_mu) AS land_mu, sum(investment_wan) AS investment_wan,
                              sum(floor_area_m2) AS floor_area_m2, sum(beds) AS beds,
                              sum(completed_investment_wan) AS completed_investment_wan, sum(disbursed_wan) AS disbursed_wan
                         FROM ${source}
                        GROUP BY GROUPING SETS ((key), ())) g ON true
           ORDER BY g.is_total, g.key`;
}

/**
 * The projects (aliased p, with their plan as pl and their annual plan of the year as ap) with a plan for the
 * year, or with investment and building in the year; neither cancelled nor suspended; filtered.
 */
function activeInYearSql(filters: ProjectFilters, params: SqlParams, year: number): string {
  const where = projectFilterSql(filters, params);
  const y = params.add(year);
  return `(ap.plan_wan IS NOT NULL OR (p.investment_wan IS NOT NULL AND ${BUILD_START_SQL} <= ${y} AND ${BUILD_END_SQL} >= ${y}))
          AND p.status NOT IN ('cancelled', 'suspended') ${where ? `AND ${where}` : ''}`;
}
