export * from './notifications.events';
export * from './notifications.types';
export * from './notifications.module';
export * from './notifications.repository';
export * from './jobs/reminder-scan';
export * from './jobs/reminder-jobs';
