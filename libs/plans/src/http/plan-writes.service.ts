import { Injectable } from '@nestjs/common';
import { conflict, invalid, notFound, staleVersion } from '@tracker/api-conventions';
import { recordChanges, type Actor, type ChangeRecorder } from '@tracker/audit';
import { RegionsRepository } from '@tracker/regions';
import { EntityManager } from 'typeorm';
import { PlansRepository, type PlanFields } from '../plans.repository';
import type { CreatePlanDto, UpdatePlanDto } from './plan.dto';
import type { PlanView } from './plan.views';

/** A calendar date that exists (2022-02-30 does not). */
function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * Plans people create (an annual key-project list, a plan of a region no seed holds) and edit. A plan's region and
 * code are fixed once it exists: projects, filters and imports refer to them.
 */
@Injectable()
export class PlanWritesService {
  constructor(
    private readonly db: EntityManager,
    private readonly plans: PlansRepository,
    private readonly regions: RegionsRepository,
  ) {}

  async create(input: CreatePlanDto, actor: Actor): Promise<PlanView> {
    this.checkFields(input.startYear, input.endYear, input.issuedOn ?? null);
    return recordChanges(this.db, actor, async (changes) => {
      const plans = this.plans.within(changes.manager);
      if (!(await this.regions.within(changes.manager).exists(input.regionCode))) {
        throw invalid(
          'regionCode',
          `${input.regionCode} is not a division of the catalogue (see GET /regions)`,
          `${input.regionCode} 不在行政区划目录中（见 GET /regions）`,
        );
      }
      const code = input.code ?? `${input.regionCode}-${input.startYear}-${input.endYear}`;
      const id = await plans.insert({
        code,
        title: input.title.trim(),
        regionCode: input.regionCode,
        periodStart: input.startYear,
        periodEnd: input.endYear,
        documentNumber: input.documentNumber ?? null,
        issuedOn: input.issuedOn ?? null,
      });
      if (!id) throw conflict(`A plan with code ${code} exists; give another code.`, `编码为 ${code} 的规划已存在，请换一个编码。`);
      const view = (await plans.view(id))!;
      await this.record(changes, null, view);
      return view;
    });
  }

  async update(id: string, expectedVersion: number, patch: UpdatePlanDto, actor: Actor): Promise<PlanView> {
    return recordChanges(this.db, actor, async (changes) => {
      const plans = this.plans.within(changes.manager);
      const before = await plans.lock(id);
      if (!before) throw notFound(`No plan with id ${id}.`, `没有 ID 为 ${id} 的规划。`);
      if (before.version !== expectedVersion) throw staleVersion(before.version);
      const next: PlanFields = {
        title: patch.title?.trim() ?? before.title,
        periodStart: patch.startYear ?? before.periodStart,
        periodEnd: patch.endYear ?? before.periodEnd,
        documentNumber: patch.documentNumber === undefined ? before.documentNumber : patch.documentNumber,
        issuedOn: patch.issuedOn === undefined ? before.issuedOn : patch.issuedOn,
      };
      this.checkFields(next.periodStart, next.periodEnd, next.issuedOn);
      // Nothing to change: no new version, no audit entry, no event.
      if ((Object.keys(next) as (keyof PlanFields)[]).every((field) => next[field] === before[field])) return before;
      const outside = await plans.annualPlansOutside(id, next.periodStart, next.periodEnd);
      if (outside) {
        throw invalid(
          'startYear',
          `${outside.n} project(s) of the plan have annual plans for ${outside.year}, outside ${next.periodStart}–${next.periodEnd}`,
          `规划中有 ${outside.n} 个项目有 ${outside.year} 年的年度计划，不在 ${next.periodStart}–${next.periodEnd} 之内`,
        );
      }
      await plans.update(id, next);
      const after = (await plans.view(id))!;
      await this.record(changes, before, after);
      return after;
    });
  }

  private checkFields(startYear: number, endYear: number, issuedOn: string | null): void {
    if (endYear < startYear) throw invalid('endYear', 'endYear must not be before startYear', '结束年份不能早于开始年份');
    if (endYear - startYear > 10) throw invalid('endYear', 'a plan spans at most 11 years', '规划最多跨 11 年');
    if (issuedOn !== null && !isRealDate(issuedOn)) throw invalid('issuedOn', `${issuedOn} is not a date`, `印发日期 ${issuedOn} 不是实际存在的日期`);
  }

  private async record(changes: ChangeRecorder, before: PlanView | null, after: PlanView): Promise<void> {
    await changes.audit(before ? 'update' : 'create', 'plan', after.id, before, after);
    if (before) await changes.emit('plan.updated', { aggregateId: after.id }, { plan: after, previous: before });
    else await changes.emit('plan.created', { aggregateId: after.id }, { plan: after });
  }
}
