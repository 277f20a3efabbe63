import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FinanceRepository, RollupService, RollupsRepository, RollupTotalsCache } from '@tracker/finance';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { waitFor } from '../support/processes';
import { startTestApp, type TestApp } from '../support/test-app';

type Fixture = Awaited<ReturnType<typeof createPortfolioFixture>>;

/**
 * The pace of whole plans is read from what the rollups keep (finance_pace_projects, finance_pace_plan_years); of
 * finer filters it is computed now. The two must always give the same answer: these tests compare them on a plan
 * with every case that decides whether and how a project counts in a year.
 */
describe('the pace kept by the rollups', () => {
  let app: TestApp;
  let fixture: Fixture;
  let finance: Record<string, string>;
  let rollups: RollupService;
  let repository: FinanceRepository;

  beforeAll(async () => {
    app = await startTestApp();
    fixture = await createPortfolioFixture(app.dataSource);
    finance = bearer(await createKey(app.dataSource, 'finance'));
    rollups = new RollupService(app.dataSource, new RollupsRepository(app.dataSource.manager));
    repository = new FinanceRepository(app.dataSource.manager);
    const sql = (text: string, params: unknown[]) => app.dataSource.query(text, params);
    const [spread, cancelled, noInvestment] = fixture.projects.map((p) => p.id as string);
    const addProject = async (suffix: string, values: { investment: string | null; start: number | null; end: number | null; status: string }) =>
      (
        await sql(
          `INSERT INTO projects (code, plan_id, program_id, institution_id, region_code, name, investment_wan, build_type,
                                 start_year, end_year, status, source_file, source_line)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'new', $8, $9, $10, 'fixture.txt', 20) RETURNING id`,
          [`${fixture.plan.code}-${suffix}`, fixture.plan.id, fixture.program.id, fixture.hospital.id, fixture.regionCode,
            `病房楼${suffix}`, values.investment, values.start, values.end, values.status],
        )
      )[0].id as string;
    // Built over the plan's period (no years of its own): reports inside it count, one in 2027 does not; its
    // annual plan of 2023 replaces that year's even share.
    await sql(`UPDATE projects SET start_year = NULL, end_year = NULL WHERE id = $1`, [spread]);
    // Cancelled: never counted, whatever it reports.
    await sql(`UPDATE projects SET status = 'cancelled' WHERE id = $1`, [cancelled]);
    // No investment: counted only in the years of its annual plans (one beyond the plan's period).
    await sql(`UPDATE projects SET investment_wan = NULL WHERE id = $1`, [noInvestment]);
    // 999.99 over two years: 500.00 a year once rounded; an annual plan without an amount in a build year (the even
    // share stands) and one with an amount outside its build years (counted that year).
    const uneven = await addProject('U', { investment: '999.99', start: 2023, end: 2024, status: 'under_construction' });
    // Suspended, with an annual plan: not counted.
    const suspended = await addProject('S', { investment: '300', start: 2024, end: 2024, status: 'suspended' });
    await sql(
      `INSERT INTO project_annual_plans (project_id, year, category, plan_wan) VALUES
         ($1, 2024, 'continuing', 800), ($1, 2030, 'new', 50), ($2, 2024, 'continuing', NULL), ($2, 2026, 'completing', 100), ($3, 2024, 'continuing', 300),
         ($4, 2023, 'continuing', 3333.33)`,
      [noInvestment, uneven, suspended, spread],
    );
    await sql(
      `INSERT INTO progress_reports (project_id, period, completed_investment_wan) VALUES
         ($1, '2022-05-01', 1200.25), ($1, '2024-12-01', 3000), ($1, '2027-03-01', 77),
         ($2, '2024-06-01', 999),
         ($3, '2030-01-01', 20), ($3, '2024-02-01', 100),
         ($4, '2023-02-01', 100.5), ($4, '2024-12-01', 200), ($4, '2026-07-01', 30), ($4, '2026-08-01', 0.01),
         ($5, '2024-03-01', 10)`,
      [spread, cancelled, noInvestment, uneven, suspended],
    );
    await rollups.recompute([fixture.plan.id]);
  }, 60_000);
  afterAll(() => app?.close());

  it('gives the pace computed now, for every year and share of it elapsed', async () => {
    const planId = fixture.plan.id as string;
    for (let year = 2019; year <= 2031; year++) {
      for (const share of [0, 0.3728, 1]) {
        const live = await repository.pace({ planId }, year, share);
        const { plans, computed, as_of, ...kept } = await repository.rollupPace({ planId }, year, share);
        expect({ year, share, ...kept }).toEqual({ year, share, ...live });
        expect({ plans, computed, asOf: as_of === null }).toEqual({ plans: 1, computed: 1, asOf: false });
      }
    }
    // Not an empty comparison: 2024 has every kind of project in it, some behind.
    const in2024 = await repository.rollupPace({ planId }, 2024, 0.3728);
    // 2400 (12000 over 2021–2025) + 800 (its annual plan) + 500 (999.99 over two years, rounded); due at 0.3728:
    // 894.72 + 298.24 + 186.40.
    expect(in2024.summary).toEqual({ plan: '3700.00', expected: '1379.36', completed: '3300.00', behind: 1 });
    expect(in2024.behind.map((b) => b.name)).toEqual(['ICU及重症病区改造建设项目']);
    expect((await repository.rollupPace({ planId }, 2026, 1)).summary).toEqual({ plan: '100.00', expected: '100.00', completed: '30.01', behind: 1 });
    // 3333.33 (an annual plan in a build year) + 500.
    expect((await repository.rollupPace({ planId }, 2023, 1)).summary).toMatchObject({ plan: '3833.33', completed: '100.50' });
  });

  it('answers a plan or a region from the rollups and finer filters now, with the same figures', async () => {
    const query = { planId: fixture.plan.id, year: 2024 };
    const kept = (await app.http.get('/api/v1/finance/pace').query(query).set(finance).expect(200)).body;
    // The fixture's region code is random, and another test's fixture may share it: the plan and its projects move
    // to a region of their own (the rollups select a region's plans, the live figures its projects).
    const [{ code }] = await app.dataSource.query(
      `INSERT INTO regions (code, name, level)
       SELECT c::text, '测试区' || c, 'district' FROM generate_series(970000, 979999) c
        WHERE NOT EXISTS (SELECT 1 FROM regions r WHERE r.code = c::text) LIMIT 1 RETURNING code`,
    );
    await app.dataSource.query(`UPDATE plans SET region_code = $2 WHERE id = $1`, [fixture.plan.id, code]);
    await app.dataSource.query(`UPDATE projects SET region_code = $2 WHERE plan_id = $1`, [fixture.plan.id, code]);
    await rollups.recompute([fixture.plan.id]);
    const byRegion = await app.http.get('/api/v1/finance/pace').query({ regionCode: code, year: 2024 }).set(finance).expect(200);
    // Every project of the plan is new-built: the filter selects the same projects, computed now.
    const live = await app.http.get('/api/v1/finance/pace').query({ ...query, buildType: 'new' }).set(finance).expect(200);
    const liveByRegion = await app.http.get('/api/v1/finance/pace').query({ regionCode: code, year: 2024, buildType: 'new' }).set(finance).expect(200);
    expect([kept.source, byRegion.body.source, live.body.source, liveByRegion.body.source]).toEqual(['rollup', 'rollup', 'live', 'live']);
    const figures = (body: Record<string, unknown>) => ({ ...body, source: undefined, asOf: undefined });
    expect(figures(kept)).toEqual(figures(live.body));
    expect(figures(byRegion.body)).toEqual(figures(liveByRegion.body));
    expect(figures(byRegion.body)).toEqual(figures(live.body));
    // The tag is of the figures: the same, however they were found.
    expect(byRegion.headers.etag).toBe(liveByRegion.headers.etag);
    // 2024 is over: all of its plan is due, and two projects are behind it.
    expect(kept).toMatchObject({ elapsedShare: 1, annualPlanWan: 3700, completedWan: 3300, behindCount: 2 });
    expect(Date.parse(kept.asOf)).not.toBeNaN();
  });

  it('computes now while a plan has not been rolled up, then reads the rollups, keeping the answer until their next run', async () => {
    const other = await createPortfolioFixture(app.dataSource);
    const get = () => app.http.get('/api/v1/finance/pace').query({ planId: other.plan.id, year: 2024 }).set(finance).expect(200);
    const pace = async () => (await get()).body;
    expect(await pace()).toMatchObject({ source: 'live', annualPlanWan: 6444.8 });
    await rollups.recompute([other.plan.id]);
    expect(await pace()).toMatchObject({ source: 'rollup', annualPlanWan: 6444.8 });
    // Repeats are answered from memory (the cache listens for rollup runs from its first use on), with one tag.
    const cache = app.app.get(RollupTotalsCache);
    await waitFor(async () => {
      const before = cache.hits;
      await get();
      return cache.hits > before;
    }, { what: 'a repeat served from the cache' });
    const [first, repeat] = [await get(), await get()];
    expect(repeat.headers.etag).toBe(first.headers.etag);
    // Written by SQL (no rollup asked for): the rollups keep the last run's figures until the next run, whose
    // notification makes every api process forget what it kept.
    await app.dataSource.query(`UPDATE projects SET investment_wan = investment_wan + 5 WHERE id = $1`, [other.projects[0].id]);
    expect(await pace()).toMatchObject({ source: 'rollup', annualPlanWan: 6444.8 });
    await rollups.recompute([other.plan.id]);
    await waitFor(async () => (await pace()).annualPlanWan === 6445.8, { what: 'the next run’s figures' });
    expect((await get()).headers.etag).not.toBe(first.headers.etag);
  });

  it('is rolled up again after an annual plan or a plan’s period is changed through the API, and a new plan is rolled up at once', async () => {
    const other = await createPortfolioFixture(app.dataSource);
    const admin = bearer(await createKey(app.dataSource, 'admin'));
    await rollups.recompute([other.plan.id]);
    const pace = async (year: number) =>
      (await app.http.get('/api/v1/finance/pace').query({ planId: other.plan.id, year }).set(finance).expect(200)).body;
    expect(await pace(2024)).toMatchObject({ source: 'rollup', annualPlanWan: 6444.8 });
    // The first project's plan of 2024 replaces its even share (2400) with 1000.
    await app.http.put(`/api/v1/projects/${other.projects[0].id}/annual-plans/2024`).set(admin).send({ category: 'continuing', planWan: 1000 }).expect(201);
    await waitFor(async () => (await pace(2024)).annualPlanWan === 5044.8, { what: 'the rollup of the annual plan' });

    // The projects have years of their own; without them they are built over the plan's period, which moves.
    await app.dataSource.query(`UPDATE projects SET start_year = NULL, end_year = NULL WHERE plan_id = $1`, [other.plan.id]);
    await rollups.recompute([other.plan.id]);
    expect((await pace(2026)).annualPlanWan).toBe(0);
    const { body: plan, headers } = await app.http.get(`/api/v1/plans/${other.plan.id}`).set(admin).expect(200);
    await app.http.patch(`/api/v1/plans/${plan.id}`).set(admin).set('If-Match', headers.etag).send({ endYear: 2026 }).expect(200);
    // 12000, 10024 and 10200 over 2021–2026: 2000 + 1670.67 + 1700.
    await waitFor(async () => (await pace(2026)).annualPlanWan === 5370.67, { what: 'the rollup of the plan' });

    const created = (
      await app.http.post('/api/v1/plans').set(admin).send({ regionCode: other.regionCode, title: '测试规划', startYear: 2021, endYear: 2025, code: `pace-${other.tag}` }).expect(201)
    ).body;
    await waitFor(async () => (await app.dataSource.query(`SELECT 1 FROM finance_rollup_runs WHERE plan_id = $1`, [created.id])).length === 1, {
      what: 'the new plan’s first rollup',
    });
  });

  it('drops the rows of a deleted project and a plan with none left at the next run', async () => {
    const other = await createPortfolioFixture(app.dataSource);
    await rollups.recompute([other.plan.id]);
    const kept = async () =>
      (await app.dataSource.query(`SELECT count(*)::int AS n FROM finance_pace_projects WHERE plan_id = $1`, [other.plan.id]))[0].n;
    expect(await kept()).toBe(15);
    await app.dataSource.query(`DELETE FROM projects WHERE plan_id = $1`, [other.plan.id]);
    await rollups.recompute([other.plan.id]);
    expect(await kept()).toBe(0);
    expect(await app.dataSource.query(`SELECT 1 FROM finance_pace_plan_years WHERE plan_id = $1`, [other.plan.id])).toEqual([]);
  });
});
