export * from './problem-details';
export * from './validation';
export * from './pagination';
export * from './concurrency';
export * from './idempotency.interceptor';
export * from './rate-limit';
export * from './decimal';
export * from './problem-responses';
