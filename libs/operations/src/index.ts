export * from './operations.module';
export * from './metrics/metrics-registry';
export * from './metrics/http-metrics';
export * from './metrics/metrics-server';
export * from './retention/retention.service';
export * from './retention/retention-jobs';
