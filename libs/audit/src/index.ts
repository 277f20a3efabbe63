export * from './audit-entry.entity';
export * from './change-recorder';
