import { Injectable } from '@nestjs/common';
import { forbidden, invalid, notFound, said, staleVersion } from '@tracker/api-conventions';
import { recordChanges, type Actor } from '@tracker/audit';
import type { Principal } from '@tracker/auth';
import { EntityManager } from 'typeorm';
import { ProjectsRepository } from '../projects.repository';
import type { PutAnnualPlanDto } from './annual-plan.dto';
import { toAnnualPlanView, type AnnualPlanView } from './annual-plan.views';
import { ANNUAL_COLUMNS, AnnualPlansRepository, type AnnualValues } from './annual-plans.repository';

const noProject = (id: string) => notFound(`No project with id ${id}.`, `没有 ID 为 ${id} 的项目。`);

/** Who may write a project's annual plan: admins and finance, and the manager of the project's institution. */
function assertMayPlan(principal: Principal, institutionId: string | null): void {
  if (principal.role === 'admin' || principal.role === 'finance') return;
  if (principal.role === 'manager' && institutionId && principal.institutionIds.includes(institutionId)) return;
  throw forbidden(
    principal.role === 'manager' ? 'This project belongs to an institution your key is not scoped to.' : `The ${principal.role} role may not plan projects.`,
    principal.role === 'manager' ? '该项目所属机构不在你的密钥范围内。' : `${principal.role} 角色不能编制项目的年度计划。`,
  );
}

@Injectable()
export class AnnualPlansService {
  constructor(
    private readonly db: EntityManager,
    private readonly annualPlans: AnnualPlansRepository,
    private readonly projects: ProjectsRepository,
  ) {}

  async list(projectId: string): Promise<AnnualPlanView[]> {
    const plans = await this.annualPlans.ofProject(projectId);
    if (!plans) throw noProject(projectId);
    return plans;
  }

  /**
   * Creates (201) or replaces (200) the plan of one year; the same values again change nothing. A year outside the
   * project's plan is refused. When the year's plan exists, `If-Match` must name its current version.
   */
  async put(
    projectId: string,
    year: number,
    input: PutAnnualPlanDto,
    expectedVersion: number | undefined,
    principal: Principal,
    actor: Actor,
  ): Promise<{ created: boolean; plan: AnnualPlanView }> {
    const quarters = new Map<number, { planWan?: number | null; work?: string | null }>();
    for (const quarter of input.quarters ?? []) {
      if (quarters.has(quarter.quarter)) throw invalid('quarters', `quarter ${quarter.quarter} is given twice`, `第 ${quarter.quarter} 季度重复填写`);
      quarters.set(quarter.quarter, quarter);
    }
    const quarterPlan = (q: number) => (quarters.get(q)?.planWan == null ? null : String(quarters.get(q)!.planWan));
    const quarterWork = (q: number) => quarters.get(q)?.work ?? null;
    const values: AnnualValues = {
      category: input.category ?? null,
      plan_wan: input.planWan == null ? null : String(input.planWan),
      task: input.task ?? null,
      q1_plan_wan: quarterPlan(1),
      q2_plan_wan: quarterPlan(2),
      q3_plan_wan: quarterPlan(3),
      q4_plan_wan: quarterPlan(4),
      q1_work: quarterWork(1),
      q2_work: quarterWork(2),
      q3_work: quarterWork(3),
      q4_work: quarterWork(4),
    };
    return recordChanges(this.db, actor, async (changes) => {
      const annualPlans = this.annualPlans.within(changes.manager);
      const project = await this.projects.within(changes.manager).scopeOf(projectId);
      if (!project) throw noProject(projectId);
      assertMayPlan(principal, project.institutionId);
      if (year < project.periodStart || year > project.periodEnd) {
        throw invalid(
          'year',
          `year must be within the plan's period ${project.periodStart}–${project.periodEnd}`,
          `年度必须在规划期 ${project.periodStart}–${project.periodEnd} 之内`,
        );
      }
      const current = await annualPlans.lock(projectId, year);
      if (current) {
        if (expectedVersion === undefined) {
          throw said(428, `The plan of ${year} exists: send If-Match with the ETag you read.`, `${year} 年的计划已存在：请带上读取时的 ETag 作为 If-Match。`);
        }
        if (current.version !== expectedVersion) throw staleVersion(current.version as number);
        const unchanged = ANNUAL_COLUMNS.every((column) => {
          const stored = current[column] === null ? null : String(current[column]);
          const given = values[column];
          return stored === given || (stored !== null && given !== null && Number(stored) === Number(given) && /plan_wan/.test(column));
        });
        if (unchanged) return { created: false, plan: toAnnualPlanView(current) };
      } else if (expectedVersion !== undefined) {
        throw said(412, `There is no plan for ${year} yet; send it without If-Match.`, `${year} 年还没有计划；请不带 If-Match 提交。`);
      }
      const after = current ? await annualPlans.update(projectId, year, values) : await annualPlans.insert(projectId, year, values);
      const before = current ? toAnnualPlanView(current) : null;
      await changes.audit(current ? 'update' : 'create', 'annual_plan', `${projectId}/${year}`, before, after);
      await changes.emit('annual_plan.updated', { aggregateId: `${projectId}/${year}`, projectId }, { annualPlan: after, previous: before ?? undefined });
      return { created: !current, plan: after };
    });
  }
}
