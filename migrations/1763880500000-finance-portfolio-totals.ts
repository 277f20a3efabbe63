import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Portfolio-wide totals per grouping, kept by every rollup run in the same transaction as the plans' rollups (their
 * old contribution out, the new one in). Without it, totals with no plan or region filter summed the rollups of
 * every plan per request: ~17,000 rows and 50 ms at 100,000 projects.
 */
export class FinancePortfolioTotals1763880500000 implements MigrationInterface {
  name = 'FinancePortfolioTotals1763880500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE finance_portfolio_totals (
        grouping                 text NOT NULL,
        key                      text NOT NULL,
        label                    text NOT NULL,
        -- No CHECK (>= 0): a drift (a plan deleted outside the api) must not stop every rollup; the nightly full
        -- run rebuilds this table from the plans' rollups.
        project_count            integer NOT NULL,
        land_mu                  numeric(20,4) NOT NULL,
        investment_wan           numeric(20,2) NOT NULL,
        floor_area_m2            numeric(20,2) NOT NULL,
        beds                     bigint NOT NULL,
        completed_investment_wan numeric(20,2) NOT NULL,
        disbursed_wan            numeric(20,2) NOT NULL,
        PRIMARY KEY (grouping, key)
      )`);
    await q.query(`
      INSERT INTO finance_portfolio_totals
      SELECT grouping, key, min(label), sum(project_count), sum(land_mu), sum(investment_wan), sum(floor_area_m2), sum(beds),
             sum(completed_investment_wan), sum(disbursed_wan)
        FROM finance_rollups GROUP BY grouping, key`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE finance_portfolio_totals`);
  }
}
