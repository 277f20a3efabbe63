import { Module } from '@nestjs/common';
import { repositoryProviders } from '@tracker/platform';
import { RegionsModule } from '@tracker/regions';
import { CapacityController } from './capacity/capacity.controller';
import { CapacityRepository } from './capacity/capacity.repository';
import { CapacityService } from './capacity/capacity.service';
import { InstitutionsService } from './http/institutions.service';
import { PlansController } from './http/plans.controller';
import { PlansService } from './http/plans.service';
import { PlanWritesService } from './http/plan-writes.service';
import { InstitutionsRepository } from './institutions.repository';
import { PlansRepository } from './plans.repository';

/** Plans, their 专栏 programs, institutions, bed targets and indicators: the repositories and services. */
@Module({
  imports: [RegionsModule],
  providers: [
    ...repositoryProviders(PlansRepository, InstitutionsRepository, CapacityRepository),
    PlansService,
    PlanWritesService,
    InstitutionsService,
    CapacityService,
  ],
  exports: [PlansRepository, InstitutionsRepository, PlansService, PlanWritesService, InstitutionsService, CapacityService],
})
export class PlansModule {}

@Module({ imports: [PlansModule], controllers: [PlansController, CapacityController] })
export class PlansApiModule {}
