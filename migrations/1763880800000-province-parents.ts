import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports stored a plan's region and its parent, but not the province above a city, so a province-wide filter
 * missed most of its plans. This adds the province of every stored city that has no parent and links the city to
 * it; the importer now does the same for new plans. Provinces are GB/T 2260's, by the first two digits of the code.
 */
// GB/T 2260's provincial-level divisions, copied here so that this migration does what it did when it was written
// whatever later becomes of the importer's list (libs/plan-parser/src/metadata/regions.ts).
const PROVINCES: [string, string][] = [
  ['110000', '北京市'], ['120000', '天津市'], ['130000', '河北省'], ['140000', '山西省'], ['150000', '内蒙古自治区'],
  ['210000', '辽宁省'], ['220000', '吉林省'], ['230000', '黑龙江省'],
  ['310000', '上海市'], ['320000', '江苏省'], ['330000', '浙江省'], ['340000', '安徽省'], ['350000', '福建省'],
  ['360000', '江西省'], ['370000', '山东省'],
  ['410000', '河南省'], ['420000', '湖北省'], ['430000', '湖南省'], ['440000', '广东省'], ['450000', '广西壮族自治区'],
  ['460000', '海南省'],
  ['500000', '重庆市'], ['510000', '四川省'], ['520000', '贵州省'], ['530000', '云南省'], ['540000', '西藏自治区'],
  ['610000', '陕西省'], ['620000', '甘肃省'], ['630000', '青海省'], ['640000', '宁夏回族自治区'], ['650000', '新疆维吾尔自治区'],
  ['710000', '台湾省'], ['810000', '香港特别行政区'], ['820000', '澳门特别行政区'],
];

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
      [PROVINCES.map(([code]) => code), PROVINCES.map(([, name]) => name)],
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
