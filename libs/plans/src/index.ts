export * from './entities/region.entity';
export * from './entities/plan.entity';
export * from './entities/program.entity';
export * from './entities/institution.entity';
export * from './entities/bed-target.entity';
export * from './entities/indicator.entity';
export * from './plans.module';
