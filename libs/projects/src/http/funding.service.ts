import { Injectable } from '@nestjs/common';
import { notFound, staleVersion } from '@tracker/api-conventions';
import { recordChanges, type Actor } from '@tracker/audit';
import { EntityManager } from 'typeorm';
import { FundingRepository } from '../funding.repository';
import { ProjectsRepository } from '../projects.repository';
import type { ReplaceFundingDto } from './funding.dto';
import type { FundingView } from './funding.views';

const noProject = (id: string) => notFound(`No project with id ${id}.`, `没有 ID 为 ${id} 的项目。`);

@Injectable()
export class FundingService {
  constructor(
    private readonly db: EntityManager,
    private readonly funding: FundingRepository,
    private readonly projects: ProjectsRepository,
  ) {}

  async get(projectId: string): Promise<FundingView> {
    const view = await this.funding.view(projectId);
    if (!view) throw noProject(projectId);
    return view;
  }

  /** Replaces the project's whole set of funding lines; the project's version guards against lost updates. */
  async replace(projectId: string, expectedVersion: number, input: ReplaceFundingDto, actor: Actor): Promise<FundingView> {
    return recordChanges(this.db, actor, async (changes) => {
      const projects = this.projects.within(changes.manager);
      const funding = this.funding.within(changes.manager);
      // Locking the project serialises concurrent replacements: exactly one sees its version still current.
      const project = await projects.lock(projectId);
      if (!project) throw noProject(projectId);
      if (project.version !== expectedVersion) throw staleVersion(project.version);
      const before = (await funding.view(projectId))!;
      await funding.replace(
        projectId,
        input.items.map((line) => ({ source: line.source, amountWan: line.amountWan, status: line.status ?? 'planned', note: line.note ?? null })),
      );
      await projects.bumpVersion(projectId);
      const after = (await funding.view(projectId))!;

      await changes.audit('replace', 'funding', projectId, auditable(before), auditable(after));
      await changes.emit('funding.updated', { aggregateId: projectId, projectId }, { projectId, items: after.items, totalWan: after.totalWan, previousItems: before.items });
      return after;
    });
  }
}

const auditable = (view: FundingView) => ({ items: view.items, totalWan: view.totalWan, version: view.version });
