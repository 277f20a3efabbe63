import { Injectable } from '@nestjs/common';
import { SqlParams, toNumber } from '@tracker/api-conventions';
import { regionTreeSql } from '@tracker/database';
import { DataSource } from 'typeorm';
import { categoryCapacities, NO_ADDED_BEDS, planTotals, type AddedBeds, type BedSubject } from './capacity.figures';
import type { BedCapacityQuery } from './capacity.query';
import type { BedsPerThousandView, PlanCapacityView } from './capacity.views';

type Row = Record<string, unknown>;
type Run = (sql: string, params: unknown[]) => Promise<Row[]>;

/** Project statuses by the stage of the beds they add; suspended and cancelled projects add none. */
export const BED_STAGES = {
  planned: ['planned', 'preparing'],
  underConstruction: ['under_construction'],
  inService: ['completed', 'in_service'],
} as const;

interface PlanProjectBeds {
  wholePlan: AddedBeds;
  byCategory: Map<string, AddedBeds>;
}

// The all-institution ratio only (每千常住人口医疗卫生机构床位数, 泸县/平罗 without 常住): its numerator is every bed of the
// region, the same as the bed table's total. 罗江's 公立, 县级公立, 社会办, 基层 ratios count parts of it.
const BEDS_PER_THOUSAND = '^每千(常住)?人口(医疗卫生机构)?床位数';

/**
 * Bed capacity: what each plan's bed table sets per category against the beds its projects add. One REPEATABLE READ
 * snapshot, so the targets, the projects and the totals derived from them describe the same moment.
 */
@Injectable()
export class CapacityService {
  constructor(private readonly dataSource: DataSource) {}

  capacity(query: BedCapacityQuery): Promise<PlanCapacityView[]> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const run: Run = (sql, params) => manager.query(sql, params);
      const plans = await this.plansInScope(run, query);
      if (!plans.length) return [];
      const planIds = plans.map((p) => p.id as string);
      const subjects = groupBy(await this.bedSubjects(run, planIds), (r) => r.plan_id as string);
      const added = await this.addedBeds(run, planIds);

      const items = plans.map((plan) => {
        const planId = plan.id as string;
        const rows = (subjects.get(planId) ?? []).map(toBedSubject);
        const projects = added.get(planId);
        return {
          planId,
          planCode: plan.code as string,
          regionCode: plan.region_code as string,
          regionName: plan.region_name as string,
          totals: planTotals(rows, projects?.wholePlan ?? NO_ADDED_BEDS),
          categories: categoryCapacities(rows, projects?.byCategory ?? new Map<string, AddedBeds>()),
        };
      });
      const ratios = await this.bedsPerThousand(run, items);
      return items.map((item) => ({ ...item, bedsPerThousand: ratios.get(item.planId) ?? null }));
    });
  }

  private plansInScope(run: Run, query: BedCapacityQuery) {
    const params = new SqlParams();
    const where: string[] = [];
    if (query.planId) where.push(`p.id = ${params.add(query.planId)}`);
    if (query.regionCode) where.push(`p.region_code IN ${regionTreeSql(params.add(query.regionCode))}`);
    return run(
      `SELECT p.id, p.code, p.region_code, r.name AS region_name
         FROM plans p JOIN regions r ON r.code = p.region_code
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY p.code`,
      params.values,
    );
  }

  private bedSubjects(run: Run, planIds: string[]) {
    return run(
      `SELECT b.*, i.category AS institution_category
         FROM bed_targets b LEFT JOIN institutions i ON i.id = b.institution_id
        WHERE b.plan_id = ANY($1::uuid[])
        ORDER BY b.plan_id, b.source_line, b.id`,
      [planIds],
    );
  }

  /**
   * Beds added by the projects, summed by PostgreSQL per plan and institution category, and per plan as a whole
   * (which also counts projects of no institution). A project without a bed figure adds none.
   */
  private async addedBeds(run: Run, planIds: string[]): Promise<Map<string, PlanProjectBeds>> {
    const params = new SqlParams();
    const stage = (statuses: readonly string[]) =>
      `coalesce(sum(pr.beds) FILTER (WHERE pr.status = ANY(${params.add(statuses)}::text[])), 0)::int`;
    const sql = `
      SELECT pr.plan_id, i.category, GROUPING(i.category) = 1 AS whole_plan,
             ${stage(BED_STAGES.planned)} AS planned,
             ${stage(BED_STAGES.underConstruction)} AS under_construction,
             ${stage(BED_STAGES.inService)} AS in_service,
             ${stage(Object.values(BED_STAGES).flat())} AS total
        FROM projects pr LEFT JOIN institutions i ON i.id = pr.institution_id
       WHERE pr.plan_id = ANY(${params.add(planIds)}::uuid[]) AND pr.beds IS NOT NULL
       GROUP BY GROUPING SETS ((pr.plan_id, i.category), (pr.plan_id))`;
    const perPlan = new Map<string, PlanProjectBeds>();
    for (const row of await run(sql, params.values)) {
      const planId = row.plan_id as string;
      const plan = perPlan.get(planId) ?? { wholePlan: NO_ADDED_BEDS, byCategory: new Map<string, AddedBeds>() };
      const beds: AddedBeds = {
        planned: row.planned as number,
        underConstruction: row.under_construction as number,
        inService: row.in_service as number,
        total: row.total as number,
      };
      // The (plan, no category) group holds projects of no institution: they count in the whole plan only.
      if (row.whole_plan) plan.wholePlan = beds;
      else if (row.category !== null) plan.byCategory.set(row.category as string, beds);
      perPlan.set(planId, plan);
    }
    return perPlan;
  }

  /**
   * The plan's beds-per-1,000 indicator with the ratio the projects lead to. The plans do not state the population,
   * but the baseline ratio implies it (罗江: 1094 beds at 4.7 ‰), so
   *   projected ratio = baseline ratio × projected total beds / baseline total beds,
   * which holds the population at its baseline. PostgreSQL computes it in numeric and rounds to 2 decimals.
   */
  private async bedsPerThousand(
    run: Run,
    plans: { planId: string; totals: { baselineBeds: number | null; projectedBeds: number | null } }[],
  ): Promise<Map<string, BedsPerThousandView>> {
    const rows = await run(
      `SELECT DISTINCT ON (x.plan_id) x.*, projected.ratio AS projected, projected.ratio >= x.target AS reaches_target
         FROM indicators x
         JOIN unnest($1::uuid[], $2::int[], $3::int[]) AS t (plan_id, baseline_beds, projected_beds) ON t.plan_id = x.plan_id
        CROSS JOIN LATERAL (
              SELECT CASE WHEN t.baseline_beds > 0 THEN round(x.baseline * t.projected_beds / t.baseline_beds, 2) END AS ratio
             ) projected
        WHERE x.name ~ $4
        ORDER BY x.plan_id, x.position`,
      [
        plans.map((p) => p.planId),
        plans.map((p) => p.totals.baselineBeds),
        plans.map((p) => p.totals.projectedBeds),
        BEDS_PER_THOUSAND,
      ],
    );
    return new Map(rows.map((row) => [row.plan_id as string, toBedsPerThousand(row)]));
  }
}

function groupBy<T>(list: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const source = (row: Row) => ({ file: row.source_file as string | null, line: row.source_line as number | null });

function toBedSubject(row: Row): BedSubject {
  return {
    subject: row.subject as string,
    subjectKind: row.subject_kind as string,
    institutionCategory: row.institution_category as string | null,
    baselineBeds: row.baseline_beds as number | null,
    baselineBedsText: row.baseline_beds_text as string | null,
    targetBeds: row.target_beds as number | null,
    targetBedsText: row.target_beds_text as string | null,
    source: source(row),
  };
}

function toBedsPerThousand(row: Row): BedsPerThousandView {
  return {
    indicator: row.name as string,
    unit: row.unit as string | null,
    baseline: toNumber(row.baseline as string | null),
    baselineText: row.baseline_text as string | null,
    target: toNumber(row.target as string | null),
    targetText: row.target_text as string | null,
    projected: toNumber(row.projected as string | null),
    reachesTarget: row.reaches_target as boolean | null,
    source: source(row),
  };
}
