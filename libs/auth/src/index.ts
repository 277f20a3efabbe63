export * from './api-key.entity';
export * from './api-key-secret';
export * from './api-key.store';
export * from './principal';
export * from './decorators';
export * from './api-key.guard';
export * from './keys.controller';
export * from './me.controller';
