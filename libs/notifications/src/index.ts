export * from './notification.entity';
export * from './notifications.module';
export * from './reminders/reminder-scan';
export * from './reminders/reminder-jobs';
