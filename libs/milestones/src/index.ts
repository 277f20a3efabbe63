export * from './milestones.events';
export * from './milestone.types';
export * from './milestone-status';
export * from './milestones.module';
export * from './milestones.repository';
export * from './http/milestones.service';
export * from './http/milestone.views';
export * from './templates';
