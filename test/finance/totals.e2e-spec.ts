import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { RollupService, RollupsRepository } from '@tracker/finance';
import { GROUPINGS } from '../../libs/finance/src/groupings';
import { RollupsProcessor } from '../../libs/finance/src/jobs/rollups.processor';
import { RollupTotalsCache } from '../../libs/finance/src/http/rollup-totals-cache';
import { formatLocalTime } from '../../libs/finance/src/http/totals-export';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { waitFor } from '../support/processes';
import { startTestApp, type TestApp } from '../support/test-app';

type Totals = { asOf: string; source: string; rows: Record<string, number | string>[]; total: Record<string, number> };

describe('/api/v1/finance', () => {
  let app: TestApp;
  let fixture: Awaited<ReturnType<typeof createPortfolioFixture>>;
  let finance: Record<string, string>;
  let admin: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    fixture = await createPortfolioFixture(app.dataSource);
    finance = bearer(await createKey(app.dataSource, 'finance'));
    admin = bearer(await createKey(app.dataSource, 'admin'));
  });
  afterAll(() => app.close());

  const totals = async (query: Record<string, string | number>): Promise<Totals> =>
    (await app.http.get('/api/v1/finance/totals').query(query).set(finance).expect(200)).body;

  /** /finance/totals.xlsx for a query, opened by exceljs. */
  const totalsWorkbook = async (query: Record<string, string>): Promise<ExcelJS.Workbook> => {
    const xlsx = await app.http
      .get('/api/v1/finance/totals.xlsx')
      .query(query)
      .set(finance)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.body as Buffer).buffer as ArrayBuffer);
    return workbook;
  };

  /** The same figures straight from the source tables, summed by PostgreSQL. */
  const liveSum = async (planId: string) => {
    const [row] = await app.dataSource.query(
      `SELECT count(*)::int AS n, coalesce(sum(investment_wan), 0)::text AS investment, coalesce(sum(land_mu), 0)::text AS land,
              (SELECT coalesce(sum(r.completed_investment_wan), 0) FROM progress_reports r JOIN projects q ON q.id = r.project_id
                WHERE q.plan_id = $1)::text AS completed
         FROM projects WHERE plan_id = $1`,
      [planId],
    );
    return { projectCount: row.n, investmentWan: Number(row.investment), landMu: Number(row.land), completedInvestmentWan: Number(row.completed) };
  };

  it('answers every grouping, with a total that is the exact sum of its rows', async () => {
    for (const groupBy of GROUPINGS) {
      // The annual category is the category of a year's plan: it needs the year.
      const body = await totals({ groupBy, planId: fixture.plan.id, ...(groupBy === 'annualCategory' ? { year: 2022 } : {}) });
      const sum = (key: string) => body.rows.reduce((acc, row) => acc + Math.round(Number(row[key]) * 100), 0) / 100;
      for (const key of ['investmentWan', 'landMu', 'completedInvestmentWan']) {
        expect({ groupBy, key, total: body.total[key] }).toEqual({ groupBy, key, total: sum(key) });
      }
    }
    const byProgram = await totals({ groupBy: 'program', planId: fixture.plan.id });
    expect(byProgram.rows).toEqual([
      expect.objectContaining({ key: fixture.program.id, label: '专栏2 县级医疗机构强水平建设项目', projectCount: 3, investmentWan: 32224, landMu: 20 }),
    ]);
    const byStatus = await totals({ groupBy: 'status', planId: fixture.plan.id });
    expect(byStatus.rows[0]).toMatchObject({ key: 'planned', label: '计划' });
  });

  it('tags totals with an ETag, answers 304 to it, serves repeats from memory and forgets them when a rollup commits', async () => {
    await app.http.post('/api/v1/jobs/rollups/run').set(admin).expect(202);
    const query = { groupBy: 'program', planId: fixture.plan.id };
    const get = (headers: Record<string, string> = {}) => app.http.get('/api/v1/finance/totals').query(query).set(finance).set(headers);
    await waitFor(async () => (await get()).body.source === 'rollup', { what: 'the rollup' });
    const cache = app.app.get(RollupTotalsCache);
    // The cache listens from its first use on; from then a repeat is answered from memory.
    await waitFor(async () => {
      const before = cache.hits;
      await get().expect(200);
      return cache.hits > before;
    }, { what: 'a repeat served from the cache' });
    const first = await get().expect(200);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"t-/);
    const repeat = await get().expect(200);
    expect({ etag: repeat.headers.etag, body: repeat.body }).toEqual({ etag, body: first.body });
    const notModified = await get({ 'If-None-Match': etag }).expect(304);
    expect(notModified.text).toBe('');

    // A write, and its rollup's notification: the cached answer is dropped, the new figures get a new tag.
    const project = fixture.projects[0];
    const current = await app.http.get(`/api/v1/projects/${project.id}`).set(admin).expect(200);
    await app.http
      .patch(`/api/v1/projects/${project.id}`)
      .set(admin)
      .set('If-Match', String(current.headers.etag))
      .send({ investmentWan: Number(current.body.investmentWan) + 1 })
      .expect(200);
    await waitFor(async () => (await get()).body.total.investmentWan === first.body.total.investmentWan + 1, { what: 'the totals to include the write' });
    const changed = await get({ 'If-None-Match': etag }).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    await get({ 'If-None-Match': String(changed.headers.etag) }).expect(304);
    // Put the figure back for the tests that follow, and see the totals come back with it.
    const written = await app.http.get(`/api/v1/projects/${project.id}`).set(admin).expect(200);
    await app.http
      .patch(`/api/v1/projects/${project.id}`)
      .set(admin)
      .set('If-Match', String(written.headers.etag))
      .send({ investmentWan: current.body.investmentWan })
      .expect(200);
    await waitFor(async () => (await get()).body.total.investmentWan === first.body.total.investmentWan, { what: 'the totals to come back' });
  });

  it('serves plan-wide totals from the rollups and reflects a write without a manual rollup', async () => {
    await app.http.post('/api/v1/jobs/rollups/run').set(admin).expect(202);
    await waitFor(async () => (await totals({ groupBy: 'plan', planId: fixture.plan.id })).source === 'rollup', {
      what: 'the first rollup',
    });
    const project = fixture.projects[1];
    await app.http
      .patch(`/api/v1/projects/${project.id}`)
      .set(admin)
      .set('If-Match', `"${project.version}"`)
      .send({ investmentWan: 10024.37 })
      .expect(200);
    await waitFor(async () => (await totals({ groupBy: 'plan', planId: fixture.plan.id })).total.investmentWan === 32224.37, {
      // How fast is a figure (write → visible in totals, bench:api); here only that the event-driven rollup runs.
      timeoutMs: 10_000,
      intervalMs: 50,
      what: 'the totals to reflect the write',
    });
    const body = await totals({ groupBy: 'plan', planId: fixture.plan.id });
    expect(body.source).toBe('rollup');
    expect(body.total).toMatchObject(await liveSum(fixture.plan.id));
  });

  it('computes finer filters live, still exact', async () => {
    const body = await totals({ groupBy: 'institution', planId: fixture.plan.id, status: 'planned' });
    expect(body.source).toBe('live');
    const [row] = await app.dataSource.query(
      `SELECT sum(investment_wan)::text AS s FROM projects WHERE plan_id = $1 AND status = 'planned'`,
      [fixture.plan.id],
    );
    expect(body.total.investmentWan).toBe(Number(row.s));
  });

  it('keeps rollups equal to live SQL after random writes from several clients', async () => {
    const local = await createPortfolioFixture(app.dataSource);
    const manager = bearer(await createKey(app.dataSource, 'manager', [local.hospital.id, local.clinic.id]));
    // Deterministic "random" amounts with cents, written concurrently: creates, updates and monthly progress.
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const cents = () => Math.round(next() * 1_000_000) / 100;
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        app.http
          .post('/api/v1/projects')
          .set(manager)
          .send({ planId: local.plan.id, programId: local.program.id, institutionId: i % 2 ? local.hospital.id : local.clinic.id,
                  name: `随机项目${i}`, investmentWan: cents(), landMu: Math.round(next() * 10000) / 10000 })
          .expect(201),
      ),
    );
    await Promise.all(
      created.map((response, i) =>
        i % 3 === 0
          ? app.http.patch(`/api/v1/projects/${response.body.id}`).set(manager).set('If-Match', '"1"').send({ investmentWan: cents() }).expect(200)
          : i % 3 === 1
            ? app.http.delete(`/api/v1/projects/${response.body.id}`).set(admin).set('If-Match', '"1"').expect(204)
            : Promise.resolve(),
      ),
    );
    for (const [i, response] of created.entries()) {
      if (i % 3 !== 2) continue;
      await app.dataSource.query(
        `INSERT INTO progress_reports (project_id, period, completed_investment_wan, disbursed_wan) VALUES ($1, '2024-05-01', $2, 0)`,
        [response.body.id, cents()],
      );
    }
    await app.http.post('/api/v1/jobs/rollups/run').set(admin).expect(202);
    const expected = await liveSum(local.plan.id);
    await waitFor(
      async () => {
        const body = await totals({ groupBy: 'plan', planId: local.plan.id });
        return body.source === 'rollup' && body.total.investmentWan === expected.investmentWan &&
          body.total.completedInvestmentWan === expected.completedInvestmentWan && body.total.landMu === expected.landMu;
      },
      { timeoutMs: 15_000, what: 'rollups to equal the live sums' },
    );
    for (const groupBy of GROUPINGS.filter((g) => g !== 'fundingSource')) {
      const body = await totals({ groupBy, planId: local.plan.id, ...(groupBy === 'annualCategory' ? { year: 2022 } : {}) });
      expect({ groupBy, ...body.total }).toMatchObject({ groupBy, ...expected });
    }
  }, 60_000);

  it('keeps portfolio-wide totals (no filter) equal to live SQL as plans are recomputed one by one', async () => {
    const liveByStatus = async () =>
      (
        await app.dataSource.query(
          `SELECT p.status AS key, count(*)::int AS "projectCount", coalesce(sum(p.investment_wan), 0)::float8 AS "investmentWan",
                  coalesce(sum(p.land_mu), 0)::float8 AS "landMu", coalesce(sum(r.completed), 0)::float8 AS "completedInvestmentWan"
             FROM projects p
             LEFT JOIN (SELECT project_id, sum(completed_investment_wan) AS completed FROM progress_reports GROUP BY project_id) r
               ON r.project_id = p.id
            GROUP BY p.status ORDER BY p.status`,
        )
      ).map((row: Record<string, unknown>) => ({ ...row }));
    const portfolioMatches = async () => {
      const body = await totals({ groupBy: 'status' });
      const served = body.rows.map((row) => ({
        key: row.key,
        projectCount: row.projectCount,
        investmentWan: row.investmentWan,
        landMu: row.landMu,
        completedInvestmentWan: row.completedInvestmentWan,
      }));
      return body.source === 'rollup' && JSON.stringify(served) === JSON.stringify(await liveByStatus());
    };
    // Progress reports in the portfolio, so the full run's one-pass sum of reports is checked too.
    await app.http.put(`/api/v1/projects/${fixture.projects[0].id}/progress/2023-05`).set(admin).send({ completedInvestmentWan: 123.45, disbursedWan: 100 }).expect(201);
    await app.http.put(`/api/v1/projects/${fixture.projects[1].id}/progress/2023-05`).set(admin).send({ completedInvestmentWan: 0.01, disbursedWan: 0 }).expect(201);
    await app.http.post('/api/v1/jobs/rollups/run').set(admin).expect(202);
    await waitFor(portfolioMatches, { timeoutMs: 20_000, what: 'portfolio totals after a full run' });

    // Writes to one plan: only that plan is recomputed, and the portfolio totals move by exactly its change.
    const local = await createPortfolioFixture(app.dataSource); // a new plan, computed by its first write's run
    const [project] = local.projects;
    await app.http.patch(`/api/v1/projects/${project.id}`).set(admin).set('If-Match', '"1"').send({ investmentWan: 12000.07, status: 'under_construction' }).expect(200);
    await app.http.post('/api/v1/projects').set(admin)
      .send({ planId: local.plan.id, institutionId: local.clinic.id, name: '新增门诊楼', investmentWan: 333.33, landMu: 1.2345, status: 'completed' })
      .expect(201);
    await waitFor(portfolioMatches, { timeoutMs: 20_000, what: 'portfolio totals after incremental runs' });
    const total = (await totals({ groupBy: 'status' })).total;
    const [all] = await app.dataSource.query(`SELECT coalesce(sum(investment_wan), 0)::float8 AS investment FROM projects`);
    expect(total.investmentWan).toBe(all.investment);
  }, 60_000);

  it('runs again the rollup of a plan whose request the queue lost', async () => {
    const local = await createPortfolioFixture(app.dataSource);
    await app.http.post('/api/v1/jobs/rollups/run').set(admin).expect(202);
    await waitFor(async () => (await totals({ groupBy: 'plan', planId: local.plan.id })).source === 'rollup', { what: 'the first rollup' });
    // A change whose rollup job was lost: the request is recorded, the queue has nothing.
    await app.dataSource.query(`UPDATE projects SET investment_wan = investment_wan + 0.03 WHERE id = $1`, [local.projects[0].id]);
    await app.dataSource.query(`INSERT INTO rollup_requests (plan_id, requested_at) VALUES ($1, now() - interval '1 hour')`, [local.plan.id]);
    expect(await app.app.get(RollupsProcessor).recoverLostRequests()).toBeGreaterThanOrEqual(1);
    const expected = await liveSum(local.plan.id);
    await waitFor(async () => (await totals({ groupBy: 'plan', planId: local.plan.id })).total.investmentWan === expected.investmentWan, {
      what: 'the recovered rollup',
    });
    await waitFor(
      async () => (await app.dataSource.query(`SELECT 1 FROM rollup_requests WHERE plan_id = $1`, [local.plan.id])).length === 0,
      { what: 'the request to be answered' },
    );
  });

  it('rejects an unknown grouping or filter with field errors, and a year grouping without its year', async () => {
    const response = await app.http.get('/api/v1/finance/totals').query({ groupBy: 'colour', colour: 'x' }).set(finance).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['colour', 'groupBy']);
    const yearless = await app.http.get('/api/v1/finance/totals').query({ groupBy: 'annualCategory' }).set(finance).expect(400);
    expect(yearless.body.errors).toEqual([{ field: 'year', message: expect.stringMatching(/needs the year/) }]);
  });

  it('adds a year’s plans: annualPlanWan on every row and the total, the same with and without the rollups’ filters', async () => {
    const local = await createPortfolioFixture(app.dataSource);
    const [first, second] = local.projects;
    await app.dataSource.query(
      `INSERT INTO project_annual_plans (project_id, year, category, plan_wan) VALUES ($1, 2023, 'continuing', 1200.5), ($2, 2023, 'new', 300)`,
      [first.id, second.id],
    );
    const byCategory = await totals({ groupBy: 'annualCategory', planId: local.plan.id, year: 2023 });
    expect(byCategory.rows.map((r) => [r.key, r.label, r.projectCount, r.annualPlanWan])).toEqual([
      ['', '未分类', 1, 0],
      ['continuing', '续建', 1, 1200.5],
      ['new', '新开工', 1, 300],
    ]);
    expect(byCategory.total).toMatchObject({ projectCount: 3, annualPlanWan: 1500.5, investmentWan: 32224 });
    const byPlan = await totals({ groupBy: 'plan', planId: local.plan.id, year: 2023 });
    expect(byPlan).toMatchObject({ source: 'live', year: 2023, total: { annualPlanWan: 1500.5 } });
    const otherYear = await totals({ groupBy: 'plan', planId: local.plan.id, year: 2024 });
    expect(otherYear.total.annualPlanWan).toBe(0);
    const csv = await app.http.get('/api/v1/finance/totals.csv').query({ groupBy: 'annualCategory', planId: local.plan.id, year: 2023 }).set(finance).expect(200);
    expect(csv.text.split('\r\n')[1]).toBe('年度类别,项目数（个）,用地（亩）,计划投资（万元）,年度计划投资（万元）,建筑面积（平方米）,床位（张）,累计完成投资（万元）,累计拨付（万元）');
    expect(csv.text).toContain('续建,1,');
    expect(csv.text).toMatch(/合计,3,20\.0000,32224\.00,1500\.50,/);
  });

  it('reconciles declared totals against the projects', async () => {
    const local = await createPortfolioFixture(app.dataSource);
    const response = await app.http.get('/api/v1/finance/reconciliation').query({ planId: local.plan.id }).set(finance).expect(200);
    expect(response.body.items).toEqual([
      expect.objectContaining({
        number: 2,
        declared: { landMu: 20, investmentWan: 32224 },
        computed: { landMu: 20, investmentWan: 32224 },
        difference: { landMu: 0, investmentWan: 0 },
        reconciled: true,
      }),
    ]);
    await app.dataSource.query(`UPDATE projects SET investment_wan = investment_wan + 0.01 WHERE id = $1`, [local.projects[0].id]);
    const after = await app.http.get('/api/v1/finance/reconciliation').query({ planId: local.plan.id }).set(finance).expect(200);
    expect(after.body.items[0]).toMatchObject({ difference: { investmentWan: 0.01 }, reconciled: false });
    expect(after.body.allReconciled).toBe(false);
  });

  it('exports CSV with Chinese headers and a total row, and xlsx with numbers as numbers', async () => {
    const csv = await app.http.get('/api/v1/finance/totals.csv').query({ groupBy: 'program', planId: fixture.plan.id }).set(finance).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.text.replace(/^\ufeff/, '').trim().split('\r\n');
    const [{ name: regionName }] = await app.dataSource.query(`SELECT coalesce(full_name, name) AS name FROM regions WHERE code = $1`, [fixture.regionCode]);
    const heading = `${fixture.plan.title}·${regionName} 投资汇总（按专栏）`;
    expect(lines[0]).toMatch(new RegExp(`^"?${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(lines[1]).toBe('专栏,项目数（个）,用地（亩）,计划投资（万元）,建筑面积（平方米）,床位（张）,累计完成投资（万元）,累计拨付（万元）');
    expect(lines.at(-1)).toMatch(/^合计,3,20\.0000,/);

    const workbook = await totalsWorkbook({ groupBy: 'program', planId: fixture.plan.id });
    const sheet = workbook.worksheets[0];
    const total = sheet.getRow(sheet.rowCount);
    expect(total.getCell(1).value).toBe('合计');
    const api = await totals({ groupBy: 'program', planId: fixture.plan.id });
    // The title names the plan and its region (not their ids) and says when in Beijing time, never an ISO UTC string.
    const title = String(sheet.getCell('A1').value);
    expect(title.startsWith(heading)).toBe(true);
    expect(title).not.toContain(fixture.plan.id);
    expect(title).not.toMatch(/\d{4}-\d{2}-\d{2}T|Z\b/);
    const when = /数据截至 (\d{4})年(\d{1,2})月(\d{1,2})日 (\d{2}):(\d{2})（北京时间）$/.exec(title);
    expect(when).not.toBeNull();
    // Beijing is UTC+8 all year: the title's minute is the figures' asOf (read again just after) to the minute.
    const [, y, mo, d, h, mi] = when!.map(Number);
    const stated = Date.UTC(y, mo - 1, d, h - 8, mi);
    expect(Math.abs(stated - Date.parse(api.asOf))).toBeLessThan(2 * 60_000);
    expect(formatLocalTime('2026-11-29T21:00:03.999Z', 'Asia/Shanghai')).toBe('2026年11月30日 05:00（北京时间）');
    expect(formatLocalTime('2026-11-30T08:05:00Z', 'Asia/Shanghai')).toBe('2026年11月30日 16:05（北京时间）');
    expect(total.getCell(4).value).toBe(api.total.investmentWan);
    expect(typeof total.getCell(4).value).toBe('number');
    expect(sheet.getColumn(4).numFmt).toBe('#,##0.00');
  });

  it('neutralises labels that a spreadsheet would run as formulas in CSV (OWASP), and keeps xlsx typed', async () => {
    const local = await createPortfolioFixture(app.dataSource);
    await app.dataSource.query(`UPDATE institutions SET name = $2 WHERE id = $1`, [local.hospital.id, '=HYPERLINK("http://evil.example/","点此")']);
    await app.dataSource.query(`UPDATE institutions SET name = $2 WHERE id = $1`, [local.clinic.id, '@SUM(1+1)医院']);
    const csv = await app.http.get('/api/v1/finance/totals.csv').query({ groupBy: 'institution', planId: local.plan.id }).set(finance).expect(200);
    const lines = csv.text.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines).toContainEqual(expect.stringMatching(/^"'=HYPERLINK\(""http:\/\/evil\.example\/"",""点此""\)",2,20\.0000,22024\.00,/));
    expect(lines).toContainEqual(expect.stringMatching(/^'@SUM\(1\+1\)医院,1,0\.0000,10200\.00,/));
    expect(lines.filter((line) => /^[=+\-@\t\r]/.test(line))).toEqual([]);
    const workbook = await totalsWorkbook({ groupBy: 'institution', planId: local.plan.id });
    const labels = workbook.worksheets[0].getColumn(1).values.filter((v) => typeof v === 'string');
    expect(labels).toEqual(expect.arrayContaining(['=HYPERLINK("http://evil.example/","点此")', '@SUM(1+1)医院']));
  });

  it('lets only admins run jobs, and names unknown jobs', async () => {
    await app.http.post('/api/v1/jobs/rollups/run').set(finance).expect(403);
    await app.http.post('/api/v1/jobs/nothing/run').set(admin).expect(404);
  });
});

describe('/api/v1/finance/pace (序时进度)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  // These tests write by SQL, which asks for no rollup: they run the plan's rollup themselves, as the worker does
  // after a write through the API, so the pace (a plan's is read from the rollups) includes what they wrote.
  const rollUp = (planId: string) => new RollupService(app.dataSource, new RollupsRepository(app.dataSource.manager)).recompute([planId]);

  it('compares this year’s completed investment with an even pace and lists the projects behind it', async () => {
    const fixture = await createPortfolioFixture(app.dataSource);
    const finance = bearer(await createKey(app.dataSource, 'finance'));
    // Two projects over 2024–2025 of 12000 and 10024 万元: 6000 and 5012 planned for 2024, all of it due by year end.
    await app.dataSource.query(`UPDATE projects SET start_year = 2024, end_year = 2025 WHERE plan_id = $1`, [fixture.plan.id]);
    await app.dataSource.query(`UPDATE projects SET start_year = 2026, end_year = 2027 WHERE id = $1`, [fixture.projects[2].id]);
    await app.dataSource.query(
      `INSERT INTO progress_reports (project_id, period, completed_investment_wan) VALUES ($1, '2024-03-01', 2000), ($1, '2024-11-01', 4000.5),
              ($2, '2024-06-01', 1000), ($2, '2023-12-01', 999)`,
      [fixture.projects[0].id, fixture.projects[1].id],
    );
    await rollUp(fixture.plan.id);
    const response = await app.http.get('/api/v1/finance/pace').query({ planId: fixture.plan.id, year: 2024 }).set(finance).expect(200);
    expect(response.body).toMatchObject({
      source: 'rollup',
      year: 2024,
      elapsedShare: 1,
      annualPlanWan: 11012,
      expectedToDateWan: 11012,
      completedWan: 7000.5,
      behindCount: 1,
      behind: [{ projectId: fixture.projects[1].id, annualPlanWan: 5012, completedWan: 1000, gapWan: 4012 }],
    });

    // Month by month: 2024 has 366 days, so the pace at the end of March is 91/366 of the year's 11012 万元.
    const months = response.body.months as { month: string; expectedCumulativeWan: number; completedWan: number; completedCumulativeWan: number }[];
    expect(months.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`));
    expect(months[0]).toEqual({ month: '2024-01', expectedCumulativeWan: 932.71, completedWan: 0, completedCumulativeWan: 0 });
    expect(months[2]).toEqual({ month: '2024-03', expectedCumulativeWan: 2737.96, completedWan: 2000, completedCumulativeWan: 2000 });
    expect(months[5]).toMatchObject({ completedWan: 1000, completedCumulativeWan: 3000 });
    expect(months[10]).toMatchObject({ completedWan: 4000.5, completedCumulativeWan: 7000.5 });
    expect(months[11]).toEqual({ month: '2024-12', expectedCumulativeWan: 11012, completedWan: 0, completedCumulativeWan: 7000.5 });
    const paceSteps = months.map((m) => m.expectedCumulativeWan);
    expect([...paceSteps].sort((a, b) => a - b)).toEqual(paceSteps);
  });

  it('spreads a project without build years over its plan’s period (2021–2025), and one with only a start or an end over that year', async () => {
    const fixture = await createPortfolioFixture(app.dataSource);
    const finance = bearer(await createKey(app.dataSource, 'finance'));
    const [noYears, startOnly, endOnly] = fixture.projects.map((p: { id: string }) => p.id);
    await app.dataSource.query(`UPDATE projects SET start_year = NULL, end_year = NULL WHERE id = $1`, [noYears]);
    await app.dataSource.query(`UPDATE projects SET start_year = 2027, end_year = NULL WHERE id = $1`, [startOnly]);
    await app.dataSource.query(`UPDATE projects SET start_year = NULL, end_year = 2020 WHERE id = $1`, [endOnly]);
    await rollUp(fixture.plan.id);
    const planFor = async (year: number) =>
      (await app.http.get('/api/v1/finance/pace').query({ planId: fixture.plan.id, year }).set(finance).expect(200)).body.annualPlanWan;
    // 12000 over five years; 10024 in 2027 alone; 10200 in 2020 alone.
    expect([await planFor(2020), await planFor(2021), await planFor(2025), await planFor(2026), await planFor(2027)]).toEqual([
      10200, 2400, 2400, 0, 10024,
    ]);
  });

  it('leaves the months not yet begun without completed figures, and a future year without any', async () => {
    const fixture = await createPortfolioFixture(app.dataSource);
    const finance = bearer(await createKey(app.dataSource, 'finance'));
    const [{ year, month }] = await app.dataSource.query(
      `SELECT extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')::int AS year, extract(month FROM now() AT TIME ZONE 'Asia/Shanghai')::int AS month`,
    );
    await app.dataSource.query(`UPDATE projects SET start_year = $2::int, end_year = $2::int + 1 WHERE plan_id = $1`, [fixture.plan.id, year]);
    await rollUp(fixture.plan.id);
    const current = await app.http.get('/api/v1/finance/pace').query({ planId: fixture.plan.id, year }).set(finance).expect(200);
    const begun = current.body.months.filter((m: { completedWan: number | null }) => m.completedWan !== null);
    expect(begun).toHaveLength(month);
    expect(current.body.months[11].expectedCumulativeWan).toBe(current.body.annualPlanWan);
    expect(current.body.annualPlanWan).toBeGreaterThan(0);

    const future = await app.http.get('/api/v1/finance/pace').query({ planId: fixture.plan.id, year: year + 1 }).set(finance).expect(200);
    expect(future.body.months.every((m: { completedCumulativeWan: number | null }) => m.completedCumulativeWan === null)).toBe(true);
  });
});
