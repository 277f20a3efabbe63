import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What bureaus' annual key-project lists (年度重点项目表, 投资路线图) say beyond the five-year plans:
 * - a project's tier (层次: 省重点, 市重点 …);
 * - its annual plan per year: the category (新开工 / 续建 / 前期 / 竣工), the year's planned investment, the year's
 *   task, and each quarter's planned investment and work;
 * - the month's progress text (进展情况 / 形象进度) beside the figures of a progress report.
 * Project codes get room for 64-bit generated suffixes and national project codes (varchar grows in place).
 * Finance rollups gain the tier grouping.
 */
export class AnnualPlans1763881000000 implements MigrationInterface {
  name = 'AnnualPlans1763881000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE projects ALTER COLUMN code TYPE varchar(120)`);
    await q.query(`ALTER TABLE projects ADD COLUMN tier text CHECK (length(tier) BETWEEN 1 AND 50)`);
    await q.query(`
      CREATE TABLE project_annual_plans (
        project_id  uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        year        smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        category    text CHECK (category IN ('new', 'continuing', 'preparatory', 'completing')),
        plan_wan    numeric(18,2) CHECK (plan_wan >= 0),
        task        text CHECK (length(task) <= 10000),
        q1_plan_wan numeric(18,2) CHECK (q1_plan_wan >= 0),
        q2_plan_wan numeric(18,2) CHECK (q2_plan_wan >= 0),
        q3_plan_wan numeric(18,2) CHECK (q3_plan_wan >= 0),
        q4_plan_wan numeric(18,2) CHECK (q4_plan_wan >= 0),
        q1_work     text CHECK (length(q1_work) <= 10000),
        q2_work     text CHECK (length(q2_work) <= 10000),
        q3_work     text CHECK (length(q3_work) <= 10000),
        q4_work     text CHECK (length(q4_work) <= 10000),
        source_file text,
        source_line integer CHECK (source_line >= 1),
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        version     integer NOT NULL DEFAULT 1,
        PRIMARY KEY (project_id, year)
      )`);
    // Totals of one year across the portfolio read every project's plan of that year.
    await q.query(`CREATE INDEX project_annual_plans_year_idx ON project_annual_plans (year, project_id)`);
    await q.query(`ALTER TABLE progress_reports ADD COLUMN progress_text text CHECK (length(progress_text) <= 10000)`);
    await q.query(`ALTER TABLE finance_rollups DROP CONSTRAINT finance_rollups_grouping_check`);
    await q.query(`
      ALTER TABLE finance_rollups ADD CONSTRAINT finance_rollups_grouping_check
        CHECK (grouping IN ('plan', 'program', 'institution', 'region', 'status', 'buildType', 'fundingSource', 'startYear', 'tier'))`);
    // No plan's rollups have the tier grouping yet: until the worker recomputes a plan (its recovery sweep takes
    // these requests within a minute), that plan's totals are computed live rather than read short a grouping.
    await q.query(`DELETE FROM finance_rollup_runs`);
    await q.query(
      `INSERT INTO rollup_requests (plan_id, requested_at) SELECT id, now() - interval '1 day' FROM plans
       ON CONFLICT (plan_id) DO UPDATE SET requested_at = EXCLUDED.requested_at`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM finance_rollups WHERE grouping = 'tier'`);
    await q.query(`DELETE FROM finance_portfolio_totals WHERE grouping = 'tier'`);
    await q.query(`ALTER TABLE finance_rollups DROP CONSTRAINT finance_rollups_grouping_check`);
    await q.query(`
      ALTER TABLE finance_rollups ADD CONSTRAINT finance_rollups_grouping_check
        CHECK (grouping IN ('plan', 'program', 'institution', 'region', 'status', 'buildType', 'fundingSource', 'startYear'))`);
    await q.query(`ALTER TABLE progress_reports DROP COLUMN progress_text`);
    await q.query(`DROP TABLE project_annual_plans`);
    await q.query(`ALTER TABLE projects DROP COLUMN tier`);
    // Codes longer than 80 characters would not fit back: such projects must be re-coded by hand first.
    await q.query(`ALTER TABLE projects ALTER COLUMN code TYPE varchar(80)`);
  }
}
