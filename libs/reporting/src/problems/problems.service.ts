import { Injectable } from '@nestjs/common';
import { invalidSaid, said, staleVersion, type Page, type PageQuery } from '@tracker/api-conventions';
import { recordChanges, type Actor } from '@tracker/audit';
import type { Principal } from '@tracker/auth';
import { ProjectsRepository } from '@tracker/projects';
import { EntityManager } from 'typeorm';
import type { CreateProblemDto, ProblemListQuery, UpdateProblemDto } from './problem.dto';
import type { ProblemView } from './problem.views';
import { ProblemsRepository, type ProblemFields } from './problems.repository';

const noProblem = (id: string) => said(404, `No problem with id ${id}.`, `没有 id 为 ${id} 的问题。`);
const noProject = (id: string) => said(404, `No project with id ${id}.`, `没有 id 为 ${id} 的项目。`);

/** Who may record and change a project's problems: admins, finance, and managers of the project's institution. */
function assertMayChange(principal: Principal, institutionId: string | null): void {
  if (principal.role === 'admin' || principal.role === 'finance') return;
  if (principal.role === 'manager' && institutionId && principal.institutionIds.includes(institutionId)) return;
  if (principal.role === 'manager') {
    throw said(403, 'This project belongs to an institution your key is not scoped to.', '该项目的责任单位不在您的密钥授权范围内。');
  }
  throw said(403, `The ${principal.role} role may not record problems.`, `${principal.role} 角色不能登记问题。`);
}

@Injectable()
export class ProblemsService {
  constructor(
    private readonly db: EntityManager,
    private readonly problems: ProblemsRepository,
    private readonly projects: ProjectsRepository,
  ) {}

  list(query: ProblemListQuery): Promise<Page<ProblemView>> {
    const { regionCode, planId, institutionId, projectId, category, status, overdue, ...page } = query;
    return this.problems.list({ regionCode, planId, institutionId, projectId, category, status, overdue }, page);
  }

  async listForProject(projectId: string, page: PageQuery): Promise<Page<ProblemView>> {
    if (!(await this.projects.view(projectId))) throw noProject(projectId);
    return this.problems.list({ projectId }, page);
  }

  async get(id: string): Promise<ProblemView> {
    const problem = await this.problems.view(id);
    if (!problem) throw noProblem(id);
    return problem;
  }

  async create(projectId: string, input: CreateProblemDto, principal: Principal, actor: Actor): Promise<ProblemView> {
    return recordChanges(this.db, actor, async (changes) => {
      const project = await this.projects.within(changes.manager).scopeOf(projectId);
      if (!project) throw noProject(projectId);
      assertMayChange(principal, project.institutionId);
      const problems = this.problems.within(changes.manager);
      const id = await problems.insert(projectId, {
        category: input.category,
        description: input.description.trim(),
        responsible_unit: input.responsibleUnit?.trim() || null,
        due_date: input.dueDate ?? null,
      });
      const after = (await problems.view(id))!;
      await changes.audit('create', 'problem', id, null, after);
      await changes.emit('problem.created', { aggregateId: id, projectId }, { before: null, after });
      return after;
    });
  }

  async update(id: string, input: UpdateProblemDto, expectedVersion: number, principal: Principal, actor: Actor): Promise<ProblemView> {
    return recordChanges(this.db, actor, async (changes) => {
      const problems = this.problems.within(changes.manager);
      const current = await problems.lock(id);
      if (!current) throw noProblem(id);
      assertMayChange(principal, current.institution_id as string | null);
      if (current.version !== expectedVersion) throw staleVersion(current.version as number);
      const status = input.status ?? (current.status as ProblemFields['status']);
      const resolution = input.resolution !== undefined ? input.resolution?.trim() || null : (current.resolution as string | null);
      if (status === 'resolved' && !resolution) {
        throw invalidSaid('resolution', 'a resolved problem says how it was resolved', '问题标记为已解决时须填写解决情况');
      }
      if (input.resolvedOn && status !== 'resolved') {
        throw invalidSaid('resolvedOn', 'only a resolved problem has a resolution date', '只有已解决的问题才有解决日期');
      }
      const resolvedOn =
        status === 'resolved' ? (input.resolvedOn ?? (current.resolved_on as string | null) ?? (current.today as string)) : null;
      const fields: ProblemFields = {
        category: input.category ?? (current.category as ProblemFields['category']),
        description: input.description?.trim() ?? (current.description as string),
        responsible_unit: input.responsibleUnit !== undefined ? input.responsibleUnit?.trim() || null : (current.responsible_unit as string | null),
        due_date: input.dueDate !== undefined ? input.dueDate : (current.due_date as string | null),
        status,
        resolution,
        resolved_on: resolvedOn,
      };
      const before = (await problems.view(id))!;
      const unchanged = (Object.keys(fields) as (keyof ProblemFields)[]).every((key) => (current[key] ?? null) === fields[key]);
      if (unchanged) return before;
      await problems.update(id, fields);
      const after = (await problems.view(id))!;
      await changes.audit('update', 'problem', id, before, after);
      await changes.emit('problem.updated', { aggregateId: id, projectId: after.projectId }, { before, after });
      return after;
    });
  }
}
