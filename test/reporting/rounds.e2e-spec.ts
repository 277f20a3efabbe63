import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { SYSTEM_ACTOR } from '../../libs/audit/src';
import { RoundsService } from '../../libs/reporting/src';
import { waitFor } from '../support/processes';
import { startTestApp, type TestApp } from '../support/test-app';

type Fixture = Awaited<ReturnType<typeof createPortfolioFixture>>;
type Headers = Record<string, string>;

describe('reporting rounds (调度) over HTTP', () => {
  let app: TestApp;
  let fixture: Fixture;
  let admin: Headers;
  let finance: Headers;
  let viewer: Headers;
  let hospitalManager: Headers;
  let clinicManager: Headers;

  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    fixture = await createPortfolioFixture(app.dataSource);
    admin = bearer(await createKey(app.dataSource, 'admin'));
    finance = bearer(await createKey(app.dataSource, 'finance'));
    viewer = bearer(await createKey(app.dataSource, 'viewer'));
    hospitalManager = bearer(await createKey(app.dataSource, 'manager', [fixture.hospital.id]));
    clinicManager = bearer(await createKey(app.dataSource, 'manager', [fixture.clinic.id]));
  });
  afterAll(() => app.close());

  const reportUrl = (roundId: string, projectId: string, step = '') =>
    `/api/v1/reporting-rounds/${roundId}/reports/${projectId}${step ? `/${step}` : ''}`;
  const totals = async (planId: string) =>
    (await app.http.get('/api/v1/finance/totals').query({ groupBy: 'plan', planId }).set(finance).expect(200)).body as {
      total: { completedInvestmentWan: number };
    };
  const monthOfRecord = async (projectId: string, period: string) => {
    const body = (await app.http.get(`/api/v1/projects/${projectId}/progress`).set(viewer).expect(200)).body as {
      items: { period: string; completedInvestmentWan: number; progressText: string | null; version: number }[];
    };
    return body.items.filter((m) => m.period === period);
  };
  const eventsOf = async (aggregateId: string) =>
    (
      await app.dataSource.query(`SELECT event_type FROM outbox_events WHERE aggregate_id = $1 ORDER BY id`, [aggregateId])
    ).map((r: { event_type: string }) => r.event_type);

  it('lives a round: open, draft, submit, return, fix, resubmit, approve, close with the missing listed', async () => {
    const [building, renovation, clinicProject] = fixture.projects;
    // Nobody but finance and admins opens rounds.
    const body = { period: '2022-05', dueDate: '2022-06-05', planId: fixture.plan.id };
    await app.http.post('/api/v1/reporting-rounds').set(viewer).send(body).expect(403);
    await app.http.post('/api/v1/reporting-rounds').set(hospitalManager).send(body).expect(403);

    const opened = await app.http.post('/api/v1/reporting-rounds').set(finance).send(body).expect(201);
    const round = opened.body;
    expect(opened.headers.location).toBe(`/api/v1/reporting-rounds/${round.id}`);
    expect(round).toMatchObject({
      period: '2022-05',
      dueDate: '2022-06-05',
      closesOn: '2022-06-12',
      planId: fixture.plan.id,
      status: 'open',
      counts: { pending: 3, draft: 0, submitted: 0, returned: 0, approved: 0, total: 3 },
      missing: [],
    });
    expect(round.byInstitution).toHaveLength(2);
    expect(round.byInstitution).toEqual(
      expect.arrayContaining([
        { institutionId: fixture.hospital.id, institutionName: fixture.hospital.name, counts: expect.objectContaining({ pending: 2, total: 2 }) },
        { institutionId: fixture.clinic.id, institutionName: fixture.clinic.name, counts: expect.objectContaining({ pending: 1, total: 1 }) },
      ]),
    );
    expect(round.byRegion).toEqual([{ regionCode: fixture.regionCode, regionName: expect.any(String), counts: expect.objectContaining({ total: 3 }) }]);

    // A project reports a month once: the same plan, or its region, for the same month is refused.
    await app.http.post('/api/v1/reporting-rounds').set(finance).send(body).expect(409);
    await app.http
      .post('/api/v1/reporting-rounds')
      .set(finance)
      .send({ period: '2022-05', dueDate: '2022-06-05', regionCode: fixture.regionCode })
      .expect(409);

    // The hospital's manager sees the hospital's two reports only.
    const mine = await app.http.get(`/api/v1/reporting-rounds/${round.id}/reports`).set(hospitalManager).expect(200);
    expect(mine.body.items.map((r: { projectId: string }) => r.projectId).sort()).toEqual([building.id, renovation.id].sort());
    await app.http.get(reportUrl(round.id, clinicProject.id)).set(hospitalManager).expect(403);

    // Draft: first save without If-Match, later ones with it.
    const draft = await app.http
      .put(reportUrl(round.id, building.id))
      .set(hospitalManager)
      .send({ completedInvestmentWan: 350.25, physicalProgressPct: 40, progressText: '主体结构施工至5层', started: true, startedOn: '2022-03-18' })
      .expect(200);
    expect(draft.headers.etag).toBe('"2"');
    expect(draft.body).toMatchObject({ status: 'draft', completedInvestmentWan: 350.25, figuresFrom: 'draft', started: true });
    await app.http.put(reportUrl(round.id, building.id)).set(hospitalManager).send({ completedInvestmentWan: 1 }).expect(428);
    await app.http.put(reportUrl(round.id, building.id)).set(hospitalManager).set('If-Match', '"1"').send({ completedInvestmentWan: 1 }).expect(412);
    // Another institution's manager, a viewer and finance do not fill in reports.
    await app.http.put(reportUrl(round.id, building.id)).set(clinicManager).set('If-Match', '"2"').send({ completedInvestmentWan: 1 }).expect(403);
    await app.http.put(reportUrl(round.id, building.id)).set(viewer).set('If-Match', '"2"').send({ completedInvestmentWan: 1 }).expect(403);
    await app.http.post(reportUrl(round.id, clinicProject.id, 'submit')).set(hospitalManager).expect(403);
    // Both figures at once, or a start date without a start, say which field is wrong.
    const both = await app.http
      .put(reportUrl(round.id, building.id))
      .set(hospitalManager)
      .set('If-Match', '"2"')
      .send({ completedInvestmentWan: 1, cumulativeCompletedWan: 2 })
      .expect(400);
    expect(both.body.errors).toEqual([expect.objectContaining({ field: 'cumulativeCompletedWan' })]);

    // Nothing to submit yet on the renovation: refused in Chinese for a Chinese client, and nothing changes.
    const empty = await app.http.post(reportUrl(round.id, renovation.id, 'submit')).set(hospitalManager).set('Accept-Language', 'zh-CN').expect(422);
    expect(empty.body.detail).toContain('填报缺少完成投资');
    expect((await app.http.get(reportUrl(round.id, renovation.id)).set(hospitalManager).expect(200)).body.status).toBe('pending');

    // Review waits for a submission.
    await app.http.post(reportUrl(round.id, building.id, 'approve')).set(finance).expect(409);

    const before = await totals(fixture.plan.id);
    const submitted = await app.http.post(reportUrl(round.id, building.id, 'submit')).set(hospitalManager).set('If-Match', '"2"').expect(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', figuresFrom: 'record', completedInvestmentWan: 350.25, cumulativeCompletedWan: 350.25 });
    expect(await monthOfRecord(building.id, '2022-05')).toEqual([expect.objectContaining({ completedInvestmentWan: 350.25, progressText: '主体结构施工至5层' })]);
    // 已开工 in the report: the planned project is now under construction.
    expect((await app.http.get(`/api/v1/projects/${building.id}`).set(viewer).expect(200)).body.status).toBe('under_construction');
    // The month belongs to the round now: no PUT around its review.
    await app.http
      .put(`/api/v1/projects/${building.id}/progress/2022-05`)
      .set(admin)
      .set('If-Match', '"1"')
      .send({ completedInvestmentWan: 1, disbursedWan: 0 })
      .expect(409);
    // A submitted report is not edited until returned; a viewer does not review.
    await app.http.put(reportUrl(round.id, building.id)).set(hospitalManager).set('If-Match', '"3"').send({ completedInvestmentWan: 1 }).expect(409);
    await app.http.post(reportUrl(round.id, building.id, 'approve')).set(viewer).expect(403);
    await app.http.post(reportUrl(round.id, building.id, 'return')).set(hospitalManager).send({ reason: '自己退回' }).expect(403);

    await app.http.post(reportUrl(round.id, building.id, 'return')).set(finance).send({}).expect(400);
    const returned = await app.http
      .post(reportUrl(round.id, building.id, 'return'))
      .set(finance)
      .send({ reason: '累计完成投资与财务报表不符，请核实' })
      .expect(200);
    expect(returned.body).toMatchObject({ status: 'returned', reason: '累计完成投资与财务报表不符，请核实' });
    const seen = await app.http.get(reportUrl(round.id, building.id)).set(hospitalManager).expect(200);
    expect(seen.body).toMatchObject({ status: 'returned', reason: '累计完成投资与财务报表不符，请核实' });

    // Fixed with the cumulative figure: the month's becomes cumulative less the months before (none here).
    // An earlier month first, so the subtraction is real.
    await app.http.put(`/api/v1/projects/${building.id}/progress/2022-04`).set(admin).send({ completedInvestmentWan: 100.1, disbursedWan: 0 }).expect(201);
    const tooSmall = await app.http
      .put(reportUrl(round.id, building.id))
      .set(hospitalManager)
      .set('If-Match', `"${seen.body.version}"`)
      .send({ cumulativeCompletedWan: 50, progressText: '主体结构施工至6层' })
      .expect(200);
    const refused = await app.http.post(reportUrl(round.id, building.id, 'submit')).set(hospitalManager).expect(422);
    expect(refused.body.detail).toContain('100.10');
    const fixed = await app.http
      .put(reportUrl(round.id, building.id))
      .set(hospitalManager)
      .set('If-Match', `"${tooSmall.body.version}"`)
      .send({ cumulativeCompletedWan: 500.35, progressText: '主体结构施工至6层' })
      .expect(200);
    expect(fixed.body).toMatchObject({ status: 'draft', reason: '累计完成投资与财务报表不符，请核实', cumulativeCompletedWan: 500.35 });
    const resubmitted = await app.http.post(reportUrl(round.id, building.id, 'submit')).set(hospitalManager).expect(200);
    expect(resubmitted.body).toMatchObject({ status: 'submitted', completedInvestmentWan: 400.25, cumulativeCompletedWan: 500.35 });
    // Still one record of the month, replaced.
    expect(await monthOfRecord(building.id, '2022-05')).toEqual([
      expect.objectContaining({ completedInvestmentWan: 400.25, progressText: '主体结构施工至6层', version: 2 }),
    ]);

    const approved = await app.http.post(reportUrl(round.id, building.id, 'approve')).set(finance).set('If-Match', `"${resubmitted.body.version}"`).expect(200);
    expect(approved.body.status).toBe('approved');
    await app.http.put(reportUrl(round.id, building.id)).set(hospitalManager).set('If-Match', `"${approved.body.version}"`).send({ completedInvestmentWan: 1 }).expect(409);

    // The figures the round wrote are the finance figures.
    const [{ completed }] = await app.dataSource.query(
      `SELECT coalesce(sum(r.completed_investment_wan), 0)::text AS completed FROM progress_reports r JOIN projects p ON p.id = r.project_id WHERE p.plan_id = $1`,
      [fixture.plan.id],
    );
    expect(Number(completed)).toBe(500.35);
    await waitFor(async () => (await totals(fixture.plan.id)).total.completedInvestmentWan === 500.35, { what: 'the totals to include the round' });
    expect(before.total.completedInvestmentWan).toBe(0);

    // The counts move while the round's version stays: its validator is of the content (Express's), not the version.
    const board = await app.http.get(`/api/v1/reporting-rounds/${round.id}`).set(finance).set('If-None-Match', `"${round.version}"`).expect(200);
    expect(board.headers.etag).not.toBe(`"${round.version}"`);
    expect(board.body.counts).toMatchObject({ pending: 2, approved: 1 });

    // The clinic leaves a draft; the renovation nothing. Closing lists both, and nothing can be saved after.
    await app.http.put(reportUrl(round.id, clinicProject.id)).set(clinicManager).send({ completedInvestmentWan: 12 }).expect(200);
    await app.http.post(`/api/v1/reporting-rounds/${round.id}/close`).set(hospitalManager).expect(403);
    const closed = await app.http.post(`/api/v1/reporting-rounds/${round.id}/close`).set(finance).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedBy: 'hand', counts: { pending: 1, draft: 1, approved: 1, total: 3 } });
    expect(closed.body.missing).toHaveLength(2);
    expect(closed.body.missing).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ projectId: renovation.id, status: 'pending', institutionId: fixture.hospital.id }),
        expect.objectContaining({ projectId: clinicProject.id, status: 'draft', institutionId: fixture.clinic.id }),
      ]),
    );
    await app.http.post(`/api/v1/reporting-rounds/${round.id}/close`).set(finance).expect(409);
    await app.http.put(reportUrl(round.id, clinicProject.id)).set(clinicManager).set('If-Match', '"2"').send({ completedInvestmentWan: 13 }).expect(409);

    // progress.reported has one shape whoever wrote it: the direct PUT of April and the round's submission of May.
    const payloads = (await app.dataSource.query(
      `SELECT aggregate_id, payload FROM outbox_events WHERE event_type = 'progress.reported' AND aggregate_id IN ($1, $2) ORDER BY id`,
      [`${building.id}/2022-04`, `${building.id}/2022-05`],
    )) as { aggregate_id: string; payload: Record<string, unknown> }[];
    const keysOf = (payload: Record<string, unknown>) => Object.keys(payload).sort();
    expect(new Set(payloads.map((p) => p.aggregate_id)).size).toBe(2);
    for (const { payload } of payloads) expect(keysOf(payload)).toEqual(keysOf(payloads[0].payload));

    // Every step is audited and announced.
    expect(await eventsOf(round.id)).toEqual(['round.opened', 'round.closed']);
    expect(await eventsOf(`${round.id}/${building.id}`)).toEqual(['report.submitted', 'report.returned', 'report.submitted', 'report.approved']);
    const audit = await app.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'round_report' AND entity_id = $1 ORDER BY id`, [
      `${round.id}/${building.id}`,
    ]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['update', 'submit', 'return', 'update', 'update', 'submit', 'approve']);
  });

  it('submits the month as already recorded when there is no draft, and filters reports by status and institution', async () => {
    const local = await createPortfolioFixture(app.dataSource);
    const [project] = local.projects;
    await app.http.put(`/api/v1/projects/${project.id}/progress/2022-07`).set(admin).send({ completedInvestmentWan: 77.7, disbursedWan: 5 }).expect(201);
    const round = (await app.http.post('/api/v1/reporting-rounds').set(admin).send({ period: '2022-07', dueDate: '2022-08-05', regionCode: local.regionCode }).expect(201))
      .body;
    expect(round.counts.total).toBe(3);
    const shown = await app.http.get(reportUrl(round.id, project.id)).set(admin).expect(200);
    expect(shown.body).toMatchObject({ status: 'pending', figuresFrom: 'record', completedInvestmentWan: 77.7 });
    await app.http.post(reportUrl(round.id, project.id, 'submit')).set(admin).expect(200);
    const month = await monthOfRecord(project.id, '2022-07');
    expect(month).toEqual([expect.objectContaining({ completedInvestmentWan: 77.7, version: 2 })]);
    const submitted = await app.http.get(`/api/v1/reporting-rounds/${round.id}/reports`).query({ status: 'submitted' }).set(finance).expect(200);
    expect(submitted.body.items.map((r: { projectId: string }) => r.projectId)).toEqual([project.id]);
    const clinic = await app.http.get(`/api/v1/reporting-rounds/${round.id}/reports`).query({ institutionId: local.clinic.id }).set(finance).expect(200);
    expect(clinic.body.items).toHaveLength(1);
    await app.http.get(`/api/v1/reporting-rounds/${round.id}/reports`).query({ status: 'late' }).set(finance).expect(400);
    const listed = await app.http.get('/api/v1/reporting-rounds').query({ period: '2022-07', status: 'open' }).set(viewer).expect(200);
    expect(listed.body.items.map((r: { id: string }) => r.id)).toContain(round.id);
  });

  it('refuses a round without one scope, a close date before the due date, and a future month', async () => {
    const base = { period: '2022-08', dueDate: '2022-09-05' };
    await app.http.post('/api/v1/reporting-rounds').set(finance).send(base).expect(400);
    await app.http.post('/api/v1/reporting-rounds').set(finance).send({ ...base, planId: fixture.plan.id, regionCode: fixture.regionCode }).expect(400);
    const early = await app.http.post('/api/v1/reporting-rounds').set(finance).send({ ...base, planId: fixture.plan.id, closesOn: '2022-09-01' }).expect(400);
    expect(early.body.errors).toEqual([expect.objectContaining({ field: 'closesOn' })]);
    await app.http.post('/api/v1/reporting-rounds').set(finance).send({ period: '2099-01', dueDate: '2099-02-05', planId: fixture.plan.id }).expect(400);
    await app.http.post('/api/v1/reporting-rounds').set(finance).send({ ...base, planId: fixture.plan.id, extra: 1 }).expect(400);
    expect(await app.dataSource.query(`SELECT 1 FROM reporting_rounds WHERE plan_id = $1 AND period = '2022-08-01'`, [fixture.plan.id])).toEqual([]);
  });

  it('closes a round in the worker once its close date has passed, and two closers close each round once', async () => {
    const local = await createPortfolioFixture(app.dataSource);
    const open = async (plan: { id: string }, period: string) =>
      (await app.http.post('/api/v1/reporting-rounds').set(finance).send({ period, dueDate: '2022-12-05', closesOn: '2022-12-10', planId: plan.id }).expect(201))
        .body as { id: string };
    const round = await open(local.plan, '2022-09');
    await app.http.post('/api/v1/jobs/rounds/run').set(admin).expect(202);
    await waitFor(async () => (await app.http.get(`/api/v1/reporting-rounds/${round.id}`).set(viewer)).body.status === 'closed', { what: 'the round to close' });
    const detail = (await app.http.get(`/api/v1/reporting-rounds/${round.id}`).set(viewer).expect(200)).body;
    expect(detail).toMatchObject({ closedBy: 'schedule' });
    expect(detail.missing).toHaveLength(3);

    // Two workers' runs at once: every due round is closed by exactly one of them.
    const others = [await open(local.plan, '2022-10'), await open(local.plan, '2022-11')];
    const service = app.app.get(RoundsService);
    const [first, second] = await Promise.all([service.closeDueRounds(SYSTEM_ACTOR, 1), service.closeDueRounds(SYSTEM_ACTOR, 1)]);
    expect(first + second).toBeGreaterThanOrEqual(2);
    for (const { id } of [round, ...others]) expect(await eventsOf(id)).toEqual(['round.opened', 'round.closed']);
    const [{ closings }] = await app.dataSource.query(
      `SELECT count(*)::int AS closings FROM outbox_events e JOIN reporting_rounds r ON r.id::text = e.aggregate_id WHERE e.event_type = 'round.closed'`,
    );
    const [{ closedRounds }] = await app.dataSource.query(`SELECT count(*)::int AS "closedRounds" FROM reporting_rounds WHERE status = 'closed'`);
    expect(closings).toBe(closedRounds);
  });
});
