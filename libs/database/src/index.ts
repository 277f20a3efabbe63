export * from './entities';
export * from './data-source';
export * from './with-data-source';
export * from './query-rows';
export * from './region-tree';
