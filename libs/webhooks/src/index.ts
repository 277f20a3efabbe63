export * from './webhook-subscription.entity';
export * from './webhook-delivery.entity';
export * from './webhooks.module';
export * from './delivery/webhook-event-handler';
export * from './delivery/send-webhook';
export * from './delivery/target-guard';
