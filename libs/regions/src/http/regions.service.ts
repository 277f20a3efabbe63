import { Injectable } from '@nestjs/common';
import { notFound, type Page } from '@tracker/api-conventions';
import { RegionsRepository } from '../regions.repository';
import type { RegionListQuery } from './region.dto';
import type { RegionDetailView, RegionView } from './region.views';

/** The division catalogue, with how many plans lie in each division. */
@Injectable()
export class RegionsService {
  constructor(private readonly regions: RegionsRepository) {}

  list(query: RegionListQuery): Promise<Page<RegionView>> {
    return this.regions.list({ level: query.level, parentCode: query.parentCode, q: query.q, withPlans: query.withPlans }, query);
  }

  async get(code: string): Promise<RegionDetailView> {
    const [own, ...ancestors] = await this.regions.lineage(code);
    if (!own) throw notFound(`No region with code ${code}.`, `没有代码为 ${code} 的行政区划。`);
    return { ...own, ancestors };
  }
}
