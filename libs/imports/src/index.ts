export * from './import-report';
export * from './import-source';
export * from './plan-importer';
export * from './seed';
export * from './imports.module';
