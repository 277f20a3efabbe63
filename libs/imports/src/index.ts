export * from './import-report';
export * from './import-source';
export * from './plan-importer';
export * from './seed';
export * from './seed-bundles';
export * from './imports.module';
