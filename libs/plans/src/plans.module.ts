import { Module } from '@nestjs/common';
import { CapacityController } from './capacity/capacity.controller';
import { CapacityService } from './capacity/capacity.service';
import { InstitutionsService } from './http/institutions.service';
import { PlansController } from './http/plans.controller';
import { PlansService } from './http/plans.service';

@Module({
  controllers: [PlansController, CapacityController],
  providers: [PlansService, InstitutionsService, CapacityService],
  exports: [PlansService],
})
export class PlansModule {}
