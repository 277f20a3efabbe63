import { Module } from '@nestjs/common';
import { FinanceController } from './http/finance.controller';
import { FinanceService } from './http/finance.service';
import { RollupEventHandler } from './jobs/rollup-event-handler';
import { RollupJobs } from './jobs/rollup-jobs';
import { RollupsProcessor } from './jobs/rollups.processor';
import { RollupService } from './rollups/rollup.service';

/** The finance API (read side, and "run the rollups now"). */
@Module({
  controllers: [FinanceController],
  providers: [FinanceService, RollupJobs],
  exports: [RollupJobs],
})
export class FinanceApiModule {}

/** The finance jobs: the rollup processor, its schedule, and the handler that turns events into rollup jobs. */
@Module({
  providers: [RollupService, RollupJobs, RollupsProcessor, RollupEventHandler],
  exports: [RollupService, RollupEventHandler],
})
export class FinanceWorkerModule {}
