import { paginate, SqlParams, type Page, type PageQuery } from '@tracker/api-conventions';
import type { Region as CatalogueRegion } from '@tracker/plan-parser';
import { SqlRepository } from '@tracker/platform';
import type { EntityManager } from 'typeorm';
import type { RegionView } from './http/region.views';

type Row = Record<string, unknown>;

export interface RegionFilter {
  level?: string;
  parentCode?: string;
  /** Part of the name, short name or full name. */
  q?: string;
  /** Only regions with plans in or under them. */
  withPlans?: boolean;
}

// Plans counted in their own region, its parent and its grandparent: the depth of every regionCode filter. Read from
// region_plan_counts, which triggers on plans (the plans feature's table) and on regions keep (migration
// 1763882400000); a region without a row has no plans.
const SELECT = `SELECT r.*, coalesce(c.plan_count, 0) AS plan_count FROM regions r LEFT JOIN region_plan_counts c ON c.code = r.code`;

/**
 * Notified by triggers on regions and region_plan_counts (migration 1763882500000) when a statement writes either:
 * what GET /regions answers may have changed (RegionListCache).
 */
export const REGIONS_CHANGED_CHANNEL = 'hct_regions_changed';

// Serialises replicas that start (and sync) against one database at the same time.
const SYNC_LOCK = 7243004;

/** The regions table (the GB/T 2260 division catalogue) and region_catalogue (which catalogue the table holds). */
export class RegionsRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  list(filter: RegionFilter, page: PageQuery): Promise<Page<RegionView>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (filter.level) where.push(`r.level = ${params.add(filter.level)}`);
    if (filter.parentCode) where.push(`r.parent_code = ${params.add(filter.parentCode)}`);
    if (filter.q) {
      const q = params.add(filter.q);
      where.push(`(strpos(r.name, ${q}) > 0 OR strpos(r.full_name, ${q}) > 0 OR strpos(r.short_name, ${q}) > 0)`);
    }
    if (filter.withPlans) where.push(`c.plan_count > 0`);
    return paginate(this.run, {
      select: SELECT,
      where,
      params,
      page,
      sortable: { code: { column: 'r.code', type: 'text', notNull: true }, name: { column: 'r.name', type: 'text', notNull: true } },
      defaultSort: 'code',
      idColumn: 'r.code',
      map: toRegionView,
    });
  }

  /** The region and those above it, the region first; empty when there is no such region. */
  async lineage(code: string): Promise<RegionView[]> {
    const rows = await this.rows(
      `WITH RECURSIVE lineage AS (
         SELECT r.code, 0 AS depth FROM regions r WHERE r.code = $1
         UNION ALL
         SELECT up.parent_code, l.depth + 1 FROM lineage l JOIN regions up ON up.code = l.code WHERE up.parent_code IS NOT NULL)
       ${SELECT} JOIN lineage l ON l.code = r.code ORDER BY l.depth`,
      [code],
    );
    return rows.map(toRegionView);
  }

  /** Regions whose plan count (region_plan_counts, kept by triggers on plans) differs from a count of the plans. */
  async planCountsDrift(): Promise<number> {
    return Number((await this.row<{ n: string }>(`SELECT region_plan_counts_drift() AS n`))!.n);
  }

  /** Recounts region_plan_counts from the plans, holding plan writers off until the transaction ends. */
  async recountPlanCounts(): Promise<void> {
    await this.db.query(`LOCK TABLE plans, regions IN SHARE MODE`);
    await this.db.query(`SELECT recount_region_plan_counts()`);
  }

  async exists(code: string): Promise<boolean> {
    return (await this.row(`SELECT 1 FROM regions WHERE code = $1`, [code])) !== null;
  }

  /**
   * Adds the divisions the table lacks and updates renamed or moved ones; returns the codes changed. One
   * statement: a division may come before its parent in the list, and foreign keys are checked at its end.
   */
  async upsert(regions: readonly CatalogueRegion[]): Promise<string[]> {
    const column = <K extends keyof CatalogueRegion>(key: K) => regions.map((region) => region[key]);
    const changed = await this.rows<{ code: string }>(
      `INSERT INTO regions (code, name, short_name, full_name, level, parent_code)
       SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::text[], $5::text[], $6::varchar[])
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, short_name = EXCLUDED.short_name,
              full_name = EXCLUDED.full_name, level = EXCLUDED.level, parent_code = EXCLUDED.parent_code
        WHERE (regions.name, regions.short_name, regions.full_name, regions.level, regions.parent_code)
              IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.short_name, EXCLUDED.full_name, EXCLUDED.level, EXCLUDED.parent_code)
       RETURNING code`,
      [column('code'), column('name'), column('shortName'), column('fullName'), column('level'), column('parentCode')],
    );
    return changed.map((row) => row.code);
  }

  /** Adds the divisions the table lacks, leaving existing ones as they are (an import's region and those above it). */
  async insertMissing(regions: readonly CatalogueRegion[]): Promise<void> {
    if (regions.length === 0) return;
    const column = <K extends keyof CatalogueRegion>(key: K) => regions.map((region) => region[key]);
    await this.db.query(
      `INSERT INTO regions (code, name, short_name, full_name, level, parent_code)
       SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::text[], $5::text[], $6::varchar[])
       ON CONFLICT (code) DO NOTHING`,
      [column('code'), column('name'), column('shortName'), column('fullName'), column('level'), column('parentCode')],
    );
  }

  /** Takes the catalogue sync's lock to the end of the transaction. */
  async lockCatalogue(): Promise<void> {
    await this.db.query(`SELECT pg_advisory_xact_lock(${SYNC_LOCK})`);
  }

  /** The checksum of the catalogue the table holds, or null. */
  async catalogueChecksum(): Promise<string | null> {
    return (await this.row<{ checksum: string }>(`SELECT checksum FROM region_catalogue`))?.checksum ?? null;
  }

  async recordCatalogue(source: string, checksum: string, regionCount: number): Promise<void> {
    await this.db.query(
      `INSERT INTO region_catalogue (source, checksum, region_count) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET source = EXCLUDED.source, checksum = EXCLUDED.checksum,
              region_count = EXCLUDED.region_count, synced_at = now()`,
      [source, checksum, regionCount],
    );
  }
}

export function toRegionView(row: Row): RegionView {
  return {
    code: row.code as string,
    name: row.name as string,
    shortName: (row.short_name as string | null) ?? (row.name as string),
    fullName: (row.full_name as string | null) ?? (row.name as string),
    level: row.level as string,
    parentCode: (row.parent_code as string | null) ?? null,
    planCount: row.plan_count as number,
  };
}
