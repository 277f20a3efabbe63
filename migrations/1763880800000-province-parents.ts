import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ALL_PROVINCES } from '../libs/plan-parser/src/metadata/regions';

/**
 * Imports stored a plan's region and its parent, but not the province above a city, so a province-wide filter
 * missed most of its plans. This adds the province of every stored city that has no parent and links the city to
 * it; the importer now does the same for new plans. Provinces are GB/T 2260's, by the first two digits of the code.
 */
export class ProvinceParents1763880800000 implements MigrationInterface {
  name = 'ProvinceParents1763880800000';

  async up(q: QueryRunner): Promise<void> {
    // Cities (codes ending in 00, not 0000) stored without a parent.
    const orphanCity = `c.parent_code IS NULL AND c.level <> 'province' AND c.code LIKE '%00' AND c.code NOT LIKE '%0000'`;
    await q.query(
      `INSERT INTO regions (code, name, level)
       SELECT p.code, p.name, 'province' FROM unnest($1::text[], $2::text[]) AS p (code, name)
        WHERE EXISTS (SELECT 1 FROM regions c WHERE ${orphanCity} AND left(c.code, 2) = left(p.code, 2))
       ON CONFLICT (code) DO NOTHING`,
      [ALL_PROVINCES.map((p) => p.code), ALL_PROVINCES.map((p) => p.name)],
    );
    await q.query(
      `UPDATE regions c SET parent_code = left(c.code, 2) || '0000'
        WHERE ${orphanCity} AND EXISTS (SELECT 1 FROM regions p WHERE p.code = left(c.code, 2) || '0000' AND p.level = 'province')`,
    );
  }

  async down(): Promise<void> {
    // The provinces and links are facts, not schema: leaving them is harmless, and removing them could remove a
    // province an import added since.
  }
}
