import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RollupService, RollupsRepository } from '@tracker/finance';
import type { DataSource } from 'typeorm';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { waitFor } from '../support/processes';
import { startTestApp, type TestApp } from '../support/test-app';

type Fixture = Awaited<ReturnType<typeof createPortfolioFixture>>;

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * The rows of progress_year_amounts for some projects that differ from the sums of their monthly reports (missing
 * rows count as zeros). Empty when the triggers kept the table exact.
 */
async function drift(db: DataSource, projectIds: string[]): Promise<unknown[]> {
  return db.query(
    `WITH expected AS (
       SELECT project_id, extract(year FROM period)::smallint AS year, sum(completed_investment_wan) AS completed_wan,
              sum(disbursed_wan) AS disbursed_wan,
              ${MONTHS.map((m) => `coalesce(sum(completed_investment_wan) FILTER (WHERE extract(month FROM period) = ${m}), 0) AS m${m}`).join(', ')}
         FROM progress_reports WHERE project_id = ANY($1) GROUP BY 1, 2
     ), kept AS (SELECT * FROM progress_year_amounts WHERE project_id = ANY($1))
     SELECT coalesce(e.project_id, k.project_id) AS project_id, coalesce(e.year, k.year) AS year,
            e.completed_wan AS expected, k.completed_wan AS kept
       FROM expected e FULL JOIN kept k ON k.project_id = e.project_id AND k.year = e.year
      WHERE (coalesce(e.completed_wan, 0), coalesce(e.disbursed_wan, 0), ${MONTHS.map((m) => `coalesce(e.m${m}, 0)`).join(', ')})
            IS DISTINCT FROM (coalesce(k.completed_wan, 0), coalesce(k.disbursed_wan, 0), ${MONTHS.map((m) => `coalesce(k.m${m}, 0)`).join(', ')})`,
    [projectIds],
  );
}

/**
 * The pace reads completed investment from progress_year_amounts, which triggers on progress_reports keep. Every
 * way a report is written (the API, bulk SQL, a moved period, a deletion, a deleted project, two transactions at
 * once) must leave it equal to the sums of the reports, or the pace would show a wrong 完成投资.
 */
describe('progress_year_amounts: kept equal to the monthly reports by every writer', () => {
  let app: TestApp;
  let fixture: Fixture;
  let admin: Record<string, string>;
  let ids: string[];

  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    fixture = await createPortfolioFixture(app.dataSource);
    admin = bearer(await createKey(app.dataSource, 'admin'));
    ids = fixture.projects.map((p) => p.id as string);
  }, 60_000);
  afterAll(() => app?.close());

  const report = (projectId: string, period: string, completedInvestmentWan: number, disbursedWan = 0) =>
    app.http.put(`/api/v1/projects/${projectId}/progress/${period}`).set(admin).send({ completedInvestmentWan, disbursedWan }).expect((r) => {
      if (r.status >= 300) throw new Error(`${period}: ${r.status} ${r.text}`);
    });
  const kept = async (projectId: string, year: number) =>
    (await app.dataSource.query(`SELECT * FROM progress_year_amounts WHERE project_id = $1 AND year = $2`, [projectId, year]))[0];

  it('follows reports made, corrected and deleted through the API and by SQL', async () => {
    const [first, second] = ids;
    await report(first, '2024-01', 100.1, 60.5);
    const february = (await report(first, '2024-02', 200.2)).body;
    await report(first, '2023-12', 5);
    expect(await kept(first, 2024)).toMatchObject({ completed_wan: '300.30', disbursed_wan: '60.50', m1: '100.10', m2: '200.20', m3: '0.00' });
    expect(await kept(first, 2023)).toMatchObject({ completed_wan: '5.00', m12: '5.00' });

    // A correction (If-Match on the report's version) replaces the month's amount.
    await app.http.put(`/api/v1/projects/${first}/progress/2024-02`).set(admin).set('If-Match', `"${february.version}"`)
      .send({ completedInvestmentWan: 0.05, disbursedWan: 0 }).expect(200);
    expect(await kept(first, 2024)).toMatchObject({ completed_wan: '100.15', m2: '0.05' });

    // Bulk SQL: many rows in one statement; a period moved to another year; a disbursement corrected alone; a change of
    // a column that is not an amount.
    await app.dataSource.query(
      `INSERT INTO progress_reports (project_id, period, completed_investment_wan)
       SELECT $1, make_date(2025, m, 1), m * 1.01 FROM generate_series(1, 12) AS m`,
      [second],
    );
    await app.dataSource.query(`UPDATE progress_reports SET period = '2022-06-01' WHERE project_id = $1 AND period = '2023-12-01'`, [first]);
    await app.dataSource.query(`UPDATE progress_reports SET disbursed_wan = 70.25 WHERE project_id = $1 AND period = '2024-01-01'`, [first]);
    await app.dataSource.query(`UPDATE progress_reports SET note = '只改备注' WHERE project_id = ANY($1)`, [ids]);
    await app.dataSource.query(`DELETE FROM progress_reports WHERE project_id = $1 AND period = '2025-03-01'`, [second]);
    expect(await kept(first, 2023)).toMatchObject({ completed_wan: '0.00', m12: '0.00' });
    expect(await kept(first, 2022)).toMatchObject({ completed_wan: '5.00', m6: '5.00' });
    expect(await kept(first, 2024)).toMatchObject({ completed_wan: '100.15', disbursed_wan: '70.25' });
    expect(await kept(second, 2025)).toMatchObject({ completed_wan: String((78 - 3) * 1.01), m3: '0.00', m12: '12.12' });
    expect(await drift(app.dataSource, ids)).toEqual([]);
  });

  it('counts two transactions that report different months of one project at the same time', async () => {
    const projectId = ids[2];
    const runners = [app.dataSource.createQueryRunner(), app.dataSource.createQueryRunner()];
    try {
      for (const runner of runners) await runner.startTransaction();
      await runners[0].query(`INSERT INTO progress_reports (project_id, period, completed_investment_wan) VALUES ($1, '2024-04-01', 40)`, [projectId]);
      // The second waits for the first's row lock; a recount would then overwrite 40 with its own snapshot's 7.
      let settled = false;
      const second = runners[1]
        .query(`INSERT INTO progress_reports (project_id, period, completed_investment_wan) VALUES ($1, '2024-05-01', 7)`, [projectId])
        .finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(settled).toBe(false);
      await runners[0].commitTransaction();
      await second;
      await runners[1].commitTransaction();
    } finally {
      for (const runner of runners) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
    }
    expect(await kept(projectId, 2024)).toMatchObject({ completed_wan: '47.00', m4: '40.00', m5: '7.00' });
    expect(await drift(app.dataSource, ids)).toEqual([]);
  });

  it('goes with a deleted project, and the pace of the plan reads it', async () => {
    const pace = async () =>
      (await app.http.get('/api/v1/finance/pace').query({ planId: fixture.plan.id, year: 2024 }).set(admin).expect(200)).body;
    const [sums] = await app.dataSource.query(
      `SELECT sum(r.completed_investment_wan)::float AS completed FROM progress_reports r JOIN projects p ON p.id = r.project_id
        WHERE p.plan_id = $1 AND p.status NOT IN ('cancelled', 'suspended') AND r.period >= '2024-01-01' AND r.period < '2025-01-01'`,
      [fixture.plan.id],
    );
    // A plan's pace is read from its rollups. The worker runs them after a write through the API, but some reports
    // above were written by SQL, which asks for no run: run it here.
    await new RollupService(app.dataSource, new RollupsRepository(app.dataSource.manager)).recompute([fixture.plan.id]);
    const before = await pace();
    expect(before.completedWan).toBe(sums.completed);
    expect(before.source).toBe('rollup');
    expect(before.months.find((m: { month: string }) => m.month === '2024-04').completedWan).toBe(40);
    // The answer's ETag: 304 while the figures stay, a new tag once a report moves them.
    const tagged = await app.http.get('/api/v1/finance/pace').query({ planId: fixture.plan.id, year: 2024 }).set(admin).expect(200);
    const etag = tagged.headers.etag as string;
    expect(etag).toMatch(/^"p-/);
    await app.http.get('/api/v1/finance/pace').query({ planId: fixture.plan.id, year: 2024 }).set(admin).set('If-None-Match', etag).expect(304);

    // The reports go with the project (cascade) and their differences are not added for it: without that, the
    // delete would fail on the amounts' foreign key.
    await app.http.delete(`/api/v1/projects/${ids[2]}`).set(admin).set('If-Match', '"1"').expect(204);
    expect(await app.dataSource.query(`SELECT 1 FROM progress_year_amounts WHERE project_id = $1`, [ids[2]])).toEqual([]);
    const remaining = Number((sums.completed - 47).toFixed(2));
    await waitFor(async () => (await pace()).completedWan === remaining, { what: 'the rollup of the deletion' });
    await app.http.get('/api/v1/finance/pace').query({ planId: fixture.plan.id, year: 2024 }).set(admin).set('If-None-Match', etag).expect(200);
    expect(await drift(app.dataSource, ids)).toEqual([]);
  });

  it('empties with a TRUNCATE of the reports (rolled back here: the database is shared)', async () => {
    const runner = app.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query(`TRUNCATE progress_reports`);
      expect((await runner.query(`SELECT count(*)::int AS n FROM progress_year_amounts`))[0].n).toBe(0);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('equals the reports of the whole test database, whatever suites wrote them before this one', async () => {
    const [{ ids: all }] = await app.dataSource.query(`SELECT coalesce(array_agg(id), '{}') AS ids FROM projects`);
    expect(await drift(app.dataSource, all)).toEqual([]);
  });
});
