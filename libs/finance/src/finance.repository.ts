import { SqlParams } from '@tracker/api-conventions';
import { SqlRepository } from '@tracker/platform';
import { projectFilterSql as projectFilterConditions, type ProjectFilters } from '@tracker/projects';
import { regionTreeSql } from '@tracker/regions';
import type { EntityManager } from 'typeorm';
import type { Grouping } from './groupings';
import { ANNUAL_GROUPINGS, ANNUAL_PLAN_MEASURE_SQL, fundingBySourceSql, MEASURES_SQL, PROJECT_GROUPINGS, projectBaseSql } from './project-base.sql';

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
  async rollupTotals(groupBy: Grouping, plans: { planId?: string; regionCode?: string }): Promise<RollupTotalsRow[]> {
    const params = new SqlParams();
    const grouping = params.add(groupBy);
    let sql: string;
    if (!plans.planId && !plans.regionCode) {
      // The whole portfolio: the totals every rollup run keeps up to date, a few rows per grouping.
      sql = `WITH freshness AS (SELECT (SELECT count(*) FROM plans)::int AS plans, count(*)::int AS computed, min(computed_at) AS as_of
                                  FROM finance_rollup_runs)
             ${summedGroupsSql(`finance_portfolio_totals WHERE grouping = ${grouping}`)}`;
    } else {
      const planWhere: string[] = [];
      if (plans.planId) planWhere.push(`pl.id = ${params.add(plans.planId)}`);
      if (plans.regionCode) planWhere.push(`pl.region_code IN ${regionTreeSql(params.add(plans.regionCode))}`);
      sql = `WITH selected AS (SELECT pl.id FROM plans pl WHERE ${planWhere.join(' AND ')}),
                  freshness AS (SELECT count(*)::int AS plans, count(r.plan_id)::int AS computed, min(r.computed_at) AS as_of
                                  FROM selected s LEFT JOIN finance_rollup_runs r ON r.plan_id = s.id)
             ${summedGroupsSql(`finance_rollups WHERE grouping = ${grouping} AND plan_id IN (SELECT id FROM selected)`)}`;
    }
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
   * The pace of the filtered projects in a year, as one row of three JSON values: `summary` (sums and the number
   * behind), `behind` (the 100 largest gaps) and `months` (January to December). One statement, so all three
   * describe the same snapshot. Completed amounts come from progress_year_amounts (one row per project and year,
   * kept by triggers on progress_reports, the progress feature's table), not from the year's monthly reports.
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
      SELECT p.id, p.name, p.institution_id, a.annual_plan, round(a.annual_plan * ${share}, 2) AS expected,
             coalesce(y.completed_wan, 0) AS completed, ${PACE_MONTHS.map((m) => `y.m${m}`).join(', ')}
        FROM projects p JOIN plans pl ON pl.id = p.plan_id
        LEFT JOIN project_annual_plans ap ON ap.project_id = p.id AND ap.year = ${y}
        LEFT JOIN progress_year_amounts y ON y.project_id = p.id AND y.year = ${y}
       CROSS JOIN LATERAL (SELECT coalesce(ap.plan_wan, ${ANNUAL_PLAN_SQL}) AS annual_plan) a
       WHERE ${active}
    ), totals AS (
      SELECT coalesce(sum(annual_plan), 0) AS plan, coalesce(sum(expected), 0) AS expected, coalesce(sum(completed), 0) AS completed,
             count(*) FILTER (WHERE completed < expected) AS behind, ${PACE_MONTHS.map((m) => `sum(m${m}) AS m${m}`).join(', ')}
        FROM paced
    ), monthly AS (
      SELECT m.month,
             round(t.plan * ((make_date(${y}, m.month, 1) + interval '1 month')::date - make_date(${y}, 1, 1))
                   / (make_date(${y} + 1, 1, 1) - make_date(${y}, 1, 1))::numeric, 2) AS expected,
             coalesce(m.completed, 0) AS completed,
             sum(coalesce(m.completed, 0)) OVER (ORDER BY m.month) AS cumulative
        FROM totals t
       CROSS JOIN LATERAL (VALUES ${PACE_MONTHS.map((m) => `(${m}, t.m${m})`).join(', ')}) AS m (month, completed)
    )
    SELECT
      (SELECT json_build_object('plan', plan::text, 'expected', expected::text, 'completed', completed::text, 'behind', behind)
         FROM totals) AS summary,
      (SELECT coalesce(json_agg(b), '[]'::json)
         FROM (SELECT pc.id, pc.name, i.name AS institution_name, pc.annual_plan::text, pc.expected::text,
                      pc.completed::text, (pc.expected - pc.completed)::text AS gap
                 FROM paced pc LEFT JOIN institutions i ON i.id = pc.institution_id
                WHERE pc.completed < pc.expected
                ORDER BY pc.expected - pc.completed DESC, pc.id
                LIMIT 100) b) AS behind,
      (SELECT json_agg(json_build_object('month', month, 'expected', expected::text, 'completed', completed::text,
                                         'cumulative', cumulative::text) ORDER BY month)
         FROM monthly) AS months`,
      params.values,
    );
    return row;
  }
}

const PACE_MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

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

// A project's build years. A project the plan lists without them is built over the plan's period (十四五:
// 2021–2025); one with only a start after that period, or only an end before it, is built in that one year.
const BUILD_START_SQL = 'coalesce(p.start_year, least(pl.period_start, p.end_year))';
const BUILD_END_SQL = 'coalesce(p.end_year, greatest(pl.period_end, p.start_year))';
/**
 * This year's part of a project's investment where its annual plan of the year does not say: spread evenly over
 * its build years, to the 0.01 万元.
 */
const ANNUAL_PLAN_SQL = `round(p.investment_wan / (${BUILD_END_SQL} - ${BUILD_START_SQL} + 1), 2)`;

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
