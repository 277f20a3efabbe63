import { Module } from '@nestjs/common';
import { MilestonesController } from './http/milestones.controller';
import { MilestonesService } from './http/milestones.service';

@Module({ controllers: [MilestonesController], providers: [MilestonesService], exports: [MilestonesService] })
export class MilestonesModule {}
