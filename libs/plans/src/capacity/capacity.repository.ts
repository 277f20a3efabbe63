import { SqlParams, toNumber } from '@tracker/api-conventions';
import { SqlRepository } from '@tracker/platform';
import { regionTreeSql } from '@tracker/regions';
import type { EntityManager } from 'typeorm';
import { sourceOf } from '../plans.repository';
import { NO_ADDED_BEDS, type AddedBeds, type BedSubject } from './capacity.figures';
import type { BedsPerThousandView } from './capacity.views';

type Row = Record<string, unknown>;

/** Project statuses by the stage of the beds they add; suspended and cancelled projects add none. */
export const BED_STAGES = {
  planned: ['planned', 'preparing'],
  underConstruction: ['under_construction'],
  inService: ['completed', 'in_service'],
} as const;

export interface PlanProjectBeds {
  wholePlan: AddedBeds;
  byCategory: Map<string, AddedBeds>;
}

// The all-institution ratio only (每千常住人口医疗卫生机构床位数, 泸县/平罗 without 常住): its numerator is every bed of the
// region, the same as the bed table's total. 罗江's 公立, 县级公立, 社会办, 基层 ratios count parts of it.
const BEDS_PER_THOUSAND = '^每千(常住)?人口(医疗卫生机构)?床位数';

/**
 * The reads of bed capacity: the plans' bed targets and indicators (this feature's tables) against the beds their
 * projects add (a read of the projects feature's table, summed by PostgreSQL).
 */
export class CapacityRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  /** The plans of the query's scope, with their region's name. */
  plansInScope(scope: { planId?: string; regionCode?: string }) {
    const params = new SqlParams();
    const where: string[] = [];
    if (scope.planId) where.push(`p.id = ${params.add(scope.planId)}`);
    if (scope.regionCode) where.push(`p.region_code IN ${regionTreeSql(params.add(scope.regionCode))}`);
    return this.rows(
      `SELECT p.id, p.code, p.region_code, coalesce(r.full_name, r.name) AS region_name
         FROM plans p JOIN regions r ON r.code = p.region_code
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY p.code`,
      params.values,
    );
  }

  /** The plans' bed targets with their institution's category, in document order. */
  bedSubjects(planIds: string[]) {
    return this.rows(
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
  async addedBeds(planIds: string[]): Promise<Map<string, PlanProjectBeds>> {
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
    for (const row of await this.rows(sql, params.values)) {
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
  async bedsPerThousand(
    plans: { planId: string; totals: { baselineBeds: number | null; projectedBeds: number | null } }[],
  ): Promise<Map<string, BedsPerThousandView>> {
    const rows = await this.rows(
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

export function toBedSubject(row: Row): BedSubject {
  return {
    subject: row.subject as string,
    subjectKind: row.subject_kind as string,
    institutionCategory: row.institution_category as string | null,
    baselineBeds: row.baseline_beds as number | null,
    baselineBedsText: row.baseline_beds_text as string | null,
    targetBeds: row.target_beds as number | null,
    targetBedsText: row.target_beds_text as string | null,
    source: sourceOf(row),
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
    source: sourceOf(row),
  };
}
