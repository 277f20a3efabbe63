export * from './notification.entity';
