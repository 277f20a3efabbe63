import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { RollupService, RollupsRepository } from '@tracker/finance';
import { createPortfolioFixture } from '../support/fixtures';
import { openMigratedScratchDatabase } from '../support/migrated-scratch-database';

/**
 * A job for one plan's rollup answers every plan whose rollup is requested by the time it holds the lock (writes
 * spread over many plans then cost one run, not one each), and the jobs of plans so answered run nothing.
 */
describe('a run of requested rollups', () => {
  let scratch: Awaited<ReturnType<typeof openMigratedScratchDatabase>>;
  let db: DataSource;
  let rollups: RollupService;
  let repository: RollupsRepository;

  beforeAll(async () => {
    scratch = await openMigratedScratchDatabase('rollup_requested_runs');
    db = scratch.dataSource;
    repository = new RollupsRepository(db.manager);
    rollups = new RollupService(db, repository);
  }, 60_000);
  afterAll(() => scratch?.drop());

  const planTotal = async (planId: string) =>
    (await db.query(`SELECT investment_wan::text AS total FROM finance_rollups WHERE plan_id = $1 AND grouping = 'plan'`, [planId]))[0]?.total;
  const requested = async () => (await db.query(`SELECT plan_id FROM rollup_requests ORDER BY plan_id`)).map((r: { plan_id: string }) => r.plan_id);
  const announced = async () => Number((await db.query(`SELECT count(*) AS n FROM outbox_events WHERE event_type = 'rollup.completed'`))[0].n);

  it('takes every requested plan into the run of one, and the others then run nothing', async () => {
    const [a, b, c] = [await createPortfolioFixture(db), await createPortfolioFixture(db), await createPortfolioFixture(db)];
    await rollups.recompute(null);
    // Writes to two plans, each requesting its rollup (as the event handler does); the third plan is not written.
    await db.query(`UPDATE projects SET investment_wan = investment_wan + 1.01 WHERE id = $1`, [a.projects[0].id]);
    await db.query(`UPDATE projects SET investment_wan = investment_wan + 2.02 WHERE id = $1`, [b.projects[0].id]);
    await repository.request([a.plan.id, b.plan.id]);
    const before = await planTotal(c.plan.id);
    const cComputedAt = await computedAt(c.plan.id);
    const expected = async (planId: string) =>
      (await db.query(`SELECT sum(investment_wan)::text AS total FROM projects WHERE plan_id = $1`, [planId]))[0].total;
    const events = await announced();

    // The job of plan a runs: b's rollup is answered in the same run.
    const run = await rollups.recomputeRequested([a.plan.id], 'job-a');
    expect(run).toMatchObject({ plans: 2 });
    expect(await planTotal(a.plan.id)).toBe(await expected(a.plan.id));
    expect(await planTotal(b.plan.id)).toBe(await expected(b.plan.id));
    expect(await planTotal(c.plan.id)).toBe(before);
    expect(await computedAt(c.plan.id)).toEqual(cComputedAt); // not requested, so not run
    expect(await requested()).toEqual([]);
    expect(await announced()).toBe(events + 1);

    // b's own job comes later: nothing is requested, so nothing runs and nothing is announced.
    expect(await rollups.recomputeRequested([b.plan.id], 'job-b')).toBeNull();
    expect(await announced()).toBe(events + 1);

    // A write after the run requests again, and the next job takes it.
    await db.query(`UPDATE projects SET investment_wan = investment_wan + 3.03 WHERE id = $1`, [b.projects[0].id]);
    await repository.request([b.plan.id]);
    expect(await rollups.recomputeRequested([b.plan.id], 'job-b2')).toMatchObject({ plans: 1 });
    expect(await planTotal(b.plan.id)).toBe(await expected(b.plan.id));
    expect(await portfolioDrift()).toEqual([]);

    // Keys that vanish and appear: every project of plan a suspended (its other statuses go), one of c completed,
    // one of b deleted. The portfolio totals move by the rows' differences and must still be their sums.
    await db.query(`UPDATE projects SET status = 'suspended' WHERE plan_id = $1`, [a.plan.id]);
    await db.query(`UPDATE projects SET status = 'completed', investment_wan = investment_wan + 0.01 WHERE id = $1`, [c.projects[1].id]);
    await db.query(`DELETE FROM projects WHERE id = $1`, [b.projects[2].id]);
    await repository.request([a.plan.id, b.plan.id, c.plan.id]);
    expect(await rollups.recomputeRequested([c.plan.id], 'job-c')).toMatchObject({ plans: 3 });
    expect(await portfolioDrift()).toEqual([]);
    const moved = await portfolioRows();
    await rollups.recompute(null);
    expect(await portfolioRows()).toEqual(moved);
  }, 60_000);

  it('runs the job’s own plans alone when a run of all requested plans fails, so one bad plan holds back only itself', async () => {
    const [good, bad] = [await createPortfolioFixture(db), await createPortfolioFixture(db)];
    await rollups.recompute(null);
    // The fault, injected for this test: any rollup row written for the bad plan is refused.
    await db.query(`CREATE FUNCTION refuse_bad_plan() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'injected fault for plan %', NEW.plan_id; END $$`);
    await db.query(`CREATE TRIGGER refuse_bad_plan BEFORE INSERT OR UPDATE ON finance_rollups
                    FOR EACH ROW WHEN (NEW.plan_id = '${bad.plan.id}') EXECUTE FUNCTION refuse_bad_plan()`);
    try {
      await db.query(`UPDATE projects SET investment_wan = investment_wan + 5.05 WHERE plan_id = ANY($1)`, [[good.plan.id, bad.plan.id]]);
      await repository.request([bad.plan.id, good.plan.id]);
      // The good plan's job: the run of both fails, its own plan then runs alone.
      expect(await rollups.recomputeRequested([good.plan.id], 'job-good')).toMatchObject({ plans: 1 });
      const expected = (await db.query(`SELECT sum(investment_wan)::text AS total FROM projects WHERE plan_id = $1`, [good.plan.id]))[0].total;
      expect(await planTotal(good.plan.id)).toBe(expected);
      // The bad plan's job fails, and its request stays for a retry or the recovery sweep.
      await expect(rollups.recomputeRequested([bad.plan.id], 'job-bad')).rejects.toThrow(/injected fault/);
      expect(await requested()).toEqual([bad.plan.id]);
    } finally {
      await db.query(`DROP TRIGGER refuse_bad_plan ON finance_rollups`);
      await db.query(`DROP FUNCTION refuse_bad_plan()`);
      await db.query(`DELETE FROM rollup_requests`);
    }
  }, 60_000);

  const computedAt = async (planId: string) => (await db.query(`SELECT computed_at FROM finance_rollup_runs WHERE plan_id = $1`, [planId]))[0]?.computed_at;

  // Portfolio rows that differ from the sums of the plans' rollup rows (every measure, keys on either side).
  const portfolioDrift = async () =>
    db.query(
      `SELECT grouping, key FROM finance_portfolio_totals t
         FULL JOIN (SELECT grouping, key, sum(project_count) AS project_count, sum(land_mu) AS land_mu, sum(investment_wan) AS investment_wan,
                           sum(floor_area_m2) AS floor_area_m2, sum(beds) AS beds, sum(completed_investment_wan) AS completed_investment_wan,
                           sum(disbursed_wan) AS disbursed_wan
                      FROM finance_rollups GROUP BY grouping, key) s USING (grouping, key)
        WHERE (t.project_count, t.land_mu, t.investment_wan, t.floor_area_m2, t.beds, t.completed_investment_wan, t.disbursed_wan)
              IS DISTINCT FROM (s.project_count, s.land_mu, s.investment_wan, s.floor_area_m2, s.beds, s.completed_investment_wan, s.disbursed_wan)`,
    );
  const portfolioRows = async () =>
    db.query(`SELECT grouping, key, label, project_count, investment_wan::text, land_mu::text FROM finance_portfolio_totals ORDER BY grouping, key`);
});
