import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RollupService, RollupsRepository } from '@tracker/finance';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DataSource, QueryRunner } from 'typeorm';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { cleanEnv } from '../support/processes';
import { regionListCurrent } from '../support/region-list';
import { startTestAppOnFreshDatabase, type TestApp } from '../support/test-app';

/**
 * The rows of region_plan_counts that differ from a count of the plans (own region, parent, grandparent: the query
 * GET /regions ran before the table existed); missing rows count as zeros. Empty when the triggers kept it exact.
 */
async function drift(db: DataSource): Promise<unknown[]> {
  return db.query(
    `WITH expected AS (
       SELECT up.code, count(*)::int AS plan_count
         FROM plans pl
         JOIN regions own ON own.code = pl.region_code
         LEFT JOIN regions parent ON parent.code = own.parent_code
        CROSS JOIN LATERAL (VALUES (own.code), (own.parent_code), (parent.parent_code)) AS up (code)
        WHERE up.code IS NOT NULL
        GROUP BY up.code)
     SELECT coalesce(e.code, k.code) AS code, e.plan_count AS expected, k.plan_count AS kept
       FROM expected e FULL JOIN region_plan_counts k ON k.code = e.code
      WHERE coalesce(e.plan_count, 0) <> coalesce(k.plan_count, 0)`,
  );
}

/** Runs `first` and `second` in two transactions, the second started while the first holds its locks. */
async function overlapping(db: DataSource, first: (r: QueryRunner) => Promise<unknown>, second: (r: QueryRunner) => Promise<unknown>) {
  const runners = [db.createQueryRunner(), db.createQueryRunner()];
  try {
    for (const runner of runners) await runner.startTransaction();
    await first(runners[0]);
    let settled = false;
    const pending = second(runners[1]).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const blocked = !settled;
    await runners[0].commitTransaction();
    await pending;
    await runners[1].commitTransaction();
    return { blocked };
  } finally {
    for (const runner of runners) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  }
}

/**
 * GET /regions reads each region's planCount from region_plan_counts, which triggers on plans and regions keep.
 * Every way a plan is written (the API, bulk SQL, a deletion, a move, two transactions at once) and a region moved
 * to another parent must leave it equal to a count of the plans, or the catalogue would show wrong numbers.
 */
describe('region_plan_counts: kept equal to the plans in and under each region', () => {
  let app: TestApp;
  let admin: Record<string, string>;

  // A database of its own: the counts are of every plan in it, and a test moves regions.
  beforeAll(async () => {
    app = await startTestAppOnFreshDatabase('region_plan_counts', { RATE_LIMIT_PER_MINUTE: '100000' });
    admin = bearer(await createKey(app.dataSource, 'admin'));
  });
  afterAll(() => app?.close());

  /**
   * planCount of every region with plans, as GET /regions answers once its cache has heard the writes before (a
   * write by SQL is heard only through the triggers' notification, which may arrive after the next request).
   */
  const counts = async () => {
    await regionListCurrent(app);
    const response = await app.http.get('/api/v1/regions').query({ withPlans: 'true', limit: '500' }).set(admin).expect(200);
    return Object.fromEntries(response.body.items.map((r: { code: string; planCount: number }) => [r.code, r.planCount]));
  };
  const createPlan = (regionCode: string, code: string) =>
    app.http.post('/api/v1/plans').set(admin).send({ regionCode, title: `${code} 规划`, startYear: 2021, endYear: 2025, code }).expect(201);
  const insertPlan = (db: DataSource | QueryRunner, regionCode: string, code: string) =>
    db.query(`INSERT INTO plans (code, title, region_code, period_start, period_end) VALUES ($1, $2, $3, 2021, 2025)`, [code, `${code} 规划`, regionCode]);

  it('counts plans created through the API in their region and the two above it', async () => {
    expect(await counts()).toEqual({});
    await createPlan('510500', 'luzhou'); // 泸州市
    await createPlan('510521', 'luxian'); // 泸县, under 泸州市
    await createPlan('510604', 'luojiang'); // 罗江区, under 德阳市
    expect(await counts()).toEqual({ '510000': 3, '510500': 2, '510521': 1, '510600': 1, '510604': 1 });
    const luxian = await app.http.get('/api/v1/regions/510521').set(admin).expect(200);
    expect(luxian.body).toMatchObject({ planCount: 1, ancestors: [{ code: '510500', planCount: 2 }, { code: '510000', planCount: 3 }] });
    expect(await drift(app.dataSource)).toEqual([]);
  });

  it('follows plans inserted in bulk, deleted and moved to another region by SQL', async () => {
    await app.dataSource.query(
      `INSERT INTO plans (code, title, region_code, period_start, period_end)
       SELECT 'bulk-' || n, '批量', CASE WHEN n % 2 = 0 THEN '510521' ELSE '130102' END, 2021, 2025 FROM generate_series(1, 6) AS n`,
    );
    expect(await counts()).toMatchObject({ '510000': 6, '510500': 5, '510521': 4, '130000': 3, '130100': 3, '130102': 3 });
    await app.dataSource.query(`DELETE FROM plans WHERE code IN ('bulk-1', 'bulk-2')`);
    // 泸县 → 什邡市 (德阳), and a plan of 石家庄 to 四川省 itself.
    await app.dataSource.query(`UPDATE plans SET region_code = '510682' WHERE code = 'luxian'`);
    await app.dataSource.query(`UPDATE plans SET region_code = '510000' WHERE code = 'bulk-3'`);
    expect(await counts()).toEqual({
      '510000': 6, '510500': 3, '510521': 2, '510600': 2, '510604': 1, '510682': 1, '130000': 1, '130100': 1, '130102': 1,
    });
    // An update that moves no plan writes no count.
    const before = await app.dataSource.query(`SELECT code, xmin::text FROM region_plan_counts ORDER BY code`);
    await app.dataSource.query(`UPDATE plans SET title = title || '（修订）', region_code = region_code`);
    expect(await app.dataSource.query(`SELECT code, xmin::text FROM region_plan_counts ORDER BY code`)).toEqual(before);
    // Rows may reach 0 (石家庄市长安区 after its last plan is gone); the listing treats them as regions without plans.
    await app.dataSource.query(`DELETE FROM plans WHERE code = 'bulk-5'`);
    expect(await app.dataSource.query(`SELECT plan_count FROM region_plan_counts WHERE code = '130102'`)).toEqual([{ plan_count: 0 }]);
    expect(await counts()).not.toHaveProperty('130102');
    expect(await drift(app.dataSource)).toEqual([]);
  });

  it('recounts when a region moves to another parent, and not when the catalogue changes nothing else', async () => {
    // 泸县 (2 plans) moved under 德阳市.
    await app.dataSource.query(`UPDATE regions SET parent_code = '510600' WHERE code = '510521'`);
    expect(await counts()).toMatchObject({ '510000': 6, '510500': 1, '510600': 4, '510521': 2 });
    expect(await drift(app.dataSource)).toEqual([]);
    // A rename leaves the counts' rows as they are.
    const before = await app.dataSource.query(`SELECT code, xmin::text FROM region_plan_counts ORDER BY code`);
    await app.dataSource.query(`UPDATE regions SET name = name WHERE code LIKE '51%'`);
    expect(await app.dataSource.query(`SELECT code, xmin::text FROM region_plan_counts ORDER BY code`)).toEqual(before);
    await app.dataSource.query(`UPDATE regions SET parent_code = '510500' WHERE code = '510521'`);
    expect(await counts()).toMatchObject({ '510000': 6, '510500': 3, '510600': 2, '510521': 2 });
    expect(await drift(app.dataSource)).toEqual([]);
  });

  it('counts two transactions creating plans in one county at the same time', async () => {
    const before = (await counts())['510521'];
    const { blocked } = await overlapping(
      app.dataSource,
      (r) => insertPlan(r, '510521', 'concurrent-1'),
      // Waits for the first's row locks; a recount would then overwrite the first's plan with its own snapshot's count.
      (r) => insertPlan(r, '510521', 'concurrent-2'),
    );
    expect(blocked).toBe(true);
    expect((await counts())['510521']).toBe(before + 2);
    expect(await drift(app.dataSource)).toEqual([]);
  });

  it('counts a plan created while its county moves, whichever of the two locks first', async () => {
    // The move first: the plan's transaction waits for the recount's lock, then reads the new parent.
    const moved = await overlapping(
      app.dataSource,
      (r) => r.query(`UPDATE regions SET parent_code = '510600' WHERE code = '510521'`),
      (r) => insertPlan(r, '510521', 'during-move-1'),
    );
    expect(moved.blocked).toBe(true);
    expect(await drift(app.dataSource)).toEqual([]);
    // The plan first: the recount waits for it to commit, then counts it.
    const created = await overlapping(
      app.dataSource,
      (r) => insertPlan(r, '510521', 'during-move-2'),
      (r) => r.query(`UPDATE regions SET parent_code = '510500' WHERE code = '510521'`),
    );
    expect(created.blocked).toBe(true);
    expect(await drift(app.dataSource)).toEqual([]);
    expect(await counts()).toMatchObject({ '510500': 7, '510521': 6 });
  });

  it('empties with a TRUNCATE of the plans, and refuses a plan written under REPEATABLE READ (rolled back)', async () => {
    const runner = app.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query(`TRUNCATE plans CASCADE`);
      expect((await runner.query(`SELECT coalesce(sum(plan_count), 0)::int AS n FROM region_plan_counts`))[0].n).toBe(0);
      await runner.rollbackTransaction();
      // Its snapshot predates any recount's lock, so a count could be lost without an error: refused instead.
      await runner.startTransaction('REPEATABLE READ');
      await expect(insertPlan(runner, '510521', 'repeatable-read')).rejects.toThrow(/READ COMMITTED only/);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await drift(app.dataSource)).toEqual([]);
  });

  it('derived:check finds what went around the triggers, and --repair recounts it (both derived tables)', async () => {
    const url = (app.dataSource.options as { url: string }).url;
    const check = async (...flags: string[]) => {
      try {
        const { stdout } = await promisify(execFile)('node', [join(process.cwd(), 'dist/apps/cli/src/main.js'), 'derived:check', ...flags], {
          env: cleanEnv({ DATABASE_URL: url, LOG_LEVEL: 'error' }),
        });
        return { code: 0, stdout };
      } catch (error) {
        const failed = error as { code: number; stdout: string };
        return { code: failed.code, stdout: failed.stdout };
      }
    };
    const fixture = await createPortfolioFixture(app.dataSource);
    await app.dataSource.query(`INSERT INTO progress_reports (project_id, period, completed_investment_wan) VALUES ($1, '2024-03-01', 12.34)`, [
      fixture.projects[0].id,
    ]);
    const clean = await check();
    expect(clean).toMatchObject({ code: 0 });
    expect(clean.stdout).toMatch(/progress_year_amounts: equal to its source\nregion_plan_counts: equal to its source\nchecked 2 derived tables in/);

    // As a data-only restore with triggers disabled would leave them.
    await app.dataSource.query(`UPDATE progress_year_amounts SET m3 = m3 + 1, completed_wan = completed_wan + 1 WHERE project_id = $1`, [fixture.projects[0].id]);
    await app.dataSource.query(`UPDATE region_plan_counts SET plan_count = plan_count + 5 WHERE code = '510000'`);
    // The plan's rollups, summed from the wrong amounts.
    await new RollupService(app.dataSource, new RollupsRepository(app.dataSource.manager)).recompute([fixture.plan.id]);
    const pacedCompleted = async () =>
      (await app.dataSource.query(`SELECT completed_wan FROM finance_pace_plan_years WHERE plan_id = $1 AND year = 2024`, [fixture.plan.id]))[0].completed_wan;
    expect(await pacedCompleted()).toBe('13.34');
    const drifted = await check();
    expect(drifted.code).toBe(1);
    expect(drifted.stdout).toContain('progress_year_amounts: 1 project-years differ from the source; run derived:check --repair');
    expect(drifted.stdout).toContain('region_plan_counts: 1 regions differ from the source');

    const repaired = await check('--repair');
    expect(repaired).toMatchObject({ code: 0 });
    expect(repaired.stdout).toContain('progress_year_amounts: 1 project-years differed; recounted, 0 differ now');
    expect(repaired.stdout).toMatch(/rollups: \d+ plans recomputed/);
    expect(await pacedCompleted()).toBe('12.34');
    expect(await drift(app.dataSource)).toEqual([]);
    expect(await app.dataSource.query(`SELECT completed_wan, m3 FROM progress_year_amounts WHERE project_id = $1`, [fixture.projects[0].id])).toEqual([
      { completed_wan: '12.34', m3: '12.34' },
    ]);
    expect(await check()).toMatchObject({ code: 0 });
  });
});
