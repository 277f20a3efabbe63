import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { categoryCapacities, NO_ADDED_BEDS, planTotals, type AddedBeds } from './capacity.figures';
import type { BedCapacityQuery } from './capacity.dto';
import { CapacityRepository, toBedSubject } from './capacity.repository';
import type { PlanCapacityView } from './capacity.views';

/**
 * Bed capacity: what each plan's bed table sets per category against the beds its projects add. One REPEATABLE READ
 * snapshot, so the targets, the projects and the totals derived from them describe the same moment.
 */
@Injectable()
export class CapacityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly capacityReads: CapacityRepository,
  ) {}

  capacity(query: BedCapacityQuery): Promise<PlanCapacityView[]> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const reads = this.capacityReads.within(manager);
      const plans = await reads.plansInScope({ planId: query.planId, regionCode: query.regionCode });
      if (!plans.length) return [];
      const planIds = plans.map((p) => p.id as string);
      const subjects = groupBy(await reads.bedSubjects(planIds), (r) => r.plan_id as string);
      const added = await reads.addedBeds(planIds);

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
      const ratios = await reads.bedsPerThousand(items);
      return items.map((item) => ({ ...item, bedsPerThousand: ratios.get(item.planId) ?? null }));
    });
  }
}

function groupBy<T>(list: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
