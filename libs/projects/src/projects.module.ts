import { Module } from '@nestjs/common';
import { FundingController } from './http/funding.controller';
import { FundingService } from './http/funding.service';
import { ProgressController } from './http/progress.controller';
import { ProgressService } from './http/progress.service';
import { ProjectsController } from './http/projects.controller';
import { ProjectsService } from './http/projects.service';

@Module({
  controllers: [ProjectsController, ProgressController, FundingController],
  providers: [ProjectsService, ProgressService, FundingService],
  exports: [ProjectsService],
})
export class ProjectsModule {}
