import { Injectable } from '@nestjs/common';
import { forbidden, type Page } from '@tracker/api-conventions';
import type { Principal } from '@tracker/auth';
import type { MyProjectsQuery } from './my-projects.dto';
import { MyProjectsRepository } from './my-projects.repository';
import type { MyProjectView } from './my-projects.views';

/** 我的项目: a manager's institutions' projects, what needs them first. */
@Injectable()
export class MyProjectsService {
  constructor(private readonly myProjects: MyProjectsRepository) {}

  list(query: MyProjectsQuery, manager: Principal): Promise<Page<MyProjectView>> {
    const { institutionId, ...page } = query;
    if (institutionId && !manager.institutionIds.includes(institutionId)) {
      throw forbidden(`Institution ${institutionId} is not among your key’s institutions.`, `机构 ${institutionId} 不在你的密钥范围内。`);
    }
    return this.myProjects.list(institutionId ? [institutionId] : manager.institutionIds, page);
  }
}
