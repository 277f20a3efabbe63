export * from './webhooks.events';
export * from './webhook.types';
export * from './webhooks.module';
export * from './webhooks.repository';
export * from './jobs/webhook-event-handler';
export * from './jobs/send-webhook';
export * from './jobs/target-guard';
export * from './jobs/target-address';
