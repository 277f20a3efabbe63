import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { MEASURES_SQL, projectBaseSql } from '../project-base';
import { PROJECT_GROUPINGS } from '../groupings';

export interface RollupResult {
  plans: number;
  rows: number;
  computedAt: string;
  durationMs: number;
}

// The lock every run takes first (also held by test/finance/worker-crash.e2e-spec.ts to catch a run midway).
const ROLLUP_LOCK = 7243021;

const MEASURES = ['project_count', 'land_mu', 'investment_wan', 'floor_area_m2', 'beds', 'completed_investment_wan', 'disbursed_wan'];
const SUMS = MEASURES.map((m) => `sum(${m})`).join(', ');

const COLUMNS =
  'plan_id, grouping, key, label, project_count, land_mu, investment_wan, floor_area_m2, beds, completed_investment_wan, disbursed_wan, computed_at';

/**
 * Recomputes the finance rollups from the source rows: for some plans (after a write) or for all (nightly, or on
 * demand). Idempotent: the result depends only on the data, so a repeated or concurrent run gives the same rows.
 * Each run is one REPEATABLE READ transaction, so every grouping is computed from the same snapshot and `computed_at`
 * (the transaction's start) tells which writes it includes.
 */
@Injectable()
export class RollupService {
  constructor(private readonly dataSource: DataSource) {}

  async recompute(planIds: string[] | null): Promise<RollupResult> {
    const started = performance.now();
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // Locks first, at session level: a REPEATABLE READ snapshot taken before waiting would miss what the run we
      // waited for wrote, and overwrite newer totals with older ones.
      await lockRollups(runner.manager);
      await runner.startTransaction('REPEATABLE READ');
      const result = await this.recomputeIn(runner.manager, planIds);
      await runner.commitTransaction();
      // Requests made before the snapshot are answered (a later one stays for the next run). Outside the REPEATABLE
      // READ transaction, which would fail on a request updated meanwhile; if this is lost, a run is merely repeated.
      await runner.query(
        `DELETE FROM rollup_requests WHERE requested_at <= $1 AND ($2::uuid[] IS NULL OR plan_id = ANY($2::uuid[]))`,
        [result.computedAt, planIds],
      );
      return { ...result, durationMs: Math.round(performance.now() - started) };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.query(`SELECT pg_advisory_unlock_all()`).catch(() => undefined);
      await runner.query(`RESET statement_timeout`).catch(() => undefined);
      await runner.release();
    }
  }

  private async recomputeIn(manager: EntityManager, planIds: string[] | null): Promise<Omit<RollupResult, 'durationMs'>> {
    const plans: string[] =
      planIds ?? (await manager.query(`SELECT id FROM plans ORDER BY id`)).map((row: { id: string }) => row.id);
    const [{ now }] = await manager.query(`SELECT now() AS now`);
    const scope = 'p.plan_id = ANY($1::uuid[])';
    if (planIds === null) {
      await manager.query(`DELETE FROM finance_portfolio_totals`);
    } else {
      // The plans' old contribution out of the portfolio totals (the new one goes in below).
      await manager.query(
        `UPDATE finance_portfolio_totals t SET ${MEASURES.map((m) => `${m} = t.${m} - o.${m}`).join(', ')}
           FROM (SELECT grouping, key, ${MEASURES.map((m) => `sum(${m}) AS ${m}`).join(', ')}
                   FROM finance_rollups WHERE plan_id = ANY($1::uuid[]) GROUP BY grouping, key) o
          WHERE t.grouping = o.grouping AND t.key = o.key`,
        [plans],
      );
    }
    await manager.query(`DELETE FROM finance_rollups WHERE plan_id = ANY($1::uuid[])`, [plans]);
    // The per-project base once, then one small GROUP BY per grouping over it.
    await manager.query(`CREATE TEMP TABLE rollup_base ON COMMIT DROP AS ${projectBaseSql(scope)}`, [plans]);
    for (const [grouping, { key, label }] of Object.entries(PROJECT_GROUPINGS)) {
      await manager.query(
        `INSERT INTO finance_rollups (${COLUMNS})
         SELECT b.plan_id, $1, ${key}, min(${label}), ${MEASURES_SQL}, $2 FROM rollup_base b GROUP BY b.plan_id, ${key}`,
        [grouping, now],
      );
    }
    await manager.query(
      `INSERT INTO finance_rollups (${COLUMNS})
       SELECT p.plan_id, 'fundingSource', f.source, f.source, count(DISTINCT f.project_id)::int, 0,
              coalesce(sum(f.amount_wan), 0), 0, 0, 0, 0, $2
         FROM funding_lines f JOIN projects p ON p.id = f.project_id
        WHERE ${scope} GROUP BY p.plan_id, f.source`,
      [plans, now],
    );
    await manager.query(
      `INSERT INTO finance_portfolio_totals (grouping, key, label, ${MEASURES.join(', ')})
       SELECT grouping, key, min(label), ${SUMS} FROM finance_rollups WHERE plan_id = ANY($1::uuid[]) GROUP BY grouping, key
       ON CONFLICT (grouping, key) DO UPDATE SET label = EXCLUDED.label,
              ${MEASURES.map((m) => `${m} = finance_portfolio_totals.${m} + EXCLUDED.${m}`).join(', ')}`,
      [plans],
    );
    await manager.query(`DELETE FROM finance_portfolio_totals WHERE project_count = 0`);
    await manager.query(
      `INSERT INTO finance_rollup_runs (plan_id, computed_at) SELECT unnest($1::uuid[]), $2
       ON CONFLICT (plan_id) DO UPDATE SET computed_at = EXCLUDED.computed_at`,
      [plans, now],
    );
    const [{ rows }] = await manager.query(`SELECT count(*)::int AS rows FROM finance_rollups WHERE plan_id = ANY($1::uuid[])`, [
      plans,
    ]);
    return { plans: plans.length, rows, computedAt: new Date(now).toISOString() };
  }
}

/**
 * One run at a time, across every worker: every run updates the same portfolio totals rows, and two REPEATABLE READ
 * transactions updating one row would fail with a serialization error. A plan's run takes ~20 ms at 100,000
 * projects, and runs are debounced per plan, so they queue briefly rather than collide.
 */
async function lockRollups(manager: EntityManager): Promise<void> {
  // Waiting for a full run (4.5 s at 100,000 projects, growing with the portfolio) must not hit the pool's
  // statement timeout; the session's timeout is restored once the lock is held.
  await manager.query(`SET statement_timeout = 0`);
  await manager.query(`SELECT pg_advisory_lock(${ROLLUP_LOCK})`);
  await manager.query(`RESET statement_timeout`);
}
