export * from './roles';
export * from './api-key-secret';
export * from './key-directory';
export * from './principal';
export * from './decorators';
export * from './api-key.guard';
