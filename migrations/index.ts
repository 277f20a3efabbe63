import { InitialSchema1763880000000 } from './1763880000000-initial-schema';
import { ProjectSearch1763880100000 } from './1763880100000-project-search';
import { FinanceRollups1763880200000 } from './1763880200000-finance-rollups';
import { IdempotentLocation1763880300000 } from './1763880300000-idempotent-location';
import { OutboxHandled1763880400000 } from './1763880400000-outbox-handled';
import { FinancePortfolioTotals1763880500000 } from './1763880500000-finance-portfolio-totals';
import { MilestoneNextReminder1763880600000 } from './1763880600000-milestone-next-reminder';
import { LostJobRecovery1763880700000 } from './1763880700000-lost-job-recovery';
import { ProvinceParents1763880800000 } from './1763880800000-province-parents';

/** Every migration, oldest first. Listed explicitly (not globbed) so the same list works compiled and under Jest. */
export const migrations = [
  InitialSchema1763880000000,
  ProjectSearch1763880100000,
  FinanceRollups1763880200000,
  IdempotentLocation1763880300000,
  OutboxHandled1763880400000,
  FinancePortfolioTotals1763880500000,
  MilestoneNextReminder1763880600000,
  LostJobRecovery1763880700000,
  ProvinceParents1763880800000,
];
