import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

type Fixture = Awaited<ReturnType<typeof createPortfolioFixture>>;
type Headers = Record<string, string>;

describe('problems (存在问题)', () => {
  let app: TestApp;
  let fixture: Fixture;
  let finance: Headers;
  let viewer: Headers;
  let hospitalManager: Headers;

  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    fixture = await createPortfolioFixture(app.dataSource);
    finance = bearer(await createKey(app.dataSource, 'finance'));
    viewer = bearer(await createKey(app.dataSource, 'viewer'));
    hospitalManager = bearer(await createKey(app.dataSource, 'manager', [fixture.hospital.id]));
  });
  afterAll(() => app.close());

  const ids = (body: { items: { id: string }[] }) => body.items.map((p) => p.id).sort();

  it('records, lists with filters, and resolves a project’s problems, each step audited and announced', async () => {
    const [building, , clinicProject] = fixture.projects;
    const create = (projectId: string, body: Record<string, unknown>, who = hospitalManager) =>
      app.http.post(`/api/v1/projects/${projectId}/problems`).set(who).send(body);

    const land = await create(building.id, { category: 'land', description: '用地指标尚未落实', responsibleUnit: '区自然资源局', dueDate: '2022-03-31' }).expect(201);
    expect(land.headers.location).toBe(`/api/v1/problems/${land.body.id}`);
    expect(land.body).toMatchObject({ category: 'land', categoryName: '用地', status: 'open', overdue: true, version: 1, projectId: building.id });
    const funding = await create(building.id, { category: 'funding', description: '中央预算内资金尚未下达', dueDate: '2099-12-31' }).expect(201);
    expect(funding.body.overdue).toBe(false);
    const clinic = await create(clinicProject.id, { category: 'construction', description: '施工单位进场延迟' }, finance).expect(201);

    // A manager records problems of their own institution's projects only; a viewer records none.
    await create(clinicProject.id, { category: 'other', description: '其他' }).expect(403);
    await create(building.id, { category: 'other', description: '其他' }, viewer).expect(403);
    const bad = await create(building.id, { category: 'weather', description: '' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['category', 'description']);

    const list = (query: Record<string, string>) => app.http.get('/api/v1/problems').query({ planId: fixture.plan.id, ...query }).set(viewer).expect(200);
    expect(ids((await list({})).body)).toEqual([land.body.id, funding.body.id, clinic.body.id].sort());
    expect(ids((await list({ overdue: 'true' })).body)).toEqual([land.body.id]);
    expect(ids((await list({ overdue: 'false' })).body)).toEqual([funding.body.id, clinic.body.id].sort());
    expect(ids((await list({ category: 'funding' })).body)).toEqual([funding.body.id]);
    expect(ids((await list({ institutionId: fixture.clinic.id })).body)).toEqual([clinic.body.id]);
    expect(ids((await app.http.get('/api/v1/problems').query({ regionCode: fixture.regionCode }).set(viewer).expect(200)).body)).toHaveLength(3);
    expect(ids((await app.http.get(`/api/v1/projects/${building.id}/problems`).set(viewer).expect(200)).body)).toEqual([land.body.id, funding.body.id].sort());
    await app.http.get('/api/v1/problems').query({ status: 'closed' }).set(viewer).expect(400);

    // Resolving needs a resolution, and If-Match.
    const url = `/api/v1/problems/${land.body.id}`;
    await app.http.patch(url).set(hospitalManager).send({ status: 'resolved', resolution: '已落实' }).expect(428);
    const noResolution = await app.http.patch(url).set(hospitalManager).set('If-Match', '"1"').set('Accept-Language', 'zh').send({ status: 'resolved' }).expect(400);
    expect(noResolution.body.errors).toEqual([{ field: 'resolution', message: '问题标记为已解决时须填写解决情况' }]);
    const resolved = await app.http
      .patch(url)
      .set(hospitalManager)
      .set('If-Match', '"1"')
      .send({ status: 'resolved', resolution: '用地指标已于4月落实', resolvedOn: '2022-04-20' })
      .expect(200);
    expect(resolved.headers.etag).toBe('"2"');
    expect(resolved.body).toMatchObject({ status: 'resolved', overdue: false, resolvedOn: '2022-04-20', resolution: '用地指标已于4月落实' });
    await app.http.patch(url).set(hospitalManager).set('If-Match', '"1"').send({ description: '改' }).expect(412);
    expect(ids((await list({ status: 'open' })).body)).toEqual([funding.body.id, clinic.body.id].sort());
    // Reopened: the resolution date goes, the resolution stays on record.
    const reopened = await app.http.patch(url).set(finance).set('If-Match', '"2"').send({ status: 'open' }).expect(200);
    expect(reopened.body).toMatchObject({ status: 'open', resolvedOn: null, overdue: true });

    const events = await app.dataSource.query(`SELECT event_type FROM outbox_events WHERE aggregate_id = $1 ORDER BY id`, [land.body.id]);
    expect(events.map((e: { event_type: string }) => e.event_type)).toEqual(['problem.created', 'problem.updated', 'problem.updated']);
    const audit = await app.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'problem' AND entity_id = $1 ORDER BY id`, [land.body.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update', 'update']);
  });
});
