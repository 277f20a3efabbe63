export * from './milestone.entity';
export * from './milestone-status';
