import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { changesNothing, conflict, forbidden, invalid, notFound, staleVersion, type Page, type SerializedJson } from '@tracker/api-conventions';
import { recordChanges, type Actor } from '@tracker/audit';
import type { Principal } from '@tracker/auth';
import { InstitutionsRepository, PlansRepository } from '@tracker/plans';
import { EntityManager } from 'typeorm';
import { ProjectsRepository, type ProjectFields } from '../projects.repository';
import type { CreateProjectDto, ProjectFieldsDto, ProjectListQuery, UpdateProjectDto } from './project.dto';
import type { ProjectView } from './project.views';

/** A manager may change only the projects of the institutions their key is scoped to. */
export function assertMayChange(principal: Principal, institutionId: string | null): void {
  if (principal.role === 'admin') return;
  if (principal.role === 'manager' && institutionId && principal.institutionIds.includes(institutionId)) return;
  throw forbidden(
    principal.role === 'manager' ? 'This project belongs to an institution your key is not scoped to.' : `The ${principal.role} role may not change projects.`,
    principal.role === 'manager' ? '该项目所属机构不在你的密钥范围内。' : `${principal.role} 角色不能修改项目。`,
  );
}

const noProject = (id: string) => notFound(`No project with id ${id}.`, `没有 ID 为 ${id} 的项目。`);

@Injectable()
export class ProjectsService {
  constructor(
    private readonly db: EntityManager,
    private readonly projects: ProjectsRepository,
    private readonly plans: PlansRepository,
    private readonly institutions: InstitutionsRepository,
  ) {}

  list(query: ProjectListQuery): Promise<SerializedJson<Page<ProjectView>>> {
    return this.projects.list(query, query);
  }

  async get(id: string): Promise<ProjectView> {
    const found = await this.projects.view(id);
    if (!found) throw noProject(id);
    return found;
  }

  async create(input: CreateProjectDto, principal: Principal, actor: Actor): Promise<ProjectView> {
    assertMayChange(principal, input.institutionId);
    return recordChanges(this.db, actor, async (changes) => {
      const plan = await this.plans.within(changes.manager).view(input.planId);
      if (!plan) throw invalid('planId', `no plan ${input.planId}`, `没有规划 ${input.planId}`);
      await this.checkReferences(changes.manager, plan.id, input);
      const code = input.code ?? `${plan.code}-M-${randomBytes(4).toString('hex')}`;
      const view = await this.projects.within(changes.manager).insert({ code, planId: plan.id, regionCode: plan.regionCode }, fieldsOf(input));
      if (!view) throw conflict(`A project with code ${code} exists.`, `编码为 ${code} 的项目已存在。`);
      await changes.audit('create', 'project', view.id, null, view);
      await changes.emit('project.created', { aggregateId: view.id, projectId: view.id }, { project: view });
      return view;
    });
  }

  async update(id: string, expectedVersion: number, patch: UpdateProjectDto, principal: Principal, actor: Actor): Promise<ProjectView> {
    return recordChanges(this.db, actor, async (changes) => {
      const projects = this.projects.within(changes.manager);
      // Locking the row serialises concurrent writers: exactly one of them sees its version still current.
      const before = await projects.lock(id);
      if (!before) throw noProject(id);
      assertMayChange(principal, before.institutionId);
      if (patch.institutionId !== undefined) assertMayChange(principal, patch.institutionId);
      if (before.version !== expectedVersion) throw staleVersion(before.version);
      await this.checkReferences(changes.manager, before.planId, patch);
      if (patch.name === null) throw invalid('name', 'name must not be null', '名称不能为空');
      if (patch.institutionId === null) throw invalid('institutionId', 'institutionId must not be null', '机构不能为空');
      if (changesNothing(before, patch)) return before;
      const after = await projects.update(id, fieldsOf(patch));
      await changes.audit('update', 'project', after.id, before, after);
      await changes.emit('project.updated', { aggregateId: after.id, projectId: after.id }, { project: after, previous: before });
      return after;
    });
  }

  async remove(id: string, expectedVersion: number, principal: Principal, actor: Actor): Promise<void> {
    await recordChanges(this.db, actor, async (changes) => {
      const projects = this.projects.within(changes.manager);
      const deleted = await projects.lock(id);
      if (!deleted) throw noProject(id);
      assertMayChange(principal, deleted.institutionId);
      if (deleted.version !== expectedVersion) throw staleVersion(deleted.version);
      await projects.delete(id);
      await changes.audit('delete', 'project', deleted.id, deleted, null);
      await changes.emit('project.deleted', { aggregateId: deleted.id, projectId: deleted.id }, { project: deleted });
    });
  }

  private async checkReferences(manager: EntityManager, planId: string, input: Partial<ProjectFieldsDto>): Promise<void> {
    if (input.programId) {
      const programPlan = await this.plans.within(manager).planOfProgram(input.programId);
      if (!programPlan) throw invalid('programId', `no program ${input.programId}`, `没有专栏 ${input.programId}`);
      if (programPlan !== planId) throw invalid('programId', 'the program belongs to another plan', '该专栏属于另一个规划');
    }
    if (input.institutionId && !(await this.institutions.within(manager).exists(input.institutionId))) {
      throw invalid('institutionId', `no institution ${input.institutionId}`, `没有机构 ${input.institutionId}`);
    }
    const start = input.startYear;
    const end = input.endYear;
    if (start != null && end != null && end < start) throw invalid('endYear', 'endYear must not be before startYear', '结束年份不能早于开始年份');
  }
}

/** The writable fields the request gave (absent ones are left as they are). */
function fieldsOf(input: Partial<ProjectFieldsDto>): Partial<ProjectFields> {
  return input as Partial<ProjectFields>;
}
