import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole portfolio's pace (序时进度) joined every active project with its plan, its annual plan and its year's
 * amounts, and summed fourteen decimals a project: 0.2 s at 100,000 projects, for one request. The rollups now keep
 * what the pace needs and does not change from day to day:
 *
 * - `finance_pace_projects`: per project and year it is active in (a build year with investment, or a year with an
 *   annual plan; not cancelled or suspended), that year's planned and completed investment. The pace works out
 *   each project's expected amount (planned × the share of the year elapsed, rounded) from these two columns.
 * - `finance_pace_plan_years`: per plan and year, the sums of those projects' planned and completed investment and
 *   of their completed investment month by month (the monthly series).
 *
 * Written by every rollup run with the rollups, from the same snapshot. Keyed by plan like the rollups: a project
 * moved to another plan is counted in both until both have run again, as in the totals. No foreign key on the
 * project (a plan's next run removes a deleted project's rows): a key checked on each of ~250,000 rows would slow
 * the full run.
 */
export class FinancePaceRollups1763882600000 implements MigrationInterface {
  name = 'FinancePaceRollups1763882600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE finance_pace_projects (
        year            smallint NOT NULL,
        project_id      uuid NOT NULL,
        plan_id         uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        annual_plan_wan numeric(18,2) NOT NULL,
        completed_wan   numeric(18,2) NOT NULL,
        PRIMARY KEY (plan_id, year, project_id)
      )`);
    // The whole portfolio's pace reads one year of every plan.
    await q.query(`CREATE INDEX finance_pace_projects_year_idx ON finance_pace_projects (year)`);
    await q.query(`
      CREATE TABLE finance_pace_plan_years (
        plan_id         uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        year            smallint NOT NULL,
        project_count   integer NOT NULL CHECK (project_count > 0),
        annual_plan_wan numeric(20,2) NOT NULL,
        completed_wan   numeric(20,2) NOT NULL,
        ${Array.from({ length: 12 }, (_, i) => `m${i + 1} numeric(20,2) NOT NULL`).join(',\n        ')},
        PRIMARY KEY (plan_id, year)
      )`);
    await q.query(`CREATE INDEX finance_pace_plan_years_year_idx ON finance_pace_plan_years (year)`);
    await q.query(`COMMENT ON TABLE finance_pace_projects IS 'Per project and active year: planned and completed investment (万元), kept by the rollup runs'`);
    await q.query(`COMMENT ON TABLE finance_pace_plan_years IS 'Per plan and year: planned, completed and monthly completed investment (万元) of its active projects, kept by the rollup runs'`);
    // No plan has its pace rows yet: until the worker recomputes a plan (its recovery sweep takes these requests
    // within a minute), that plan's totals and pace are computed live rather than read as empty.
    await q.query(`DELETE FROM finance_rollup_runs`);
    await q.query(
      `INSERT INTO rollup_requests (plan_id, requested_at) SELECT id, now() - interval '1 day' FROM plans
       ON CONFLICT (plan_id) DO UPDATE SET requested_at = EXCLUDED.requested_at`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE finance_pace_plan_years`);
    await q.query(`DROP TABLE finance_pace_projects`);
  }
}
