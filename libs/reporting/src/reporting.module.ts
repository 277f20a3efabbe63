import { Module } from '@nestjs/common';
import { repositoryProviders, registerQueue } from '@tracker/platform';
import { ProjectsModule } from '@tracker/projects';
import { RegionsModule } from '@tracker/regions';
import { RoundCloserProcessor, RoundJobs, ROUNDS_QUEUE } from './jobs/round-jobs';
import { ProblemsController } from './problems/problems.controller';
import { ProblemsRepository } from './problems/problems.repository';
import { ProblemsService } from './problems/problems.service';
import { AnnualSheetController } from './sheet/annual-sheet.controller';
import { AnnualSheetRepository } from './sheet/annual-sheet.repository';
import { AnnualSheetService } from './sheet/annual-sheet.service';
import { RoundsController } from './rounds/rounds.controller';
import { RoundsRepository } from './rounds/rounds.repository';
import { RoundsService } from './rounds/rounds.service';
import { MyProjectsController } from './worklist/my-projects.controller';
import { MyProjectsRepository } from './worklist/my-projects.repository';
import { MyProjectsService } from './worklist/my-projects.service';

/** 调度: reporting rounds and their reports, and the problems (存在问题) of projects. */
@Module({
  imports: [ProjectsModule, RegionsModule, registerQueue(ROUNDS_QUEUE)],
  providers: [
    ...repositoryProviders(RoundsRepository, ProblemsRepository, AnnualSheetRepository, MyProjectsRepository),
    RoundsService,
    ProblemsService,
    AnnualSheetService,
    MyProjectsService,
    RoundJobs,
  ],
  exports: [RoundsRepository, ProblemsRepository, RoundsService, ProblemsService, AnnualSheetService, MyProjectsService, RoundJobs],
})
export class ReportingModule {}

@Module({ imports: [ReportingModule], controllers: [RoundsController, ProblemsController, AnnualSheetController, MyProjectsController] })
export class ReportingApiModule {}

/** Closes rounds on schedule. */
@Module({ imports: [ReportingModule, registerQueue(ROUNDS_QUEUE)], providers: [RoundCloserProcessor] })
export class ReportingWorkerModule {}
