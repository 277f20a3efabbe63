import { Injectable } from '@nestjs/common';
import { changesNothing, conflict, invalid, notFound, staleVersion, type Page, type PageQuery, type SerializedJson } from '@tracker/api-conventions';
import { recordChanges, type Actor, type ChangeRecorder } from '@tracker/audit';
import type { Principal } from '@tracker/auth';
import { assertMayChange } from '@tracker/projects';
import { EntityManager } from 'typeorm';
import { MilestonesRepository, type MilestoneFields, type ProjectForMilestones } from '../milestones.repository';
import { milestoneSpan, standardMilestones, type StandardMilestone } from '../templates';
import type { CreateMilestoneDto, MilestoneListQuery, UpdateMilestoneDto } from './milestone.dto';
import type { MilestoneView } from './milestone.views';

const noProject = (id: string) => notFound(`No project with id ${id}.`, `没有 ID 为 ${id} 的项目。`);
const noMilestone = (id: string) => notFound(`No milestone with id ${id}.`, `没有 ID 为 ${id} 的节点。`);

function assertNotFuture(actualDate: string | null | undefined, today: string): void {
  if (actualDate && actualDate > today) {
    throw invalid(
      'actualDate',
      `actualDate must not be in the future (today is ${today} in the plan’s time zone)`,
      `实际完成日期不能晚于今天（按规划所在时区，今天是 ${today}）`,
    );
  }
}

@Injectable()
export class MilestonesService {
  constructor(
    private readonly db: EntityManager,
    private readonly milestones: MilestonesRepository,
  ) {}

  async listForProject(projectId: string, page: PageQuery): Promise<SerializedJson<Page<MilestoneView>>> {
    if (!(await this.milestones.project(projectId))) throw noProject(projectId);
    return this.milestones.listOfProject(projectId, page);
  }

  list(query: MilestoneListQuery): Promise<SerializedJson<Page<MilestoneView>>> {
    return this.milestones.list(query);
  }

  async get(id: string): Promise<MilestoneView> {
    const milestone = await this.milestones.view(id);
    if (!milestone) throw noMilestone(id);
    return milestone;
  }

  async create(projectId: string, input: CreateMilestoneDto, principal: Principal, actor: Actor): Promise<MilestoneView> {
    return recordChanges(this.db, actor, async (changes) => {
      const milestones = this.milestones.within(changes.manager);
      const project = await projectToChange(milestones, projectId, principal);
      const { kind, name, plannedDate, actualDate = null, note = null } = input;
      return insertMilestone(changes, milestones, project, { kind, name, plannedDate, actualDate, note });
    });
  }

  /**
   * Adds the standard milestones of the project's build type (see templates.ts), each created, audited and
   * announced as `create` does, all in one transaction; 409 once the project has a milestone of any of their kinds.
   */
  async createStandard(projectId: string, principal: Principal, actor: Actor): Promise<MilestoneView[]> {
    return recordChanges(this.db, actor, async (changes) => {
      const milestones = this.milestones.within(changes.manager);
      // The lock serialises concurrent calls for the project: the second sees the first's milestones and gets 409.
      // It also waits for milestones being added one by one (their foreign key check shares the project row).
      const project = await projectToChange(milestones, projectId, principal, { lock: true });
      const standard = standardFor(project);
      const existing = await milestones.kindsOfProject(projectId, standard.map((m) => m.kind));
      if (existing.length > 0) {
        throw conflict(
          `Project ${projectId} already has milestones of kind ${existing.join(', ')}; ` +
            'the standard milestones are only added to a project without any of their kinds. Change the existing ones instead.',
          `项目 ${projectId} 已有以下类型的节点：${existing.join('、')}；标准节点只能加到没有这些类型节点的项目上，请改为修改现有节点。`,
        );
      }
      const created: MilestoneView[] = [];
      for (const milestone of standard) {
        created.push(await insertMilestone(changes, milestones, project, { ...milestone, actualDate: null, note: null }));
      }
      return created;
    });
  }

  async update(
    id: string,
    expectedVersion: number,
    patch: UpdateMilestoneDto,
    principal: Principal,
    actor: Actor,
  ): Promise<MilestoneView> {
    // Two round trips and no transaction block: the checks read the milestone, then one statement writes it, its
    // audit entry and its event only if its version is still the one read (concurrent writers: one wins, the
    // others find the version moved and get 412, as with a lock).
    const current = await this.milestones.viewInPlan(id);
    if (!current) throw noMilestone(id);
    const before = current.milestone;
    assertMayChange(principal, before.institutionId);
    if (before.version !== expectedVersion) throw staleVersion(before.version);
    assertNotFuture(patch.actualDate, current.today);
    if (changesNothing(before, patch)) return before;
    const after = await this.milestones.updateRecorded(id, expectedVersion, patch, before, actor);
    if (after) return after;
    const now = await this.milestones.view(id);
    if (!now) throw noMilestone(id);
    throw staleVersion(now.version);
  }

  async remove(id: string, expectedVersion: number, principal: Principal, actor: Actor): Promise<void> {
    await recordChanges(this.db, actor, async (changes) => {
      const milestones = this.milestones.within(changes.manager);
      const current = await milestones.lock(id);
      if (!current) throw noMilestone(id);
      const deleted = current.milestone;
      assertMayChange(principal, deleted.institutionId);
      if (deleted.version !== expectedVersion) throw staleVersion(deleted.version);
      await milestones.delete(id);
      await record(changes, 'delete', deleted, null);
    });
  }
}

/** The project to add milestones to, if it exists (404) and the principal may change it (403). */
async function projectToChange(
  milestones: MilestonesRepository,
  projectId: string,
  principal: Principal,
  options: { lock?: boolean } = {},
): Promise<ProjectForMilestones> {
  const project = await milestones.project(projectId, options);
  if (!project) throw noProject(projectId);
  assertMayChange(principal, project.institutionId);
  return project;
}

async function insertMilestone(
  changes: ChangeRecorder,
  milestones: MilestonesRepository,
  project: ProjectForMilestones,
  fields: MilestoneFields,
): Promise<MilestoneView> {
  assertNotFuture(fields.actualDate, project.today);
  const view = await milestones.insert(project, fields);
  await record(changes, 'create', null, view);
  return view;
}

function standardFor(project: ProjectForMilestones): StandardMilestone[] {
  const { startYear, endYear } = milestoneSpan(project.startYear, project.endYear, {
    periodStart: project.periodStart,
    periodEnd: project.periodEnd,
  });
  try {
    return standardMilestones(project.buildType, startYear, endYear);
  } catch (error) {
    // Only a plan whose period lies outside 2000–2100 gets here: the project's data, not the request, is at fault.
    if (!(error instanceof RangeError)) throw error;
    throw conflict(
      `No standard milestones for project ${project.id}: ${error.message}.`,
      `无法为项目 ${project.id} 生成标准节点：项目或规划的年份超出 2000–2100（${error.message}）。`,
    );
  }
}

const EVENTS = { create: 'milestone.created', update: 'milestone.updated', delete: 'milestone.deleted' } as const;

async function record(changes: ChangeRecorder, action: keyof typeof EVENTS, before: MilestoneView | null, after: MilestoneView | null) {
  const milestone = (after ?? before)!;
  await changes.audit(action, 'milestone', milestone.id, before, after);
  await changes.emit(EVENTS[action], { aggregateId: milestone.id, projectId: milestone.projectId }, { projectId: milestone.projectId, before, after });
}
