export * from './api-key.entity';
export * from './api-key-secret';
export * from './api-key.store';
