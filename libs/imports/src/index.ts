export * from './import-report';
export * from './import-source';
export * from './import-file';
export * from './plan-importer';
export * from './project-matcher';
export * from './seed';
export * from './seed-bundles';
export * from './imports.module';
