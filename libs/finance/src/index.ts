export * from './groupings';
export * from './finance.module';
export * from './rollups/rollup.service';
export * from './http/finance.service';
export { RollupEventHandler } from './jobs/rollup-event-handler';
export { RollupJobs } from './jobs/rollup-jobs';
