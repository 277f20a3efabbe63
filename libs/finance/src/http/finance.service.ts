import { Injectable } from '@nestjs/common';
import { invalid, toNumber } from '@tracker/api-conventions';
import { PlansRepository } from '@tracker/plans';
import { FinanceRepository, type PaceRow, type RollupTotalsRow, type TotalsGroupRow } from '../finance.repository';
import { labelFor, type Grouping } from '../groupings';
import type { FinanceFilters, PaceQuery, ReconciliationQuery, TotalsQuery } from './finance.dto';
import { RollupTotalsCache, taggedPace, taggedTotals, type TaggedPace, type TaggedTotals } from './rollup-totals-cache';
import type { TitleContext } from './totals-export';
import type { PaceView, ReconciliationView, TotalsFigures, TotalsRow, TotalsView } from './finance.views';


@Injectable()
export class FinanceService {
  constructor(
    private readonly finance: FinanceRepository,
    private readonly plans: PlansRepository,
    private readonly cache: RollupTotalsCache,
  ) {}

  /** The names an export's title gives for the query's ids, told in the plans' time zone. */
  async titleContext(query: TotalsQuery, timeZone: string): Promise<TitleContext> {
    const names = await this.finance.filterNames(query);
    return {
      planTitle: names.plan_title,
      regionName: names.region_name ?? names.plan_region_name,
      programTitle: names.program_title,
      institutionName: names.institution_name,
      timeZone,
    };
  }

  /**
   * Totals by a grouping. Filters that select whole plans (plan, region) are served from the rollups; finer
   * filters are computed from the projects now. Either way the total row is the SQL sum of the group rows.
   */
  async totals(query: TotalsQuery): Promise<TotalsView> {
    return (await this.taggedTotals(query)).view;
  }

  /** The totals, their JSON and its ETag; those read from the rollups come from this process's cache when it is current. */
  async taggedTotals(query: TotalsQuery): Promise<TaggedTotals> {
    const { groupBy, planId, regionCode, year, ...finer } = query;
    if (groupBy === 'annualCategory' && year === undefined) {
      throw invalid(
        'year',
        'groupBy=annualCategory needs the year whose annual plans to group (year=YYYY)',
        '按年度计划类别分组（groupBy=annualCategory）需要指定年度（year=YYYY）',
      );
    }
    // A year's plans are not kept in the rollups (a plan of five years has five): with a year, totals are live.
    const servedByRollups = year === undefined && Object.values(finer).every((value) => value === undefined);
    if (servedByRollups) {
      const key = JSON.stringify([groupBy, planId ?? null, regionCode ?? null]);
      const cached = this.cache.totals(key);
      if (cached) return cached;
      const generation = this.cache.generation;
      const fromRollups = await this.totalsFromRollups(groupBy, { planId, regionCode });
      if (fromRollups) return this.cache.keep(key, fromRollups, generation);
    }
    return taggedTotals(await this.liveTotals(query));
  }

  /**
   * From the rollups: one round trip for the groups and for whether every selected plan has been computed (asOf is
   * the oldest of their runs). Null when one has not, and the caller computes live instead.
   */
  private async totalsFromRollups(groupBy: Grouping, filters: Pick<FinanceFilters, 'planId' | 'regionCode'>): Promise<TotalsView | null> {
    const rows = await this.finance.rollupTotals(groupBy, filters);
    const freshness = rows[0];
    if (!freshness || freshness.plans !== freshness.computed) return null;
    const asOf = freshness.as_of ? new Date(freshness.as_of).toISOString() : new Date().toISOString();
    // The freshness is on every row; a row whose group is null carries nothing else.
    const groups = rows.filter((row): row is RollupTotalsRow & TotalsGroupRow => row.is_total !== null);
    return this.toView(groupBy, 'rollup', asOf, groups, null);
  }

  private async liveTotals(query: TotalsQuery): Promise<TotalsView> {
    const { year, groupBy, ...filters } = query;
    const { now, rows } = await this.finance.liveTotals(groupBy, filters, year);
    return this.toView(groupBy, 'live', new Date(now).toISOString(), rows, year ?? null);
  }

  private toView(groupBy: Grouping, source: 'rollup' | 'live', asOf: string, rows: TotalsGroupRow[], year: number | null): TotalsView {
    const figures = (row: TotalsGroupRow | undefined): TotalsFigures => ({
      projectCount: row?.project_count ?? 0,
      landMu: toNumber(row?.land_mu) ?? 0,
      investmentWan: toNumber(row?.investment_wan) ?? 0,
      floorAreaM2: toNumber(row?.floor_area_m2) ?? 0,
      beds: toNumber(row?.beds) ?? 0,
      completedInvestmentWan: toNumber(row?.completed_investment_wan) ?? 0,
      disbursedWan: toNumber(row?.disbursed_wan) ?? 0,
      ...(year === null ? {} : { annualPlanWan: toNumber(row?.annual_plan_wan) ?? 0 }),
    });
    const groups: TotalsRow[] = rows
      .filter((row) => Number(row.is_total) === 0)
      .map((row) => ({ key: row.key as string, label: labelFor(groupBy, row.key as string, row.label as string), ...figures(row) }));
    return { asOf, groupBy, year, source, rows: groups, total: figures(rows.find((row) => Number(row.is_total) === 1)) };
  }

  async reconciliation(query: ReconciliationQuery): Promise<ReconciliationView> {
    // The plans' own reconciliation of their programs (PlansRepository): one computation for both endpoints.
    const programs = await this.plans.programsWithDeclaredTotals({ planId: query.planId, regionCode: query.regionCode });
    const items = programs.map((program) => ({
      programId: program.id,
      planId: program.planId,
      planCode: program.planCode,
      number: program.number,
      title: program.title,
      projectCount: program.projectCount,
      declared: program.declared!,
      computed: program.computed,
      difference: program.difference!,
      reconciled: program.reconciled!,
    }));
    return { items, allReconciled: items.every((item) => item.reconciled) };
  }

  /**
   * 序时进度: a project's investment is spread evenly over its build years; by today it should have completed the
   * elapsed share of this year's part. Amounts are rounded to 0.01 万元 per project, and the summary is the SQL sum of
   * those rounded amounts, so it equals the sum of the rows. One statement computes the summary, the projects behind
   * pace and the monthly series, so all three describe the same snapshot.
   *
   * Like the totals, filters that select whole plans (plan, region) are served from the rollups, so the overview's
   * totals and pace describe the same run; finer filters, and plans not computed yet, are computed now.
   */
  async pace(query: PaceQuery, timeZone: string): Promise<PaceView> {
    return (await this.taggedPace(query, timeZone)).view;
  }

  /** The pace, its JSON and its ETag; one read from the rollups comes from this process's cache when it is current. */
  async taggedPace(query: PaceQuery, timeZone: string): Promise<TaggedPace> {
    const { year: requestedYear, ...filters } = query;
    const { planId, regionCode, ...finer } = filters;
    const { today, current_year, current_month } = await this.finance.calendar(timeZone);
    const year: number = requestedYear ?? current_year;
    const elapsedShare = year < current_year ? 1 : year > current_year ? 0 : dayOfYear(today) / daysInYear(year);
    // The months that have begun: all of a past year, none of a future one.
    const monthsBegun = year < current_year ? 12 : year > current_year ? 0 : current_month;
    const frame: PaceFrame = { year, today, elapsedShare, monthsBegun };
    if (Object.values(finer).every((value) => value === undefined)) {
      // The answer depends on the day (the share of the year elapsed) as well as on the rollups.
      const key = JSON.stringify([planId ?? null, regionCode ?? null, year, today]);
      const cached = this.cache.pace(key);
      if (cached) return cached;
      const generation = this.cache.generation;
      const fromRollups = await this.finance.rollupPace({ planId, regionCode }, year, elapsedShare);
      if (fromRollups.plans === fromRollups.computed) {
        const asOf = (fromRollups.as_of ? new Date(fromRollups.as_of) : new Date()).toISOString();
        return this.cache.keepPace(key, toPaceView(frame, 'rollup', asOf, fromRollups), generation);
      }
    }
    return taggedPace(toPaceView(frame, 'live', new Date().toISOString(), await this.finance.pace(filters, year, elapsedShare)));
  }
}

/** What a pace answer is measured against: the year, today, the share of the year elapsed and the months begun. */
interface PaceFrame {
  year: number;
  today: string;
  elapsedShare: number;
  monthsBegun: number;
}

function toPaceView({ year, today, elapsedShare, monthsBegun }: PaceFrame, source: PaceView['source'], asOf: string, pace: PaceRow): PaceView {
  const { summary, behind, months } = pace;
  const amount = (value: string) => toNumber(value)!;
  const expected = amount(summary.expected);
  const completed = amount(summary.completed);
  return {
    year,
    asOfDate: today,
    asOf,
    source,
    elapsedShare: Number(elapsedShare.toFixed(4)),
    annualPlanWan: amount(summary.plan),
    expectedToDateWan: expected,
    completedWan: completed,
    paceRatio: expected > 0 ? Number((completed / expected).toFixed(4)) : null,
    behindCount: summary.behind,
    behind: behind.map((row) => ({
      projectId: row.id,
      name: row.name,
      institutionName: row.institution_name,
      annualPlanWan: amount(row.annual_plan),
      expectedToDateWan: amount(row.expected),
      completedWan: amount(row.completed),
      gapWan: amount(row.gap),
    })),
    months: months.map((row) => {
      const begun = row.month <= monthsBegun;
      return {
        month: `${year}-${String(row.month).padStart(2, '0')}`,
        expectedCumulativeWan: amount(row.expected),
        completedWan: begun ? amount(row.completed) : null,
        completedCumulativeWan: begun ? amount(row.cumulative) : null,
      };
    }),
  };
}

function dayOfYear(isoDate: string): number {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Math.floor((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
}

function daysInYear(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
}
