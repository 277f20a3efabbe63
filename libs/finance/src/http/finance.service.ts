import { Injectable } from '@nestjs/common';
import { SqlParams, toNumber } from '@tracker/api-conventions';
import { regionTreeSql } from '@tracker/database';
import { projectFilterSql as projectFilterConditions } from '@tracker/projects';
import { DataSource } from 'typeorm';
import { labelFor, PROJECT_GROUPINGS, type Grouping } from '../groupings';
import { fundingBySourceSql, MEASURES_SQL, projectBaseSql } from '../project-base';
import type { FinanceFilters, ReconciliationQuery, TotalsQuery } from './finance.dto';
import type { ReconciliationView, TotalsFigures, TotalsRow, TotalsView } from './finance.views';
import type { PaceQuery, PaceView } from './pace';

type Row = Record<string, unknown>;

/** The filters of /projects as one condition (empty when there are none). */
const projectFilterSql = (filters: FinanceFilters, params: SqlParams) => projectFilterConditions(filters, params).join(' AND ');

@Injectable()
export class FinanceService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Totals by a grouping. Filters that select whole plans (plan, region) are served from the rollups; finer
   * filters are computed from the projects now. Either way the total row is the SQL sum of the group rows.
   */
  async totals(query: TotalsQuery): Promise<TotalsView> {
    const { groupBy, planId, regionCode, ...finer } = query;
    const servedByRollups = Object.values(finer).every((value) => value === undefined);
    if (servedByRollups) {
      const fromRollups = await this.totalsFromRollups(groupBy, { planId, regionCode });
      if (fromRollups) return fromRollups;
    }
    return this.liveTotals(query);
  }

  /**
   * From the rollups: one round trip for the groups and for whether every selected plan has been computed (asOf is
   * the oldest of their runs). Null when one has not, and the caller computes live instead.
   */
  private async totalsFromRollups(groupBy: Grouping, filters: Pick<FinanceFilters, 'planId' | 'regionCode'>): Promise<TotalsView | null> {
    const params = new SqlParams();
    const grouping = params.add(groupBy);
    let sql: string;
    if (!filters.planId && !filters.regionCode) {
      // The whole portfolio: the totals every rollup run keeps up to date, a few rows per grouping.
      sql = `WITH freshness AS (SELECT (SELECT count(*) FROM plans)::int AS plans, count(*)::int AS computed, min(computed_at) AS as_of
                                  FROM finance_rollup_runs)
             ${summedGroupsSql(`finance_portfolio_totals WHERE grouping = ${grouping}`)}`;
    } else {
      const planWhere: string[] = [];
      if (filters.planId) planWhere.push(`pl.id = ${params.add(filters.planId)}`);
      if (filters.regionCode) planWhere.push(`pl.region_code IN ${regionTreeSql(params.add(filters.regionCode))}`);
      sql = `WITH selected AS (SELECT pl.id FROM plans pl WHERE ${planWhere.join(' AND ')}),
                  freshness AS (SELECT count(*)::int AS plans, count(r.plan_id)::int AS computed, min(r.computed_at) AS as_of
                                  FROM selected s LEFT JOIN finance_rollup_runs r ON r.plan_id = s.id)
             ${summedGroupsSql(`finance_rollups WHERE grouping = ${grouping} AND plan_id IN (SELECT id FROM selected)`)}`;
    }
    const rows: Row[] = await this.dataSource.query(sql, params.values);
    const freshness = rows[0];
    if (!freshness || freshness.plans !== freshness.computed) return null;
    const asOf = freshness.as_of ? new Date(freshness.as_of as string).toISOString() : new Date().toISOString();
    return this.toView(groupBy, 'rollup', asOf, rows.filter((row) => row.is_total !== null));
  }

  private async liveTotals(query: TotalsQuery): Promise<TotalsView> {
    const params = new SqlParams();
    const where = projectFilterSql(query, params);
    let sql: string;
    if (query.groupBy === 'fundingSource') {
      sql = `WITH g AS (${fundingBySourceSql(where)})
        SELECT key, min(label) AS label, GROUPING(key) AS is_total, sum(project_count)::int AS project_count,
               sum(land_mu) AS land_mu, sum(investment_wan) AS investment_wan, sum(floor_area_m2) AS floor_area_m2,
               sum(beds) AS beds, sum(completed_investment_wan) AS completed_investment_wan, sum(disbursed_wan) AS disbursed_wan
          FROM g GROUP BY GROUPING SETS ((key), ()) ORDER BY GROUPING(key), key`;
    } else {
      const { key, label } = PROJECT_GROUPINGS[query.groupBy];
      sql = `SELECT ${key} AS key, min(${label}) AS label, GROUPING(${key}) AS is_total, ${MEASURES_SQL}
               FROM (${projectBaseSql(where)}) b
              GROUP BY GROUPING SETS ((${key}), ()) ORDER BY GROUPING(${key}), 1`;
    }
    const [[{ now }], rows] = await Promise.all([
      this.dataSource.query(`SELECT now() AS now`),
      this.dataSource.query(sql, params.values) as Promise<Row[]>,
    ]);
    return this.toView(query.groupBy, 'live', new Date(now).toISOString(), rows);
  }

  private toView(groupBy: Grouping, source: 'rollup' | 'live', asOf: string, rows: Row[]): TotalsView {
    const figures = (row: Row | undefined): TotalsFigures => ({
      projectCount: (row?.project_count as number) ?? 0,
      landMu: toNumber(row?.land_mu as string) ?? 0,
      investmentWan: toNumber(row?.investment_wan as string) ?? 0,
      floorAreaM2: toNumber(row?.floor_area_m2 as string) ?? 0,
      beds: toNumber(row?.beds as string) ?? 0,
      completedInvestmentWan: toNumber(row?.completed_investment_wan as string) ?? 0,
      disbursedWan: toNumber(row?.disbursed_wan as string) ?? 0,
    });
    const groups: TotalsRow[] = rows
      .filter((row) => Number(row.is_total) === 0)
      .map((row) => ({ key: row.key as string, label: labelFor(groupBy, row.key as string, row.label as string), ...figures(row) }));
    return { asOf, groupBy, source, rows: groups, total: figures(rows.find((row) => Number(row.is_total) === 1)) };
  }

  async reconciliation(query: ReconciliationQuery): Promise<ReconciliationView> {
    const params = new SqlParams();
    const where = ['(g.declared_land_mu IS NOT NULL OR g.declared_investment_wan IS NOT NULL)'];
    if (query.planId) where.push(`g.plan_id = ${params.add(query.planId)}`);
    if (query.regionCode) where.push(`pl.region_code IN ${regionTreeSql(params.add(query.regionCode))}`);
    const rows: Row[] = await this.dataSource.query(
      `SELECT g.id, g.plan_id, pl.code AS plan_code, g.number, g.title, count(p.id)::int AS project_count,
              g.declared_land_mu, g.declared_investment_wan,
              coalesce(sum(p.land_mu), 0) AS computed_land_mu, coalesce(sum(p.investment_wan), 0) AS computed_investment_wan,
              coalesce(sum(p.land_mu), 0) - g.declared_land_mu AS difference_land_mu,
              coalesce(sum(p.investment_wan), 0) - g.declared_investment_wan AS difference_investment_wan
         FROM programs g JOIN plans pl ON pl.id = g.plan_id LEFT JOIN projects p ON p.program_id = g.id
        WHERE ${where.join(' AND ')}
        GROUP BY g.id, pl.code ORDER BY pl.code, g.number`,
      params.values,
    );
    const items = rows.map((row) => {
      const difference = {
        landMu: toNumber(row.difference_land_mu as string | null),
        investmentWan: toNumber(row.difference_investment_wan as string | null),
      };
      return {
        programId: row.id as string,
        planId: row.plan_id as string,
        planCode: row.plan_code as string,
        number: row.number as number,
        title: row.title as string,
        projectCount: row.project_count as number,
        declared: { landMu: toNumber(row.declared_land_mu as string | null), investmentWan: toNumber(row.declared_investment_wan as string | null) },
        computed: { landMu: toNumber(row.computed_land_mu as string), investmentWan: toNumber(row.computed_investment_wan as string) },
        difference,
        // A difference is exact (numeric); a declared figure the plan leaves out cannot disagree.
        reconciled: (difference.landMu ?? 0) === 0 && (difference.investmentWan ?? 0) === 0,
      };
    });
    return { items, allReconciled: items.every((item) => item.reconciled) };
  }

  /**
   * 序时进度: a project's investment is spread evenly over its build years; by today it should have completed the
   * elapsed share of this year's part. Amounts are rounded to 0.01 万元 per project, and the summary is the SQL sum of
   * those rounded amounts, so it equals the sum of the rows. One statement computes the summary, the projects behind
   * pace and the monthly series, so all three describe the same snapshot.
   */
  async pace(query: PaceQuery, timeZone: string): Promise<PaceView> {
    const { year: requestedYear, ...filters } = query;
    const [{ today, current_year, current_month }] = await this.dataSource.query(
      `SELECT (now() AT TIME ZONE $1)::date::text AS today, extract(year FROM now() AT TIME ZONE $1)::int AS current_year,
              extract(month FROM now() AT TIME ZONE $1)::int AS current_month`,
      [timeZone],
    );
    const year: number = requestedYear ?? current_year;
    const elapsedShare = year < current_year ? 1 : year > current_year ? 0 : dayOfYear(today) / daysInYear(year);
    // The months that have begun: all of a past year, none of a future one.
    const monthsBegun = year < current_year ? 12 : year > current_year ? 0 : current_month;
    const [{ summary, behind, months }] = await this.dataSource.query(...paceSql(filters, year, elapsedShare));
    const amount = (value: string) => toNumber(value)!;
    const expected = amount(summary.expected);
    const completed = amount(summary.completed);
    return {
      year,
      asOfDate: today,
      elapsedShare: Number(elapsedShare.toFixed(4)),
      annualPlanWan: amount(summary.plan),
      expectedToDateWan: expected,
      completedWan: completed,
      paceRatio: expected > 0 ? Number((completed / expected).toFixed(4)) : null,
      behindCount: summary.behind,
      behind: (behind as Row[]).map((row) => ({
        projectId: row.id as string,
        name: row.name as string,
        institutionName: row.institution_name as string | null,
        annualPlanWan: amount(row.annual_plan as string),
        expectedToDateWan: amount(row.expected as string),
        completedWan: amount(row.completed as string),
        gapWan: amount(row.gap as string),
      })),
      months: (months as Row[]).map((row) => {
        const begun = (row.month as number) <= monthsBegun;
        return {
          month: `${year}-${String(row.month).padStart(2, '0')}`,
          expectedCumulativeWan: amount(row.expected as string),
          completedWan: begun ? amount(row.completed as string) : null,
          completedCumulativeWan: begun ? amount(row.cumulative as string) : null,
        };
      }),
    };
  }
}

/**
 * The pace of the filtered projects in a year, as one row of three JSON values: `summary` (sums and the number
 * behind), `behind` (the 100 largest gaps) and `months` (January to December). Amounts travel as text, so they stay
 * exact decimals until toNumber.
 */
function paceSql(filters: FinanceFilters, year: number, elapsedShare: number): [string, unknown[]] {
  const params = new SqlParams();
  const active = activeInYearSql(filters, params, year);
  const y = `${params.add(year)}::int`;
  const share = `${params.add(elapsedShare)}::numeric`;
  const sql = `
    WITH active AS (
      SELECT p.id, p.name, p.institution_id, ${ANNUAL_PLAN_SQL} AS annual_plan
        FROM projects p JOIN plans pl ON pl.id = p.plan_id
       WHERE ${active}
    ), reported AS (
      -- One pass over the year's reports, summed both per project and per month (GROUPING SETS: a row has either a
      -- project_id or a month). A date range rather than extract(year …), so the (project_id, period) index serves it.
      SELECT r.project_id, extract(month FROM r.period) AS month, sum(r.completed_investment_wan) AS completed
        FROM progress_reports r
       WHERE r.project_id IN (SELECT id FROM active)
         AND r.period >= make_date(${y}, 1, 1) AND r.period < make_date(${y} + 1, 1, 1)
       GROUP BY GROUPING SETS ((r.project_id), (extract(month FROM r.period)))
    ), paced AS (
      SELECT a.*, round(a.annual_plan * ${share}, 2) AS expected, coalesce(c.completed, 0) AS completed
        FROM active a LEFT JOIN reported c ON c.project_id = a.id
    ), monthly AS (
      SELECT m.month,
             round(year_plan.total * ((make_date(${y}, m.month, 1) + interval '1 month')::date - make_date(${y}, 1, 1))
                   / (make_date(${y} + 1, 1, 1) - make_date(${y}, 1, 1))::numeric, 2) AS expected,
             coalesce(rp.completed, 0) AS completed,
             sum(coalesce(rp.completed, 0)) OVER (ORDER BY m.month) AS cumulative
        FROM generate_series(1, 12) AS m (month)
       CROSS JOIN (SELECT coalesce(sum(annual_plan), 0) AS total FROM active) year_plan
        LEFT JOIN reported rp ON rp.project_id IS NULL AND rp.month = m.month
    )
    SELECT
      (SELECT json_build_object('plan', coalesce(sum(annual_plan), 0)::text, 'expected', coalesce(sum(expected), 0)::text,
                                'completed', coalesce(sum(completed), 0)::text,
                                'behind', count(*) FILTER (WHERE completed < expected))
         FROM paced) AS summary,
      (SELECT coalesce(json_agg(b), '[]'::json)
         FROM (SELECT pc.id, pc.name, i.name AS institution_name, pc.annual_plan::text, pc.expected::text,
                      pc.completed::text, (pc.expected - pc.completed)::text AS gap
                 FROM paced pc LEFT JOIN institutions i ON i.id = pc.institution_id
                WHERE pc.completed < pc.expected
                ORDER BY pc.expected - pc.completed DESC, pc.id
                LIMIT 100) b) AS behind,
      (SELECT json_agg(json_build_object('month', month, 'expected', expected::text, 'completed', completed::text,
                                         'cumulative', cumulative::text) ORDER BY month)
         FROM monthly) AS months`;
  return [sql, params.values];
}

// A project's build years. A project the plan lists without them is built over the plan's period (十四五:
// 2021–2025); one with only a start after that period, or only an end before it, is built in that one year.
const BUILD_START_SQL = 'coalesce(p.start_year, least(pl.period_start, p.end_year))';
const BUILD_END_SQL = 'coalesce(p.end_year, greatest(pl.period_end, p.start_year))';
/** This year's part of a project's investment: spread evenly over its build years, to the 0.01 万元. */
const ANNUAL_PLAN_SQL = `round(p.investment_wan / (${BUILD_END_SQL} - ${BUILD_START_SQL} + 1), 2)`;

/**
 * The projects (aliased p, with their plan as pl) with investment, building in the year, neither cancelled nor
 * suspended, and filtered.
 */
function activeInYearSql(filters: FinanceFilters, params: SqlParams, year: number): string {
  const where = projectFilterSql(filters, params);
  const y = params.add(year);
  return `p.investment_wan IS NOT NULL AND ${BUILD_START_SQL} <= ${y} AND ${BUILD_END_SQL} >= ${y}
          AND p.status NOT IN ('cancelled', 'suspended') ${where ? `AND ${where}` : ''}`;
}

function dayOfYear(isoDate: string): number {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
}

function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
}

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
