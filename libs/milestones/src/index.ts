export * from './milestone.entity';
export * from './milestone-status';
export * from './milestones.module';
export * from './http/milestones.service';
export * from './http/milestone.views';
export * from './templates';
