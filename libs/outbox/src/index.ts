export * from './outbox-event.entity';
export * from './outbox-relay';
export * from './event-router.processor';
