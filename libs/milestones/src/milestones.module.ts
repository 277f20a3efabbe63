import { Module } from '@nestjs/common';
import { repositoryProviders } from '@tracker/platform';
import { MilestonesController } from './http/milestones.controller';
import { MilestonesService } from './http/milestones.service';
import { MilestonesRepository } from './milestones.repository';

/** Milestones of projects (立项 → 投入使用), their templates and status. */
@Module({
  providers: [...repositoryProviders(MilestonesRepository), MilestonesService],
  // MilestonesRepository for the reminder scan (notifications), which keeps each milestone's next reminder date.
  exports: [MilestonesRepository, MilestonesService],
})
export class MilestonesModule {}

@Module({ imports: [MilestonesModule], controllers: [MilestonesController] })
export class MilestonesApiModule {}
