import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Regions become the whole division catalogue (GB/T 2260 codes), loaded after the migrations from the committed
 * seeds/regions/gb2260.json (see libs/regions: syncRegionCatalogue) instead of only the regions that plans named.
 * Each region gains the short name titles often use (罗江 for 罗江区) and the full name a person tells it apart by
 * (德阳市罗江区); `region_catalogue` records which catalogue the table holds, so an unchanged one is not re-applied.
 * Catalog-only changes: new nullable columns, a new table, an index on a table of a few thousand rows.
 */
export class RegionCatalogue1763880900000 implements MigrationInterface {
  name = 'RegionCatalogue1763880900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE regions ADD COLUMN short_name text, ADD COLUMN full_name text`);
    // Every regionCode filter walks down the tree by parent.
    await q.query(`CREATE INDEX regions_parent_idx ON regions (parent_code)`);
    await q.query(`
      CREATE TABLE region_catalogue (
        id           boolean PRIMARY KEY DEFAULT true CHECK (id),
        source       text NOT NULL,
        checksum     text NOT NULL,
        region_count integer NOT NULL CHECK (region_count >= 0),
        synced_at    timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE region_catalogue`);
    await q.query(`DROP INDEX regions_parent_idx`);
    await q.query(`ALTER TABLE regions DROP COLUMN full_name, DROP COLUMN short_name`);
  }
}
