import { Injectable } from '@nestjs/common';
import { SqlParams, toNumber } from '@tracker/api-conventions';
import { DataSource } from 'typeorm';
import { labelFor, PROJECT_GROUPINGS, type Grouping } from '../groupings';
import { fundingBySourceSql, MEASURES_SQL, projectBaseSql } from '../project-base';
import type { FinanceFilters, ReconciliationQuery, TotalsQuery } from './finance.dto';
import type { ReconciliationView, TotalsFigures, TotalsRow, TotalsView } from './finance.views';

type Row = Record<string, unknown>;

/** `region_code` of the region or any region under it (provinces → cities → counties). */
const regionTree = (param: string) =>
  `(SELECT code FROM regions WHERE code = ${param} OR parent_code = ${param}
      OR parent_code IN (SELECT code FROM regions WHERE parent_code = ${param}))`;

/** The WHERE conditions (on projects, alias p) for the filters, bound through `params`. */
export function projectFilterSql(filters: FinanceFilters, params: SqlParams): string {
  const where: string[] = [];
  const equals: [keyof FinanceFilters, string][] = [
    ['planId', 'p.plan_id'],
    ['programId', 'p.program_id'],
    ['institutionId', 'p.institution_id'],
    ['status', 'p.status'],
    ['buildType', 'p.build_type'],
    ['startYear', 'p.start_year'],
  ];
  for (const [field, column] of equals) {
    if (filters[field] !== undefined) where.push(`${column} = ${params.add(filters[field])}`);
  }
  if (filters.regionCode) where.push(`p.region_code IN ${regionTree(params.add(filters.regionCode))}`);
  if (filters.q) {
    const pattern = params.add(`%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(p.name LIKE ${pattern} OR p.content LIKE ${pattern})`);
  }
  return where.join(' AND ');
}

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

  private async totalsFromRollups(groupBy: Grouping, filters: Pick<FinanceFilters, 'planId' | 'regionCode'>): Promise<TotalsView | null> {
    const params = new SqlParams();
    const planWhere: string[] = [];
    if (filters.planId) planWhere.push(`pl.id = ${params.add(filters.planId)}`);
    if (filters.regionCode) planWhere.push(`pl.region_code IN ${regionTree(params.add(filters.regionCode))}`);
    const plansSql = `SELECT pl.id FROM plans pl ${planWhere.length ? `WHERE ${planWhere.join(' AND ')}` : ''}`;
    // Rollups answer only when every selected plan has been computed; asOf is the oldest of their runs.
    const [freshness] = await this.dataSource.query(
      `SELECT count(*)::int AS plans, count(r.plan_id)::int AS computed, min(r.computed_at) AS as_of
         FROM (${plansSql}) s LEFT JOIN finance_rollup_runs r ON r.plan_id = s.id`,
      params.values,
    );
    if (freshness.plans !== freshness.computed) return null;
    const rows: Row[] = await this.dataSource.query(
      `SELECT key, min(label) AS label, GROUPING(key) AS is_total,
              sum(project_count)::int AS project_count, sum(land_mu) AS land_mu, sum(investment_wan) AS investment_wan,
              sum(floor_area_m2) AS floor_area_m2, sum(beds) AS beds,
              sum(completed_investment_wan) AS completed_investment_wan, sum(disbursed_wan) AS disbursed_wan
         FROM finance_rollups
        WHERE grouping = ${params.add(groupBy)} AND plan_id IN (${plansSql})
        GROUP BY GROUPING SETS ((key), ())
        ORDER BY GROUPING(key), key`,
      params.values,
    );
    return this.toView(groupBy, 'rollup', freshness.as_of ? new Date(freshness.as_of).toISOString() : new Date().toISOString(), rows);
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
    if (query.regionCode) where.push(`pl.region_code IN ${regionTree(params.add(query.regionCode))}`);
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
}
