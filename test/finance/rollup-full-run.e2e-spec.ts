import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { RollupService, RollupsRepository } from '@tracker/finance';
import { createPortfolioFixture } from '../support/fixtures';
import { openMigratedScratchDatabase } from '../support/migrated-scratch-database';

type Row = Record<string, unknown>;

/**
 * A run writes only the rollup rows that differ from what they should be (the rest were already right). The risk
 * is a row left stale: one whose key vanished, one whose value changed, one that is new. So the rows a run leaves
 * are compared with the rows of a run over emptied tables, which writes every row from scratch.
 */
describe('a full rollup run changes only the rows that differ', () => {
  let scratch: Awaited<ReturnType<typeof openMigratedScratchDatabase>>;
  let db: DataSource;
  let rollups: RollupService;

  beforeAll(async () => {
    scratch = await openMigratedScratchDatabase('rollup_full_run');
    db = scratch.dataSource;
    rollups = new RollupService(db, new RollupsRepository(db.manager));
  }, 60_000);
  afterAll(() => scratch?.drop());

  // Every column but computed_at (when a row last changed), in a fixed order.
  const rollupRows = async (): Promise<Row[]> =>
    db.query(`SELECT plan_id, grouping, key, label, project_count, land_mu::text, investment_wan::text, floor_area_m2::text, beds::text,
                     completed_investment_wan::text, disbursed_wan::text
                FROM finance_rollups ORDER BY plan_id, grouping, key`);
  const portfolioRows = async (): Promise<Row[]> =>
    db.query(`SELECT grouping, key, label, project_count, land_mu::text, investment_wan::text, floor_area_m2::text, beds::text,
                     completed_investment_wan::text, disbursed_wan::text
                FROM finance_portfolio_totals ORDER BY grouping, key`);
  // The pace's rows, per project and year and per plan and year.
  const paceRows = async (): Promise<{ projects: Row[]; planYears: { row: Row }[] }> => ({
    projects: await db.query(
      `SELECT plan_id, year, project_id, annual_plan_wan::text, completed_wan::text FROM finance_pace_projects ORDER BY plan_id, year, project_id`,
    ),
    planYears: await db.query(`SELECT to_jsonb(y) AS row FROM finance_pace_plan_years y ORDER BY plan_id, year`),
  });
  const fromScratch = async () => {
    await db.query(`DELETE FROM finance_rollups`);
    await db.query(`DELETE FROM finance_portfolio_totals`);
    await db.query(`DELETE FROM finance_pace_projects`);
    await db.query(`DELETE FROM finance_pace_plan_years`);
    const run = await rollups.recompute(null);
    return { run, rollups: await rollupRows(), portfolio: await portfolioRows(), pace: await paceRows() };
  };
  const differing = (before: Row[], after: Row[]) => {
    const keyOf = (row: Row) => `${row.plan_id}|${row.grouping}|${row.key}`;
    const old = new Map(before.map((row) => [keyOf(row), JSON.stringify(row)]));
    const now = new Map(after.map((row) => [keyOf(row), JSON.stringify(row)]));
    return new Set([...old.keys(), ...now.keys()]).size - [...old].filter(([key, row]) => now.get(key) === row).length;
  };

  it('deletes vanished keys, updates changed values, inserts new keys and leaves the rest', async () => {
    const first = await createPortfolioFixture(db);
    await createPortfolioFixture(db);
    const scratch = await fromScratch();
    expect(scratch.run.changed).toBe(scratch.rollups.length);
    expect(scratch.rollups.length).toBeGreaterThan(10);

    const again = await rollups.recompute(null);
    expect(again).toMatchObject({ rows: scratch.rollups.length, changed: 0 });
    expect(await rollupRows()).toEqual(scratch.rollups);
    // Three projects a plan over 2021–2025: 15 rows a plan, 5 years a plan.
    expect(scratch.pace.projects.filter((row) => row.plan_id === first.plan.id)).toHaveLength(15);
    expect(scratch.pace.planYears.filter(({ row }) => row.plan_id === first.plan.id)).toHaveLength(5);

    // Changes made behind the rollups' back: a status that vanishes from one plan (its rows must go), another that
    // appears, an amount changed by 0.01 万元, a new funding source, a project removed; for the pace, a month
    // reported and a year added to a project's build years.
    const [a, b, c] = first.projects;
    await db.query(`INSERT INTO progress_reports (project_id, period, completed_investment_wan) VALUES ($1, '2023-04-01', 12.34)`, [a.id]);
    await db.query(`UPDATE projects SET end_year = 2026 WHERE id = $1`, [a.id]);
    await db.query(`UPDATE projects SET status = 'suspended' WHERE plan_id = $1`, [first.plan.id]);
    await db.query(`UPDATE projects SET status = 'completed', investment_wan = investment_wan + 0.01 WHERE id = $1`, [a.id]);
    await db.query(`INSERT INTO funding_lines (project_id, source, amount_wan) VALUES ($1, 'special_bonds', 1234.56)`, [b.id]);
    await db.query(`DELETE FROM projects WHERE id = $1`, [c.id]);
    const before = await rollupRows();

    const changed = await rollups.recompute(null);
    const after = await rollupRows();
    const afterPortfolio = await portfolioRows();
    expect(changed.changed).toBe(differing(before, after));
    expect(changed.changed).toBeGreaterThan(3);
    expect(after.some((row) => row.plan_id === first.plan.id && row.grouping === 'fundingSource' && row.key === 'special_bonds')).toBe(true);

    const afterPace = await paceRows();
    const rebuilt = await fromScratch();
    expect(after).toEqual(rebuilt.rollups);
    expect(afterPortfolio).toEqual(rebuilt.portfolio);
    expect(afterPace).toEqual(rebuilt.pace);
    // Of the first plan only a counts now (the others are suspended or gone), over 2021–2026 (12000.01 ÷ 6).
    expect(afterPace.projects.filter((row) => row.plan_id === first.plan.id)).toEqual(
      [2021, 2022, 2023, 2024, 2025, 2026].map((year) => ({
        plan_id: first.plan.id,
        year,
        project_id: a.id,
        annual_plan_wan: '2000.00',
        completed_wan: year === 2023 ? '12.34' : '0.00',
      })),
    );
    expect(afterPace.planYears.find(({ row }) => row.plan_id === first.plan.id && row.year === 2023)?.row).toMatchObject({ project_count: 1, m4: 12.34 });
    // And the portfolio totals are the sums of the plans' rows.
    const [mismatch] = await db.query(
      `SELECT count(*)::int AS n FROM finance_portfolio_totals t
         FULL JOIN (SELECT grouping, key, sum(investment_wan) AS investment_wan, sum(project_count) AS project_count
                      FROM finance_rollups GROUP BY grouping, key) s USING (grouping, key)
        WHERE (t.investment_wan, t.project_count) IS DISTINCT FROM (s.investment_wan, s.project_count)`,
    );
    expect(mismatch.n).toBe(0);
  }, 60_000);
});
