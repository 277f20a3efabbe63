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
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
// A project's build years and the even share of its investment (project-base.sql.ts, as of this migration).
const BUILD_START = 'coalesce(p.start_year, least(pl.period_start, p.end_year))';
const BUILD_END = 'coalesce(p.end_year, greatest(pl.period_end, p.start_year))';
const EVEN_SHARE = `round(p.investment_wan / (${BUILD_END} - ${BUILD_START} + 1), 2)`;

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
    // The whole portfolio's pace reads one year of every plan: from the index alone, once a vacuum has seen the
    // rows (~50–70 → ~41–47 ms at 100,000 projects).
    await q.query(`CREATE INDEX finance_pace_projects_year_idx ON finance_pace_projects (year) INCLUDE (project_id, annual_plan_wan, completed_wan)`);
    await q.query(`
      CREATE TABLE finance_pace_plan_years (
        plan_id         uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        year            smallint NOT NULL,
        project_count   integer NOT NULL CHECK (project_count > 0),
        annual_plan_wan numeric(20,2) NOT NULL,
        completed_wan   numeric(20,2) NOT NULL,
        ${MONTHS.map((m) => `m${m} numeric(20,2) NOT NULL`).join(',\n        ')},
        PRIMARY KEY (plan_id, year)
      )`);
    await q.query(`CREATE INDEX finance_pace_plan_years_year_idx ON finance_pace_plan_years (year)`);
    await q.query(`COMMENT ON TABLE finance_pace_projects IS 'Per project and active year: planned and completed investment (万元), kept by the rollup runs'`);
    await q.query(`COMMENT ON TABLE finance_pace_plan_years IS 'Per plan and year: planned, completed and monthly completed investment (万元) of its active projects, kept by the rollup runs'`);
    // Filled here, as a run would (the SQL of RollupsRepository's pace rows as of this migration), so every plan
    // rolled up before keeps being read from the rollups: emptying the runs instead would have every whole-portfolio
    // total and pace computed live until the worker had run every plan again (an hour at 1,000,000 projects). Until
    // the workers run the new code, a run by an old one leaves its plan's pace rows as they are here.
    await q.query(`
      INSERT INTO finance_pace_projects (plan_id, year, project_id, annual_plan_wan, completed_wan)
      SELECT y.plan_id, y.year, y.project_id, coalesce(ap.plan_wan, y.even_wan), coalesce(a.completed_wan, 0)
        FROM (SELECT p.plan_id, p.id AS project_id, ${EVEN_SHARE} AS even_wan,
                     generate_series(${BUILD_START}::int, ${BUILD_END}::int)::smallint AS year
                FROM projects p JOIN plans pl ON pl.id = p.plan_id
               WHERE p.investment_wan IS NOT NULL AND p.status NOT IN ('cancelled', 'suspended')
               UNION ALL
              SELECT p.plan_id, p.id, NULL, ap.year
                FROM project_annual_plans ap JOIN projects p ON p.id = ap.project_id JOIN plans pl ON pl.id = p.plan_id
               WHERE ap.plan_wan IS NOT NULL AND p.status NOT IN ('cancelled', 'suspended')
                 AND NOT (p.investment_wan IS NOT NULL AND ap.year BETWEEN ${BUILD_START} AND ${BUILD_END})) y
        LEFT JOIN project_annual_plans ap ON ap.project_id = y.project_id AND ap.year = y.year
        LEFT JOIN progress_year_amounts a ON a.project_id = y.project_id AND a.year = y.year`);
    await q.query(`
      INSERT INTO finance_pace_plan_years (plan_id, year, project_count, annual_plan_wan, completed_wan, ${MONTHS.map((m) => `m${m}`).join(', ')})
      SELECT n.plan_id, n.year, count(*), sum(n.annual_plan_wan), sum(n.completed_wan), ${MONTHS.map((m) => `coalesce(sum(a.m${m}), 0)`).join(', ')}
        FROM finance_pace_projects n LEFT JOIN progress_year_amounts a ON a.project_id = n.project_id AND a.year = n.year
       GROUP BY n.plan_id, n.year`);
    await q.query(`ANALYZE finance_pace_projects, finance_pace_plan_years`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE finance_pace_plan_years`);
    await q.query(`DROP TABLE finance_pace_projects`);
  }
}
