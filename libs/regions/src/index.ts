export * from './region-catalogue';
export * from './sync-region-catalogue';
export * from './regions.repository';
export * from './regions.module';
export * from './http/region.views';
export * from './region-tree';
export { RegionListCache } from './http/region-list-cache';
