import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

type Fixture = Awaited<ReturnType<typeof createPortfolioFixture>>;

/** This month in the fixture plans' time zone, as the server judges "not after the current month". */
function monthInShanghai(offset = 0): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).formatToParts(new Date());
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  return new Date(Date.UTC(year, month - 1 + offset, 1)).toISOString().slice(0, 7);
}

describe('progress reports and funding lines', () => {
  let app: TestApp;
  let keys: Record<'admin' | 'finance' | 'viewer' | 'manager', Record<string, string>>;
  let fixture: Fixture;
  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    fixture = await createPortfolioFixture(app.dataSource);
    keys = {
      admin: bearer(await createKey(app.dataSource, 'admin')),
      finance: bearer(await createKey(app.dataSource, 'finance')),
      viewer: bearer(await createKey(app.dataSource, 'viewer')),
      manager: bearer(await createKey(app.dataSource, 'manager', [fixture.hospital.id])),
    };
  });
  afterAll(() => app.close());

  describe('/projects/{id}/progress', () => {
    const put = (projectId: string, period: string, body: Record<string, unknown>, headers = keys.admin) =>
      app.http.put(`/api/v1/projects/${projectId}/progress/${period}`).set(headers).send(body);
    const month = (overrides: Record<string, unknown> = {}) => ({
      completedInvestmentWan: 850.5,
      disbursedWan: 600,
      physicalProgressPct: 35,
      note: '主体结构施工至三层',
      ...overrides,
    });

    it('creates a month (201), then replaces it (200) in the same row, auditing before and after', async () => {
      const { projects } = await createPortfolioFixture(app.dataSource);
      const project = projects[0];
      const created = await put(project.id, '2023-01', month()).expect(201);
      expect(created.headers.etag).toBe('"1"');
      expect(created.headers.location).toBe(`/api/v1/projects/${project.id}/progress/2023-01`);
      expect(created.body).toMatchObject({
        projectId: project.id,
        period: '2023-01',
        completedInvestmentWan: 850.5,
        disbursedWan: 600,
        physicalProgressPct: 35,
        note: '主体结构施工至三层',
        version: 1,
        cumulativeCompletedInvestmentWan: 850.5,
        plannedInvestmentWan: 12000,
        exceedsPlannedInvestment: false,
      });

      const replaced = await put(project.id, '2023-01', { completedInvestmentWan: 900, disbursedWan: 650.25 }).set('If-Match', '"1"').expect(200);
      expect(replaced.headers.etag).toBe('"2"');
      expect(replaced.body).toMatchObject({ completedInvestmentWan: 900, disbursedWan: 650.25, physicalProgressPct: null, note: null, version: 2 });
      // The same figures again change nothing: no new version, no audit entry.
      const repeated = await put(project.id, '2023-01', { completedInvestmentWan: 900, disbursedWan: 650.25 }).expect(200);
      expect(repeated.headers.etag).toBe('"2"');

      const rows = await app.dataSource.query(`SELECT period, completed_investment_wan FROM progress_reports WHERE project_id = $1`, [project.id]);
      expect(rows).toEqual([{ period: '2023-01-01', completed_investment_wan: '900.00' }]);
      const audit = await app.dataSource.query(
        `SELECT action, entity_type, before, after FROM audit_log WHERE entity_id = $1 ORDER BY id`,
        [`${project.id}/2023-01`],
      );
      expect(audit).toHaveLength(2);
      expect(audit[0]).toMatchObject({ action: 'create', entity_type: 'progress_report', before: null, after: { completedInvestmentWan: 850.5 } });
      expect(audit[1]).toMatchObject({
        action: 'update',
        before: { completedInvestmentWan: 850.5, note: '主体结构施工至三层', version: 1 },
        after: { completedInvestmentWan: 900, note: null, version: 2 },
      });
      const events = await app.dataSource.query(
        `SELECT event_type, project_id, payload FROM outbox_events WHERE aggregate_id = $1 ORDER BY id`,
        [`${project.id}/2023-01`],
      );
      expect(events.map((e: { event_type: string }) => e.event_type)).toEqual(['progress.reported', 'progress.reported']);
      expect(events[1]).toMatchObject({ project_id: project.id, payload: { projectId: project.id, period: '2023-01', completedInvestmentWan: 900, replaced: true } });
      // A correction is recorded by the statement that writes it (PROGRESS_SNAPSHOT_JSONB), a first report in Node
      // (progressSnapshot): the two snapshots must have the same shape.
      const snapshot = { projectId: project.id, period: '2023-01', completedInvestmentWan: 900, disbursedWan: 650.25, physicalProgressPct: null, note: null, progressText: null, version: 2 };
      expect(audit[1].after).toEqual(snapshot);
      expect(Object.keys(audit[1].after).sort()).toEqual(Object.keys(audit[0].after).sort());
      expect(events[1].payload).toEqual({ ...snapshot, replaced: true });
      expect(Object.keys(events[0].payload).sort()).toEqual(Object.keys(events[1].payload).sort());
    });

    it('answers a correction with the running totals the history then shows for that month, and the whole answer it shows', async () => {
      const { projects } = await createPortfolioFixture(app.dataSource);
      const project = projects[0]; // planned investment 12,000 万元
      await put(project.id, '2023-01', month({ completedInvestmentWan: 100.1, disbursedWan: 50.05 })).expect(201);
      await put(project.id, '2023-02', month({ completedInvestmentWan: 200.2, disbursedWan: 60.06 })).expect(201);
      await put(project.id, '2023-03', month({ completedInvestmentWan: 300.3, disbursedWan: 70.07 })).expect(201);
      // The middle month corrected: before it one month, after it another, neither in its running totals' "before".
      const corrected = await put(project.id, '2023-02', { completedInvestmentWan: 11_700.01, disbursedWan: 0.01, note: '更正' })
        .set('If-Match', '"1"')
        .expect(200);
      const history = await app.http.get(`/api/v1/projects/${project.id}/progress`).set(keys.admin).expect(200);
      const shown = history.body.items.find((m: { period: string }) => m.period === '2023-02');
      expect(corrected.body).toEqual({
        ...shown,
        projectId: project.id,
        plannedInvestmentWan: 12000,
        exceedsPlannedInvestment: history.body.exceedsPlannedInvestment,
      });
      expect(corrected.body).toMatchObject({ cumulativeCompletedInvestmentWan: 11_800.11, cumulativeDisbursedWan: 50.06, version: 2 });
      // 100.1 + 11,700.01 + 300.3 = 12,100.41 > 12,000: the other months count too, the later one included.
      expect(corrected.body.exceedsPlannedInvestment).toBe(true);
    });

    it('lets exactly one of twenty concurrent corrections with the same If-Match win', async () => {
      const { projects } = await createPortfolioFixture(app.dataSource);
      const project = projects[0];
      await put(project.id, '2023-04', month()).expect(201);
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => put(project.id, '2023-04', { completedInvestmentWan: 1000 + i, disbursedWan: 600 }).set('If-Match', '"1"')),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 412)).toHaveLength(19);
      const winner = responses.find((r) => r.status === 200)!;
      const [row] = await app.dataSource.query(`SELECT version, completed_investment_wan::float AS completed FROM progress_reports WHERE project_id = $1`, [project.id]);
      expect(row).toEqual({ version: 2, completed: winner.body.completedInvestmentWan });
      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'update'`, [`${project.id}/2023-04`]);
      expect(n).toBe(1);
    });

    it('keys a month’s audit entries and events by the lower-case project id, however the URL spells it', async () => {
      const { projects } = await createPortfolioFixture(app.dataSource);
      const upper = String(projects[2].id).toUpperCase();
      await put(upper, '2023-07', month()).expect(201);
      await put(upper, '2023-07', { completedInvestmentWan: 1, disbursedWan: 1 }).set('If-Match', '"1"').expect(200);
      const audit = await app.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [`${projects[2].id}/2023-07`]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update']);
      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM outbox_events WHERE aggregate_id = $1`, [`${projects[2].id}/2023-07`]);
      expect(n).toBe(2);
    });

    it('lists the months in order with exact running totals from SQL', async () => {
      const { projects } = await createPortfolioFixture(app.dataSource);
      const project = projects[1];
      await put(project.id, '2023-02', { completedInvestmentWan: 0.2, disbursedWan: 0.2 }).expect(201);
      await put(project.id, '2023-01', { completedInvestmentWan: 0.1, disbursedWan: 0.1, physicalProgressPct: 0.5 }).expect(201);
      await put(project.id, '2023-03', { completedInvestmentWan: 0, disbursedWan: 0.3 }).expect(201);
      const response = await app.http.get(`/api/v1/projects/${project.id}/progress`).set(keys.viewer).expect(200);
      expect(response.body.items.map((m: { period: string }) => m.period)).toEqual(['2023-01', '2023-02', '2023-03']);
      // 0.1 + 0.2 is 0.30000000000000004 in floating point: exactly 0.3 proves the sum is decimal.
      expect(response.body.items.map((m: { cumulativeCompletedInvestmentWan: number }) => m.cumulativeCompletedInvestmentWan)).toEqual([0.1, 0.3, 0.3]);
      expect(response.body.items.map((m: { cumulativeDisbursedWan: number }) => m.cumulativeDisbursedWan)).toEqual([0.1, 0.3, 0.6]);
      expect(response.body).toMatchObject({
        projectId: project.id,
        plannedInvestmentWan: 10024,
        cumulativeCompletedInvestmentWan: 0.3,
        cumulativeDisbursedWan: 0.6,
        exceedsPlannedInvestment: false,
      });
      expect(response.body.items[0]).toMatchObject({ physicalProgressPct: 0.5, note: null, version: 1 });
    });

    it('answers a project without reports with empty items, and 404 for an unknown project', async () => {
      const response = await app.http.get(`/api/v1/projects/${fixture.projects[2].id}/progress`).set(keys.viewer).expect(200);
      expect(response.body).toEqual({
        projectId: fixture.projects[2].id,
        items: [],
        plannedInvestmentWan: 10200,
        cumulativeCompletedInvestmentWan: 0,
        cumulativeDisbursedWan: 0,
        exceedsPlannedInvestment: false,
      });
      const unknown = '6f1c2a9b-0000-4000-8000-000000000000';
      await app.http.get(`/api/v1/projects/${unknown}/progress`).set(keys.viewer).expect(404);
      await put(unknown, '2023-01', month()).expect(404);
    });

    it('accepts completed investment above the planned investment, and flags it', async () => {
      const { projects } = await createPortfolioFixture(app.dataSource);
      const project = projects[2]; // planned 10200 万元
      const within = await put(project.id, '2022-11', { completedInvestmentWan: 10000, disbursedWan: 0 }).expect(201);
      expect(within.body.exceedsPlannedInvestment).toBe(false);
      const exact = await put(project.id, '2022-12', { completedInvestmentWan: 200, disbursedWan: 0 }).expect(201);
      expect(exact.body.exceedsPlannedInvestment).toBe(false);
      const above = await put(project.id, '2023-01', { completedInvestmentWan: 0.01, disbursedWan: 0 }).expect(201);
      expect(above.body).toMatchObject({ exceedsPlannedInvestment: true, cumulativeCompletedInvestmentWan: 10200.01 });
      const listed = await app.http.get(`/api/v1/projects/${project.id}/progress`).set(keys.viewer).expect(200);
      expect(listed.body).toMatchObject({ exceedsPlannedInvestment: true, cumulativeCompletedInvestmentWan: 10200.01 });
      // Correcting an earlier month flags the project as a whole, not only the months up to it.
      const corrected = await put(project.id, '2023-01', { completedInvestmentWan: 0, disbursedWan: 0 }).set('If-Match', '"1"').expect(200);
      expect(corrected.body.exceedsPlannedInvestment).toBe(false);
    });

    it.each(['2024-13', '2024-1', '2024-00', '1999-12', '2024-01-01', 'latest', monthInShanghai(1)])(
      'answers 400 naming period for %s, and writes nothing',
      async (period) => {
        const project = fixture.projects[0];
        const response = await put(project.id, period, month()).expect(400);
        expect(response.body.errors).toEqual([{ field: 'period', message: expect.any(String) }]);
        const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM progress_reports WHERE project_id = $1`, [project.id]);
        expect(n).toBe(0);
      },
    );

    it('accepts the current month', async () => {
      await put(fixture.projects[1].id, monthInShanghai(), month()).expect(201);
    });

    it.each([
      ['physicalProgressPct', { physicalProgressPct: 101 }],
      ['physicalProgressPct', { physicalProgressPct: -1 }],
      ['completedInvestmentWan', { completedInvestmentWan: -0.01 }],
      ['completedInvestmentWan', { completedInvestmentWan: 1.005 }],
      ['completedInvestmentWan', { completedInvestmentWan: '100' }],
      ['completedInvestmentWan', { completedInvestmentWan: undefined }],
      ['disbursedWan', { disbursedWan: null }],
      ['note', { note: '注'.repeat(2001) }],
      ['cumulativeWan', { cumulativeWan: 5 }],
    ])('answers 400 naming %s', async (field, overrides) => {
      const response = await put(fixture.projects[0].id, '2023-05', month(overrides)).expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('checks If-Match when sent: 412 when stale or for a month not reported yet', async () => {
      const { projects } = await createPortfolioFixture(app.dataSource);
      const project = projects[0];
      await put(project.id, '2023-04', month()).set('If-Match', '"1"').expect(412);
      await put(project.id, '2023-04', month()).expect(201);
      await put(project.id, '2023-04', month({ note: '更正' })).set('If-Match', '"1"').expect(200);
      const stale = await put(project.id, '2023-04', month({ note: '再更正' })).set('If-Match', '"1"').expect(412);
      expect(stale.headers.etag).toBe('"2"');
      await put(project.id, '2023-04', month()).set('If-Match', 'two').expect(400);
    });

    it('refuses to replace a saved month without If-Match (428), writing nothing; a retry of the same figures answers 200', async () => {
      const { projects } = await createPortfolioFixture(app.dataSource);
      const project = projects[0];
      await put(project.id, '2023-06', month()).expect(201);
      const refused = await put(project.id, '2023-06', month({ completedInvestmentWan: 1 })).expect(428);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 428, title: 'Precondition Required', detail: expect.stringMatching(/If-Match.*replace|replace.*If-Match/) });
      const chinese = await put(project.id, '2023-06', month({ completedInvestmentWan: 1 })).set('Accept-Language', 'zh-CN').expect(428);
      expect(chinese.body.detail).toMatch(/If-Match/);
      expect(chinese.body.detail).toMatch(/已经填报/);
      // A blank If-Match is no If-Match.
      await put(project.id, '2023-06', month({ completedInvestmentWan: 1 })).set('If-Match', ' ').expect(428);

      // The client that lost the answer to its first PUT repeats it: same figures, 200, nothing changes.
      const retried = await put(project.id, '2023-06', month()).expect(200);
      expect(retried.headers.etag).toBe('"1"');
      expect(retried.body).toMatchObject({ completedInvestmentWan: 850.5, version: 1 });

      const [row] = await app.dataSource.query(
        `SELECT completed_investment_wan, version FROM progress_reports WHERE project_id = $1 AND period = '2023-06-01'`,
        [project.id],
      );
      expect(row).toEqual({ completed_investment_wan: '850.50', version: 1 });
      const [{ audits }] = await app.dataSource.query(`SELECT count(*)::int AS audits FROM audit_log WHERE entity_id = $1`, [`${project.id}/2023-06`]);
      expect(audits).toBe(1);
      const [{ events }] = await app.dataSource.query(`SELECT count(*)::int AS events FROM outbox_events WHERE aggregate_id = $1`, [`${project.id}/2023-06`]);
      expect(events).toBe(1);

      // With the version read, the correction goes through.
      await put(project.id, '2023-06', month({ completedInvestmentWan: 1 })).set('If-Match', '"1"').expect(200);
    });

    it('lets admins and a manager of the project’s institution report; not finance, viewers or other managers', async () => {
      const own = fixture.projects[1];
      const other = fixture.projects[2];
      await put(own.id, '2022-06', month(), keys.manager).expect(201);
      const refused = await put(other.id, '2022-06', month(), keys.manager).expect(403);
      expect(refused.body.detail).toMatch(/not scoped/);
      await put(own.id, '2022-07', month(), keys.finance).expect(403);
      await put(own.id, '2022-07', month(), keys.viewer).expect(403);
      await app.http.get(`/api/v1/projects/${own.id}/progress`).set(keys.finance).expect(200);
    });
  });

  describe('/projects/{id}/funding', () => {
    const replace = (projectId: string, version: number, items: Record<string, unknown>[], headers = keys.finance) =>
      app.http.put(`/api/v1/projects/${projectId}/funding`).set(headers).set('If-Match', `"${version}"`).send({ items });

    it('reads an empty set against the planned investment, with the project’s ETag', async () => {
      const project = fixture.projects[0];
      const response = await app.http.get(`/api/v1/projects/${project.id}/funding`).set(keys.viewer).expect(200);
      expect(response.headers.etag).toBe(`"${response.body.version}"`);
      expect(response.body).toMatchObject({ projectId: project.id, items: [], totalWan: 0, investmentWan: 12000, balanced: false, differenceWan: -12000 });
      await app.http.get('/api/v1/projects/6f1c2a9b-0000-4000-8000-000000000000/funding').set(keys.viewer).expect(404);
    });

    it('replaces the whole set in one write, bumping the project’s version, audited with an event', async () => {
      const { projects } = await createPortfolioFixture(app.dataSource);
      const project = projects[0]; // planned 12000 万元
      const first = await replace(project.id, 1, [
        { source: 'special_bonds', amountWan: 6999.9, status: 'secured', note: '2022年第三批专项债券' },
        { source: 'central_budget', amountWan: 5000, status: 'received' },
        { source: 'self_raised', amountWan: 0.1 },
      ]).expect(200);
      expect(first.headers.etag).toBe('"2"');
      expect(first.body).toEqual({
        projectId: project.id,
        items: [
          { source: 'central_budget', amountWan: 5000, status: 'received', note: null },
          { source: 'special_bonds', amountWan: 6999.9, status: 'secured', note: '2022年第三批专项债券' },
          { source: 'self_raised', amountWan: 0.1, status: 'planned', note: null },
        ],
        totalWan: 12000,
        investmentWan: 12000,
        balanced: true,
        differenceWan: 0,
        version: 2,
      });
      const projectNow = await app.http.get(`/api/v1/projects/${project.id}`).set(keys.viewer).expect(200);
      expect(projectNow.headers.etag).toBe('"2"');

      const second = await replace(project.id, 2, [{ source: 'fiscal', amountWan: 100.25, status: 'planned' }]).expect(200);
      expect(second.body).toMatchObject({ totalWan: 100.25, balanced: false, differenceWan: -11899.75, version: 3 });
      const rows = await app.dataSource.query(`SELECT source, amount_wan FROM funding_lines WHERE project_id = $1`, [project.id]);
      expect(rows).toEqual([{ source: 'fiscal', amount_wan: '100.25' }]);

      const cleared = await replace(project.id, 3, []).expect(200);
      expect(cleared.body).toMatchObject({ items: [], totalWan: 0, version: 4 });

      const audit = await app.dataSource.query(
        `SELECT action, entity_type, actor_name, before, after FROM audit_log WHERE entity_id = $1 AND entity_type = 'funding' ORDER BY id`,
        [project.id],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['replace', 'replace', 'replace']);
      expect(audit[1]).toMatchObject({
        actor_name: 'finance-test',
        before: { totalWan: 12000, version: 2, items: expect.arrayContaining([expect.objectContaining({ source: 'central_budget' })]) },
        after: { totalWan: 100.25, version: 3, items: [{ source: 'fiscal', amountWan: 100.25, status: 'planned', note: null }] },
      });
      const events = await app.dataSource.query(
        `SELECT event_type, project_id, payload FROM outbox_events WHERE aggregate_id = $1 AND event_type = 'funding.updated' ORDER BY id`,
        [project.id],
      );
      expect(events).toHaveLength(3);
      expect(events[1]).toMatchObject({ project_id: project.id, payload: { totalWan: 100.25 } });
    });

    it('says balanced is null when the project has no investment figure', async () => {
      const { projects } = await createPortfolioFixture(app.dataSource);
      await app.dataSource.query(`UPDATE projects SET investment_wan = NULL WHERE id = $1`, [projects[1].id]);
      const response = await replace(projects[1].id, 1, [{ source: 'other', amountWan: 10 }]).expect(200);
      expect(response.body).toMatchObject({ totalWan: 10, investmentWan: null, balanced: null, differenceWan: null });
    });

    it('needs If-Match with the project’s version: 428 without, 412 when stale', async () => {
      const { projects } = await createPortfolioFixture(app.dataSource);
      const project = projects[0];
      const lines = [{ source: 'fiscal', amountWan: 12000 }];
      await app.http.put(`/api/v1/projects/${project.id}/funding`).set(keys.finance).send({ items: lines }).expect(428);
      await app.http
        .patch(`/api/v1/projects/${project.id}`)
        .set(keys.admin)
        .set('If-Match', '"1"')
        .send({ remark: '调整资金来源' })
        .expect(200);
      const stale = await replace(project.id, 1, lines).expect(412);
      expect(stale.headers.etag).toBe('"2"');
      await replace(project.id, 2, lines).expect(200);
      expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM funding_lines WHERE project_id = $1`, [project.id])).toEqual([{ n: 1 }]);
    });

    it('lets admins and finance replace funding; not managers or viewers', async () => {
      const { projects } = await createPortfolioFixture(app.dataSource);
      const project = projects[0];
      const lines = [{ source: 'fiscal', amountWan: 1 }];
      await replace(project.id, 1, lines, keys.viewer).expect(403);
      await replace(project.id, 1, lines, keys.manager).expect(403);
      await replace(project.id, 1, lines, keys.admin).expect(200);
      await replace(project.id, 2, lines, keys.finance).expect(200);
    });

    it.each([
      ['items', { items: Array.from({ length: 51 }, () => ({ source: 'fiscal', amountWan: 1 })) }],
      ['items', { items: 'all' }],
      ['items', {}],
      ['items.0.source', { items: [{ source: 'lottery', amountWan: 1 }] }],
      ['items.0.status', { items: [{ source: 'fiscal', amountWan: 1, status: 'promised' }] }],
      ['items.1.amountWan', { items: [{ source: 'fiscal', amountWan: 1 }, { source: 'fiscal', amountWan: -1 }] }],
      ['items.0.amountWan', { items: [{ source: 'fiscal', amountWan: 0.001 }] }],
      ['items.0.colour', { items: [{ source: 'fiscal', amountWan: 1, colour: 'red' }] }],
    ])('answers 400 naming %s, and changes nothing', async (field, body) => {
      const project = fixture.projects[2];
      const response = await app.http
        .put(`/api/v1/projects/${project.id}/funding`)
        .set(keys.finance)
        .set('If-Match', '"1"')
        .send(body)
        .expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      const [row] = await app.dataSource.query(`SELECT version FROM projects WHERE id = $1`, [project.id]);
      expect(row.version).toBe(1);
    });
  });
});
