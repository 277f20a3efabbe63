import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

type Fixture = Awaited<ReturnType<typeof createPortfolioFixture>>;

interface MyProject {
  id: string;
  name: string;
  institutionId: string;
  institutionName: string;
  attention: string;
  overdueMilestones: number;
  dueMilestones: number;
  unreportedReports: number;
  reportDueDate: string | null;
  nextMilestone: { id: string; name: string; plannedDate: string; overdue: boolean } | null;
  lastReportedPeriod: string | null;
}

/** Issue 16, 我的项目: a manager's institutions' projects, what is overdue, unreported and due first. */
describe('GET /me/projects', () => {
  let app: TestApp;
  let fixture: Fixture;
  let admin: Record<string, string>;
  let manager: Record<string, string>;
  const ids: Record<'overdue' | 'unreported' | 'due' | 'none', string> = { overdue: '', unreported: '', due: '', none: '' };

  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    fixture = await createPortfolioFixture(app.dataSource);
    admin = bearer(await createKey(app.dataSource, 'admin'));
    manager = bearer(await createKey(app.dataSource, 'manager', [fixture.hospital.id]));
    const [building, clinicWing, clinicProject] = fixture.projects;
    const create = async (name: string) =>
      (await app.http.post('/api/v1/projects').set(admin).send({ planId: fixture.plan.id, institutionId: fixture.hospital.id, name }).expect(201)).body
        .id as string;
    // Today in the plan's time zone, as the API counts it.
    const [{ inTen }] = await app.dataSource.query(`SELECT ((now() AT TIME ZONE time_zone)::date + 10)::text AS "inTen" FROM plans WHERE id = $1`, [
      fixture.plan.id,
    ]);
    const milestone = (projectId: string, name: string, plannedDate: string) =>
      app.http.post(`/api/v1/projects/${projectId}/milestones`).set(admin).send({ kind: 'custom', name, plannedDate }).expect(201);

    ids.overdue = building.id;
    await milestone(building.id, '开工', '2020-01-01');
    await milestone(building.id, '投入使用', '2099-01-01');
    ids.unreported = clinicWing.id;
    const [round] = await app.dataSource.query(
      `INSERT INTO reporting_rounds (period, due_date, closes_on, plan_id, time_zone) VALUES ('2026-10-01', '2099-11-05', '2099-11-30', $1, 'Asia/Shanghai') RETURNING id`,
      [fixture.plan.id],
    );
    await app.dataSource.query(`INSERT INTO round_reports (round_id, project_id, period, institution_id) VALUES ($1, $2, '2026-10-01', $3)`, [
      round.id,
      clinicWing.id,
      fixture.hospital.id,
    ]);
    await app.http.put(`/api/v1/projects/${clinicWing.id}/progress/2024-05`).set(admin).send({ completedInvestmentWan: 10, disbursedWan: 5 }).expect(201);
    ids.due = await create('门诊楼装修');
    await milestone(ids.due, '竣工验收', inTen);
    ids.none = await create('院区绿化');
    // Another institution's overdue project is not the manager's.
    await milestone(clinicProject.id, '开工', '2019-06-01');
  });
  afterAll(() => app.close());

  it('lists only the key’s institutions’ projects, overdue, then unreported, then due, then the rest', async () => {
    const response = await app.http.get('/api/v1/me/projects').set(manager).expect(200);
    const items = response.body.items as MyProject[];
    expect(items.map((p) => p.attention)).toEqual(['overdue', 'unreported', 'due', 'none']);
    expect(items.map((p) => p.id)).toEqual([ids.overdue, ids.unreported, ids.due, ids.none]);
    expect(items.every((p) => p.institutionId === fixture.hospital.id && p.institutionName === fixture.hospital.name)).toBe(true);
    expect(items[0]).toMatchObject({
      overdueMilestones: 1,
      dueMilestones: 0,
      unreportedReports: 0,
      nextMilestone: { name: '开工', plannedDate: '2020-01-01', overdue: true },
    });
    expect(items[1]).toMatchObject({ unreportedReports: 1, reportDueDate: '2099-11-05', lastReportedPeriod: '2024-05', nextMilestone: null });
    expect(items[2]).toMatchObject({ dueMilestones: 1, nextMilestone: { name: '竣工验收', overdue: false } });
    expect(items[3]).toMatchObject({ overdueMilestones: 0, dueMilestones: 0, unreportedReports: 0, nextMilestone: null });
  });

  it('moves a project down once its milestone is done, and pages in the same order', async () => {
    const [first, second] = await Promise.all([
      app.http.get('/api/v1/me/projects').query({ limit: 2 }).set(manager).expect(200),
      app.http.get('/api/v1/me/projects').query({ institutionId: fixture.hospital.id }).set(manager).expect(200),
    ]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const rest = await app.http.get('/api/v1/me/projects').query({ limit: 2, cursor: first.body.nextCursor }).set(manager).expect(200);
    expect([...first.body.items, ...rest.body.items].map((p: MyProject) => p.id)).toEqual(second.body.items.map((p: MyProject) => p.id));
    expect(rest.body.nextCursor).toBeNull();

    const milestones = (await app.http.get(`/api/v1/projects/${ids.due}/milestones`).set(admin).expect(200)).body.items as { id: string; version: number }[];
    await app.http.patch(`/api/v1/milestones/${milestones[0].id}`).set(admin).set('If-Match', `"${milestones[0].version}"`).send({ actualDate: '2024-01-02' }).expect(200);
    const after = (await app.http.get('/api/v1/me/projects').set(manager).expect(200)).body.items as MyProject[];
    expect(after.find((p) => p.id === ids.due)!.attention).toBe('none');
    expect(after.map((p) => p.attention)).toEqual(['overdue', 'unreported', 'none', 'none']);
  });

  it('is for managers, and only about their own institutions', async () => {
    await app.http.get('/api/v1/me/projects').set(admin).expect(403);
    await app.http.get('/api/v1/me/projects').expect(401);
    const elsewhere = await app.http.get('/api/v1/me/projects').query({ institutionId: fixture.clinic.id }).set(manager).set('Accept-Language', 'zh-CN').expect(403);
    expect(elsewhere.body.detail).toBe(`机构 ${fixture.clinic.id} 不在你的密钥范围内。`);
    await app.http.get('/api/v1/me/projects').query({ sort: 'name' }).set(manager).expect(400);
  });
});
