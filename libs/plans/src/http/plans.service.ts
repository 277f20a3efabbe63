import { Injectable } from '@nestjs/common';
import { notFound, type Page } from '@tracker/api-conventions';
import { InstitutionsRepository } from '../institutions.repository';
import { PlansRepository } from '../plans.repository';
import type { InstitutionListQuery, PlanListQuery, PlanScopedQuery } from './plan.dto';
import type { BedTargetView, IndicatorView, InstitutionView, PlanView, ProgramView } from './plan.views';

/** Reads of what the plans say: plans, their 专栏 programs with reconciliation, institutions, beds, indicators. */
@Injectable()
export class PlansService {
  constructor(
    private readonly plans: PlansRepository,
    private readonly institutions: InstitutionsRepository,
  ) {}

  listPlans(query: PlanListQuery): Promise<Page<PlanView>> {
    return this.plans.list({ regionCode: query.regionCode }, query);
  }

  async getPlan(id: string): Promise<PlanView> {
    const found = await this.plans.view(id);
    if (!found) throw notFound(`No plan with id ${id}.`, `没有 ID 为 ${id} 的规划。`);
    return found;
  }

  async listPrograms(planId: string): Promise<ProgramView[]> {
    await this.getPlan(planId);
    return this.plans.programs(planId);
  }

  async getProgram(id: string): Promise<ProgramView> {
    const found = await this.plans.program(id);
    if (!found) throw notFound(`No program with id ${id}.`, `没有 ID 为 ${id} 的专栏。`);
    return found;
  }

  listInstitutions(query: InstitutionListQuery): Promise<Page<InstitutionView>> {
    return this.institutions.list({ regionCode: query.regionCode, category: query.category, q: query.q }, query);
  }

  async getInstitution(id: string): Promise<InstitutionView> {
    const found = await this.institutions.view(id);
    if (!found) throw notFound(`No institution with id ${id}.`, `没有 ID 为 ${id} 的机构。`);
    return found;
  }

  listBedTargets(query: PlanScopedQuery): Promise<Page<BedTargetView>> {
    return this.plans.listBedTargets({ planId: query.planId, regionCode: query.regionCode }, query);
  }

  listIndicators(query: PlanScopedQuery): Promise<Page<IndicatorView>> {
    return this.plans.listIndicators({ planId: query.planId, regionCode: query.regionCode }, query);
  }
}
