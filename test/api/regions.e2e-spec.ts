import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createKey } from '../support/fixtures';
import { startTestAppOnFreshDatabase, type TestApp } from '../support/test-app';

// A database of its own: plan counts per region are only exact when no other file's plans are in it. Its regions
// are the division catalogue, loaded as migrate loads it.
describe('/api/v1/regions, and the region tree every regionCode filter means', () => {
  let app: TestApp;
  let viewer: Record<string, string>;
  beforeAll(async () => {
    app = await startTestAppOnFreshDatabase('regions');
    viewer = bearer(await createKey(app.dataSource, 'viewer'));
    // A city plan and a county plan under 泸州市, a district plan under 德阳市.
    await app.dataSource.query(
      `INSERT INTO plans (code, title, region_code, period_start, period_end, source_file, source_line) VALUES
         ('510500-2021-2025', '泸州市规划', '510500', 2021, 2025, 'a.txt', 1),
         ('510521-2021-2025', '泸县规划', '510521', 2021, 2025, 'b.txt', 1),
         ('510604-2021-2025', '罗江区规划', '510604', 2021, 2025, 'c.txt', 1)`,
    );
  });
  afterAll(() => app.close());

  it('holds the whole division catalogue, each with its short and full names', async () => {
    const [{ regions, provinces, cities, counties }] = await app.dataSource.query(
      `SELECT count(*)::int AS regions, count(*) FILTER (WHERE level = 'province')::int AS provinces,
              count(*) FILTER (WHERE level = 'city')::int AS cities, count(*) FILTER (WHERE level IN ('county', 'district'))::int AS counties
         FROM regions`,
    );
    expect({ regions, provinces, cities }).toEqual({ regions: 3217, provinces: 34, cities: 333 });
    expect(counties).toBe(regions - provinces - cities);
    const luojiang = await app.http.get('/api/v1/regions/510604').set(viewer).expect(200);
    expect(luojiang.body).toEqual({
      code: '510604', name: '罗江区', shortName: '罗江', fullName: '德阳市罗江区', level: 'district', parentCode: '510600', planCount: 1,
      ancestors: [
        { code: '510600', name: '德阳市', shortName: '德阳', fullName: '德阳市', level: 'city', parentCode: '510000', planCount: 1 },
        { code: '510000', name: '四川省', shortName: '四川', fullName: '四川省', level: 'province', parentCode: null, planCount: 3 },
      ],
    });
    await app.http.get('/api/v1/regions/999999').set(viewer).expect(404);
    await app.http.get('/api/v1/regions/51060').set(viewer).expect(400);
  });

  it('counts the plans in each region and the regions under it', async () => {
    const response = await app.http.get('/api/v1/regions').query({ withPlans: 'true' }).set(viewer).expect(200);
    const counts = Object.fromEntries(response.body.items.map((r: { code: string; planCount: number }) => [r.code, r.planCount]));
    expect(counts).toEqual({ '510000': 3, '510500': 2, '510521': 1, '510600': 1, '510604': 1 });
    expect(response.body.items[0]).toEqual({ code: '510000', name: '四川省', shortName: '四川', fullName: '四川省', level: 'province', parentCode: null, planCount: 3 });
    expect(response.body.nextCursor).toBeNull();
    const ningxia = await app.http.get('/api/v1/regions').query({ q: '宁夏', level: 'province' }).set(viewer).expect(200);
    expect(ningxia.body.items).toEqual([expect.objectContaining({ code: '640000', shortName: '宁夏', planCount: 0 })]);
  });

  it('filters by level, parent and any form of the name', async () => {
    const codes = async (query: Record<string, string>) =>
      (await app.http.get('/api/v1/regions').query({ limit: '500', ...query }).set(viewer).expect(200)).body.items.map((r: { code: string }) => r.code);
    expect(await codes({ level: 'city', withPlans: 'true' })).toEqual(['510500', '510600']);
    expect(await codes({ parentCode: '510600' })).toEqual(['510603', '510604', '510623', '510681', '510682', '510683']);
    expect(await codes({ q: '罗江' })).toEqual(['510604']);
    expect(await codes({ q: '德阳市罗江' })).toEqual(['510604']);
    expect(await codes({ q: '市中区' })).toEqual(['370103', '370402', '511002', '511102']);
  });

  /** Every region, page by page through the cursors, as the given field. */
  const pageThrough = async (sort: string, limit: number, field: 'code' | 'name', filters: Record<string, string> = {}) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = { limit, sort, ...filters, ...(cursor ? { cursor } : {}) };
      const page = await app.http.get('/api/v1/regions').query(query).set(viewer).expect(200);
      seen.push(...page.body.items.map((r: Record<string, string>) => r[field]));
      cursor = page.body.nextCursor;
    } while (cursor);
    return seen;
  };

  it('pages by keyset without repeating or skipping a region', async () => {
    const all = (await app.http.get('/api/v1/regions').query({ parentCode: '510000', limit: '500', sort: '-code' }).set(viewer).expect(200)).body.items;
    expect(await pageThrough('-code', 4, 'code', { parentCode: '510000' })).toEqual(all.map((r: { code: string }) => r.code));
    expect(all).toHaveLength(21);
  });

  it('lists the plans of a region including those of the regions under it', async () => {
    const planCodes = async (regionCode: string) =>
      (await app.http.get('/api/v1/plans').query({ regionCode }).set(viewer).expect(200)).body.items.map((p: { code: string }) => p.code);
    expect(await planCodes('510000')).toEqual(['510500-2021-2025', '510521-2021-2025', '510604-2021-2025']);
    expect(await planCodes('510500')).toEqual(['510500-2021-2025', '510521-2021-2025']);
    expect(await planCodes('510604')).toEqual(['510604-2021-2025']);
    expect(await planCodes('640000')).toEqual([]);
  });

  it('means the same tree in every regionCode filter: institutions, projects, milestones and finance', async () => {
    const [county, district] = await app.dataSource.query(
      `INSERT INTO institutions (name, region_code, category) VALUES ('泸县人民医院', '510521', 'general_hospital'),
              ('罗江区人民医院', '510604', 'general_hospital') RETURNING id`,
    );
    const projects = await app.dataSource.query(
      `INSERT INTO projects (code, plan_id, institution_id, region_code, name, investment_wan, build_type, start_year, end_year, source_file, source_line)
       SELECT v.code, pl.id, v.institution_id::uuid, pl.region_code, v.name, v.investment::numeric, 'new', 2021, 2025, 'x.txt', 1
         FROM (VALUES ('510521-P1', '510521-2021-2025', $1, '泸县医院门诊楼', '1200.50'),
                      ('510604-P1', '510604-2021-2025', $2, '罗江医院传染病区', '800.25')) AS v (code, plan_code, institution_id, name, investment)
         JOIN plans pl ON pl.code = v.plan_code RETURNING id`,
      [county.id, district.id],
    );
    await app.dataSource.query(
      `INSERT INTO milestones (project_id, kind, name, planned_date) SELECT id, 'groundbreaking', '开工', '2025-03-01' FROM projects WHERE id = ANY($1::uuid[])`,
      [projects.map((p: { id: string }) => p.id)],
    );
    const count = async (path: string, regionCode: string) =>
      (await app.http.get(`/api/v1/${path}`).query({ regionCode }).set(viewer).expect(200)).body.items.length;
    for (const path of ['institutions', 'projects', 'milestones']) {
      expect([path, await count(path, '510000'), await count(path, '510500'), await count(path, '510604')]).toEqual([path, 2, 1, 1]);
    }
    const totals = await app.http.get('/api/v1/finance/totals').query({ regionCode: '510000', groupBy: 'plan' }).set(viewer).expect(200);
    expect(totals.body.total).toMatchObject({ projectCount: 2, investmentWan: 2000.75 });

    // Bed targets and indicators, and the capacity built on them, are scoped by their plan's region.
    await app.dataSource.query(
      `INSERT INTO bed_targets (plan_id, subject, subject_kind, baseline_year, target_year, baseline_beds, target_beds)
       SELECT id, '医疗机构床位', 'category', 2020, 2025, 100, 150 FROM plans WHERE code IN ('510521-2021-2025', '510604-2021-2025')`,
    );
    await app.dataSource.query(
      `INSERT INTO indicators (plan_id, position, name) SELECT id, 1, '每千人口医疗卫生机构床位数' FROM plans WHERE code = '510521-2021-2025'`,
    );
    for (const path of ['beds', 'indicators']) {
      expect([path, await count(path, '510000'), await count(path, '510500'), await count(path, '510600')]).toEqual(
        path === 'beds' ? [path, 2, 1, 1] : [path, 1, 1, 0],
      );
    }
    const capacity = await app.http.get('/api/v1/beds/capacity').query({ regionCode: '510500' }).set(viewer).expect(200);
    expect(capacity.body.items.map((plan: { regionName: string }) => plan.regionName).sort()).toEqual(['泸州市', '泸州市泸县']);
  });

  it('pages by name too, each page continuing where the last stopped', async () => {
    const all = (await app.http.get('/api/v1/regions').query({ sort: 'name', parentCode: '510500', limit: '500' }).set(viewer).expect(200)).body.items.map(
      (r: { name: string }) => r.name,
    );
    const paged = await pageThrough('name', 2, 'name', { parentCode: '510500' });
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(7);
  });

  it('names the field of a bad filter and needs a key', async () => {
    const response = await app.http.get('/api/v1/regions').query({ level: 'town' }).set(viewer).expect(400);
    expect(response.body.errors).toEqual([{ field: 'level', message: expect.stringMatching(/province, city, district, county/) }]);
    await app.http.get('/api/v1/regions').query({ sort: 'planCount' }).set(viewer).expect(400);
    await app.http.get('/api/v1/regions').expect(401);
  });
});
