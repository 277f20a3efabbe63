import { Module } from '@nestjs/common';
import { repositoryProviders } from '@tracker/platform';
import { RegionsController } from './http/regions.controller';
import { RegionListCache } from './http/region-list-cache';
import { RegionsService } from './http/regions.service';
import { RegionsRepository } from './regions.repository';

/** The GB/T 2260 division catalogue. */
@Module({ providers: [...repositoryProviders(RegionsRepository), RegionsService, RegionListCache], exports: [RegionsRepository, RegionsService] })
export class RegionsModule {}

@Module({ imports: [RegionsModule], controllers: [RegionsController] })
export class RegionsApiModule {}
