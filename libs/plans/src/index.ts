export * from './plans.events';
export * from './plans.module';
export * from './plans.repository';
export * from './institutions.repository';
export * from './http/plan.dto';
export * from './http/plan-writes.service';
export * from './http/plan.views';
