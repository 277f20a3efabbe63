import { Module } from '@nestjs/common';
import { PlansModule } from '@tracker/plans';
import { registerQueue, repositoryProviders } from '@tracker/platform';
import { FinanceRepository } from './finance.repository';
import { FinanceController } from './http/finance.controller';
import { FinanceService } from './http/finance.service';
import { RollupTotalsCache } from './http/rollup-totals-cache';
import { RollupEventHandler } from './jobs/rollup-event-handler';
import { ROLLUPS_QUEUE, RollupJobs } from './jobs/rollup-jobs';
import { RollupsProcessor } from './jobs/rollups.processor';
import { RollupService } from './rollup.service';
import { RollupsRepository } from './rollups.repository';

/** Finance totals, reconciliation and pace, and the rollups that keep them fast. */
@Module({
  imports: [PlansModule, registerQueue(ROLLUPS_QUEUE)],
  providers: [...repositoryProviders(FinanceRepository, RollupsRepository), FinanceService, RollupTotalsCache, RollupService, RollupJobs],
  // RollupsRepository for the worker's processor and event handler (the rollup requests), not for other features.
  exports: [FinanceService, RollupService, RollupJobs, RollupsRepository],
})
export class FinanceModule {}

@Module({ imports: [FinanceModule], controllers: [FinanceController] })
export class FinanceApiModule {}

/** The rollup processor and its schedule, and the handler that turns events into rollup jobs. */
@Module({ imports: [FinanceModule, registerQueue(ROLLUPS_QUEUE)], providers: [RollupsProcessor, RollupEventHandler] })
export class FinanceWorkerModule {}
