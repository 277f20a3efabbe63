export * from './audit.repository';
export * from './change-recorder';
export * from './audit.module';
export * from './archive/archive-file';
export * from './archive/audit-archive';
