import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadSeeds } from '../../libs/imports/src/seed';
import { bearer, createKey } from '../support/fixtures';
import { startTestAppOnFreshDatabase, type TestApp } from '../support/test-app';

interface Added {
  planned: number;
  underConstruction: number;
  inService: number;
  total: number;
}
interface Category {
  category: string;
  baselineBeds: number | null;
  targetBeds: number | null;
  addedBeds: Added;
  projectedBeds: number | null;
  reachesTarget: boolean | null;
  subjects: { subject: string; baselineBedsText: string | null; targetBedsText: string | null }[];
}
interface PlanCapacity {
  planId: string;
  planCode: string;
  regionCode: string;
  regionName: string;
  totals: Omit<Category, 'category' | 'subjects'> & { basis: string };
  bedsPerThousand: Record<string, unknown> | null;
  categories: Category[];
}

const planned = (beds: number): Added => ({ planned: beds, underConstruction: 0, inService: 0, total: beds });

describe('/api/v1/beds/capacity', () => {
  let app: TestApp;
  let viewer: Record<string, string>;
  let luojiang: string;
  beforeAll(async () => {
    app = await startTestAppOnFreshDatabase('capacity', { RATE_LIMIT_PER_MINUTE: '100000' });
    await loadSeeds(app.dataSource, process.cwd());
    viewer = bearer(await createKey(app.dataSource, 'viewer'));
    [{ id: luojiang }] = await app.dataSource.query(`SELECT id FROM plans WHERE code = '510604-2021-2025'`);
  });
  afterAll(() => app.close());

  const capacity = async (query: Record<string, string>): Promise<PlanCapacity[]> =>
    (await app.http.get('/api/v1/beds/capacity').query(query).set(viewer).expect(200)).body.items;
  const luojiangCapacity = async () => (await capacity({ planId: luojiang }))[0];
  const category = (plan: PlanCapacity, name: string) => plan.categories.find((c) => c.category === name);
  const setStatus = (project: string, status: string) =>
    app.dataSource.query(`UPDATE projects SET status = $1 WHERE plan_id = $2 AND name = $3`, [status, luojiang, project]);

  it('sets 罗江’s 专栏4 per category against the beds its projects add', async () => {
    const plan = await luojiangCapacity();
    expect(plan).toMatchObject({ planCode: '510604-2021-2025', regionCode: '510604', regionName: '德阳市罗江区' });
    expect(plan.categories.map(({ subjects: _, ...figures }) => figures)).toEqual([
      // 县级综合医院 499 → 600 and the hospital's 传染病区 (new, 100); its 传染病区建设项目 adds 100, and the 心身医学中心
      // the text plans on its 精神病区 (curated) 100 more.
      { category: 'general_hospital', baselineBeds: 499, targetBeds: 700, addedBeds: planned(200), projectedBeds: 699, reachesTarget: false },
      // 中医医院 120 → 400; the 中医医院分院建设项目 adds 400.
      { category: 'tcm_hospital', baselineBeds: 120, targetBeds: 400, addedBeds: planned(400), projectedBeds: 520, reachesTarget: true },
      // 乡镇卫生院 330 → 330; the 康养 projects of 调元 (30), 鄢家 (100) and 略坪 (60).
      { category: 'township_health_center', baselineBeds: 330, targetBeds: 330, addedBeds: planned(190), projectedBeds: 520, reachesTarget: true },
      // 社区卫生服务中心 20 → 20 and 社区卫生服务站 0 → 0.
      { category: 'community_health_center', baselineBeds: 20, targetBeds: 20, addedBeds: planned(0), projectedBeds: 20, reachesTarget: true },
      { category: 'village_clinic', baselineBeds: 0, targetBeds: 0, addedBeds: planned(0), projectedBeds: 0, reachesTarget: true },
      { category: 'public_health', baselineBeds: 30, targetBeds: 50, addedBeds: planned(0), projectedBeds: 30, reachesTarget: false },
      // 社会办医: 95 beds, 不设上限.
      { category: 'other', baselineBeds: 95, targetBeds: null, addedBeds: planned(0), projectedBeds: 95, reachesTarget: null },
    ]);
    expect(category(plan, 'general_hospital')?.subjects).toEqual([
      expect.objectContaining({ subject: '县级综合医院', baselineBedsText: '499', targetBedsText: '600（含金山100张）' }),
      expect.objectContaining({ subject: '传染病区', baselineBedsText: null, targetBedsText: '100' }),
      expect.objectContaining({ subject: '精神病区', baselineBedsText: '纳入区人民医院总床位数', targetBedsText: '纳入区人民医院总床位数' }),
    ]);
    expect(category(plan, 'other')?.subjects).toEqual([
      expect.objectContaining({ subject: '社会办医（不含诊所）', targetBedsText: '不设上限', source: { file: '003_4027c28a8168d5a8.txt', line: 636 } }),
    ]);
  });

  it('totals the plan as its 合计 row does, with every bed its projects add', async () => {
    const plan = await luojiangCapacity();
    const [{ beds }] = await app.dataSource.query(`SELECT sum(beds)::int AS beds FROM projects WHERE plan_id = $1`, [luojiang]);
    // The tables' 690, and the 100 of the 罗江康养中心 and the 100 of the 心身医学中心 the text plans (curated).
    expect(beds).toBe(890);
    expect(plan.totals).toEqual({
      baselineBeds: 1094,
      targetBeds: 1500,
      addedBeds: planned(890),
      projectedBeds: 1984,
      reachesTarget: true,
      basis: 'subjects',
    });
  });

  it('projects the beds per 1,000 residents from the baseline ratio', async () => {
    const plan = await luojiangCapacity();
    // 4.7 × 1984 / 1094 = 8.523…: the population implied by 4.7 ‰ at 1094 beds, held constant.
    expect(plan.bedsPerThousand).toEqual({
      indicator: '每千常住人口医疗卫生机构床位数',
      unit: '张',
      baseline: 4.7,
      baselineText: '4.7(1094张）',
      target: 6.5,
      targetText: '6.5（民营不设上限）',
      projected: 8.52,
      reachesTarget: true,
      source: { file: '003_4027c28a8168d5a8.txt', line: 288 },
    });
  });

  it('moves a project’s beds between the stages as its status changes', async () => {
    const infectious = '传染病区建设项目';
    const tcmBranch = '德阳市罗江区中医医院分院建设项目';
    try {
      await setStatus(infectious, 'under_construction');
      await setStatus(tcmBranch, 'in_service');
      let plan = await luojiangCapacity();
      expect(category(plan, 'general_hospital')?.addedBeds).toEqual({ planned: 100, underConstruction: 100, inService: 0, total: 200 });
      expect(category(plan, 'tcm_hospital')?.addedBeds).toEqual({ planned: 0, underConstruction: 0, inService: 400, total: 400 });
      expect(plan.totals.addedBeds).toEqual({ planned: 390, underConstruction: 100, inService: 400, total: 890 });

      await setStatus(infectious, 'completed');
      await setStatus(tcmBranch, 'preparing');
      plan = await luojiangCapacity();
      expect(category(plan, 'general_hospital')?.addedBeds).toEqual({ planned: 100, underConstruction: 0, inService: 100, total: 200 });
      expect(category(plan, 'tcm_hospital')?.addedBeds).toEqual(planned(400));

      // Suspended and cancelled projects add nothing: the 分院 no longer carries 中医 or the plan past its targets.
      await setStatus(tcmBranch, 'suspended');
      await setStatus(infectious, 'cancelled');
      plan = await luojiangCapacity();
      expect(category(plan, 'tcm_hospital')).toMatchObject({ addedBeds: planned(0), projectedBeds: 120, reachesTarget: false });
      expect(category(plan, 'general_hospital')).toMatchObject({ addedBeds: planned(100), projectedBeds: 599 });
      expect(plan.totals).toMatchObject({ addedBeds: planned(390), projectedBeds: 1484, reachesTarget: false });
      // 4.7 × 1484 / 1094 = 6.375…
      expect(plan.bedsPerThousand).toMatchObject({ projected: 6.38, reachesTarget: false });
    } finally {
      await setStatus(infectious, 'planned');
      await setStatus(tcmBranch, 'planned');
    }
  });

  it('puts the rows that name institutions (乐山’s 表2) in their institutions’ categories', async () => {
    const [leshan] = await capacity({ regionCode: '511102' });
    expect(leshan.planCode).toBe('511102-2021-2025');
    // No baseline in the table: nothing to project from, so no verdict either.
    expect(leshan.categories.map((c) => [c.category, c.baselineBeds, c.targetBeds, c.projectedBeds, c.reachesTarget])).toEqual([
      ['general_hospital', null, 1300, null, null],
      ['tcm_hospital', null, 500, null, null],
      ['maternal_child', null, 300, null, null],
      ['township_health_center', null, 570, null, null],
    ]);
    expect(leshan.totals).toMatchObject({ baselineBeds: null, targetBeds: 2670, basis: 'subjects' });
    expect(leshan.bedsPerThousand).toMatchObject({ indicator: '每千人口医疗卫生机构床位数', baseline: null, target: 9, projected: null, reachesTarget: null });
  });

  it('answers every plan in scope, by code', async () => {
    const all = await capacity({});
    expect(all.map((p) => p.planCode)).toEqual(['510400-2021-2025', '510521-2021-2025', '510604-2021-2025', '511102-2021-2025', '640221-2021-2025']);
    const pingluo = all.find((p) => p.planCode === '640221-2021-2025');
    expect(pingluo).toMatchObject({ categories: [], totals: { baselineBeds: null, basis: 'none' } });
    expect(pingluo?.bedsPerThousand).toMatchObject({ baseline: 4.85, target: 5.58, projected: null });
    expect(await capacity({ planId: '00000000-0000-4000-8000-000000000000' })).toEqual([]);
  });

  it('leaves GET /beds to the bed-target rows', async () => {
    const rows = await app.http.get('/api/v1/beds').query({ planId: luojiang }).set(viewer).expect(200);
    expect(rows.body.items).toHaveLength(10);
    expect(rows.body.items[0]).toMatchObject({ subject: '县级综合医院', baselineBeds: 499, targetBeds: 600 });
  });

  it('is documented in the OpenAPI document with its derivations and problem responses', async () => {
    const document = (await app.http.get('/openapi.json').expect(200)).body;
    const operation = document.paths['/api/v1/beds/capacity'].get;
    expect(operation.summary).toMatch(/Bed capacity/);
    expect(operation.description).toMatch(/baseline ratio × `totals.projectedBeds` \/ `totals.baselineBeds`/);
    expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '403', '429']);
    const query = operation.parameters.filter((p: { in: string }) => p.in === 'query');
    expect(query.map((p: { name: string }) => p.name).sort()).toEqual(['planId', 'regionCode']);
  });

  it('refuses a malformed planId with a problem naming the field, and a request without a key', async () => {
    const bad = await app.http.get('/api/v1/beds/capacity').query({ planId: 'luojiang' }).set(viewer).expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: 'planId' })] });
    await app.http.get('/api/v1/beds/capacity').query({ regionCode: '5106' }).set(viewer).expect(400);
    const anonymous = await app.http.get('/api/v1/beds/capacity').expect(401);
    expect(anonymous.body).toMatchObject({ status: 401 });
  });
});
