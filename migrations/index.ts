import { InitialSchema1763880000000 } from './1763880000000-initial-schema';
import { ProjectSearch1763880100000 } from './1763880100000-project-search';
import { FinanceRollups1763880200000 } from './1763880200000-finance-rollups';
import { IdempotentLocation1763880300000 } from './1763880300000-idempotent-location';
import { OutboxHandled1763880400000 } from './1763880400000-outbox-handled';
import { FinancePortfolioTotals1763880500000 } from './1763880500000-finance-portfolio-totals';
import { MilestoneNextReminder1763880600000 } from './1763880600000-milestone-next-reminder';
import { LostJobRecovery1763880700000 } from './1763880700000-lost-job-recovery';
import { ProvinceParents1763880800000 } from './1763880800000-province-parents';
import { RegionCatalogue1763880900000 } from './1763880900000-region-catalogue';
import { AnnualPlans1763881000000 } from './1763881000000-annual-plans';
import { ReportingRounds1763881100000 } from './1763881100000-reporting-rounds';
import { OperationsIndexes1763881900000 } from './1763881900000-operations-indexes';
import { ApiKeyVersion1763882000000 } from './1763882000000-api-key-version';
import { NotificationsResolved1763882100000 } from './1763882100000-notifications-resolved';
import { IdempotencyClaimToken1763882200000 } from './1763882200000-idempotency-claim-token';
import { ProgressYearAmounts1763882300000 } from './1763882300000-progress-year-amounts';
import { RegionPlanCounts1763882400000 } from './1763882400000-region-plan-counts';
import { RegionsChangedNotify1763882500000 } from './1763882500000-regions-changed-notify';
import { FinancePaceRollups1763882600000 } from './1763882600000-finance-pace-rollups';

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
  RegionCatalogue1763880900000,
  AnnualPlans1763881000000,
  ReportingRounds1763881100000,
  OperationsIndexes1763881900000,
  ApiKeyVersion1763882000000,
  NotificationsResolved1763882100000,
  IdempotencyClaimToken1763882200000,
  ProgressYearAmounts1763882300000,
  RegionPlanCounts1763882400000,
  RegionsChangedNotify1763882500000,
  FinancePaceRollups1763882600000,
];
