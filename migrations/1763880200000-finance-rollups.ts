import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Precomputed finance totals, per plan and grouping, kept by the worker's rollup jobs. Per plan, because a write
 * touches one plan and a recompute of one plan is cheap; a portfolio-wide total sums a few rows per plan.
 * Money is numeric(20,2): sums of numeric(18,2) need headroom.
 */
export class FinanceRollups1763880200000 implements MigrationInterface {
  name = 'FinanceRollups1763880200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE finance_rollups (
        plan_id                  uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        grouping                 text NOT NULL CHECK (grouping IN ('plan', 'program', 'institution', 'region', 'status',
                                                                   'buildType', 'fundingSource', 'startYear')),
        key                      text NOT NULL,
        label                    text NOT NULL,
        project_count            integer NOT NULL CHECK (project_count >= 0),
        land_mu                  numeric(20,4) NOT NULL,
        investment_wan           numeric(20,2) NOT NULL,
        floor_area_m2            numeric(20,2) NOT NULL,
        beds                     bigint NOT NULL,
        completed_investment_wan numeric(20,2) NOT NULL,
        disbursed_wan            numeric(20,2) NOT NULL,
        computed_at              timestamptz NOT NULL,
        PRIMARY KEY (plan_id, grouping, key)
      )`);
    await q.query(`CREATE INDEX finance_rollups_grouping_idx ON finance_rollups (grouping, key)`);
    // When each plan was last recomputed, including plans that have no projects (and so no rollup rows).
    await q.query(`
      CREATE TABLE finance_rollup_runs (
        plan_id     uuid PRIMARY KEY REFERENCES plans (id) ON DELETE CASCADE,
        computed_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE finance_rollup_runs`);
    await q.query(`DROP TABLE finance_rollups`);
  }
}
