import { Module } from '@nestjs/common';
import { InstitutionsService } from './http/institutions.service';
import { PlansController } from './http/plans.controller';
import { PlansService } from './http/plans.service';

@Module({ controllers: [PlansController], providers: [PlansService, InstitutionsService], exports: [PlansService] })
export class PlansModule {}
