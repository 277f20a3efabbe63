export * from './api-keys.events';
export * from './api-keys.repository';
export * from './api-keys.service';
export * from './api-keys.module';
export * from './http/api-key.views';
export * from './key-revocation-listener';
