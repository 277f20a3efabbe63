import { Module } from '@nestjs/common';
import { PlansModule } from '@tracker/plans';
import { repositoryProviders } from '@tracker/platform';
import { AnnualPlansController } from './annual-plans/annual-plans.controller';
import { AnnualPlansRepository } from './annual-plans/annual-plans.repository';
import { AnnualPlansService } from './annual-plans/annual-plans.service';
import { FundingRepository } from './funding.repository';
import { FundingController } from './http/funding.controller';
import { FundingService } from './http/funding.service';
import { ProgressController } from './http/progress.controller';
import { ProgressService } from './http/progress.service';
import { ProjectsController } from './http/projects.controller';
import { ProjectsService } from './http/projects.service';
import { ProgressRepository } from './progress.repository';
import { ProjectsRepository } from './projects.repository';

/** Projects, their monthly progress, funding lines and annual plans. */
@Module({
  imports: [PlansModule],
  providers: [
    ...repositoryProviders(ProjectsRepository, ProgressRepository, FundingRepository, AnnualPlansRepository),
    ProjectsService,
    ProgressService,
    FundingService,
    AnnualPlansService,
  ],
  exports: [ProjectsRepository, ProgressRepository, FundingRepository, AnnualPlansRepository, ProjectsService, ProgressService, FundingService, AnnualPlansService],
})
export class ProjectsModule {}

@Module({ imports: [ProjectsModule], controllers: [ProjectsController, ProgressController, FundingController, AnnualPlansController] })
export class ProjectsApiModule {}
