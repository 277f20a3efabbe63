import { Injectable } from '@nestjs/common';
import { notFound, SerializedJson } from '@tracker/api-conventions';
import { RegionsRepository } from '../regions.repository';
import type { RegionListQuery } from './region.dto';
import { RegionListCache, regionListKey, type TaggedRegionPage } from './region-list-cache';
import type { RegionDetailView } from './region.views';

/** The division catalogue, with how many plans lie in each division. */
@Injectable()
export class RegionsService {
  constructor(
    private readonly regions: RegionsRepository,
    private readonly cache: RegionListCache,
  ) {}

  /** A page of the catalogue and its ETag, from this process's cache while no region or plan count has changed. */
  async list(query: RegionListQuery): Promise<TaggedRegionPage> {
    const key = regionListKey(query);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const generation = this.cache.generation;
    const page = await this.regions.list({ level: query.level, parentCode: query.parentCode, q: query.q, withPlans: query.withPlans }, query);
    return this.cache.keep(key, new SerializedJson(JSON.stringify(page)), generation);
  }

  async get(code: string): Promise<RegionDetailView> {
    const [own, ...ancestors] = await this.regions.lineage(code);
    if (!own) throw notFound(`No region with code ${code}.`, `没有代码为 ${code} 的行政区划。`);
    return { ...own, ancestors };
  }
}
