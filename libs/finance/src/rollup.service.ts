import { Injectable, Logger } from '@nestjs/common';
import { OutboxRepository } from '@tracker/events';
import { DataSource, type QueryRunner } from 'typeorm';
import { RollupsRepository, type RollupRun } from './rollups.repository';

/** The most plans one run of requested rollups takes; the rest wait for the next run. */
export const MAX_PLANS_PER_RUN = 500;

export interface RollupResult extends RollupRun {
  durationMs: number;
}

/**
 * Recomputes the finance rollups from the source rows: for some plans (after a write) or for all (nightly, or on
 * demand). Idempotent: the result depends only on the data, so a repeated or concurrent run gives the same rows.
 * Each run is one REPEATABLE READ transaction, so every grouping is computed from the same snapshot and `computed_at`
 * (the transaction's start) tells which writes it includes.
 */
@Injectable()
export class RollupService {
  private readonly logger = new Logger('rollups');

  constructor(
    private readonly dataSource: DataSource,
    private readonly rollups: RollupsRepository,
  ) {}

  /**
   * `announceAs` (the job's id) writes a `rollup.completed` event in the run's own transaction: integrators hear of
   * exactly the runs that committed, and never of one before its totals can be read.
   */
  async recompute(planIds: string[] | null, announceAs?: string): Promise<RollupResult> {
    return this.whileLocked((rollups, runner, started) => this.run(rollups, runner, planIds, announceAs, started));
  }

  /**
   * What a job for some plans runs: every plan whose rollup is requested and not yet answered, its own first (at
   * most MAX_PLANS_PER_RUN). Chosen once the lock is held, so the requests made while it waited are answered too:
   * writes spread over many plans (a PUT a second to each of hundreds) cost one run every few hundred
   * milliseconds, not a run per plan (~30 ms each at 100,000 projects; 500 plans in one run take ~0.7 s). The jobs
   * of plans so answered then find nothing requested and return null, without a transaction or an event. If the
   * run fails, the job's own plans run alone: one plan whose rollup cannot be computed holds back only itself (and
   * its own job fails, to be retried), never every plan written after it.
   */
  async recomputeRequested(planIds: string[], announceAs?: string): Promise<RollupResult | null> {
    return this.whileLocked(async (rollups, runner, started) => {
      const requested = await rollups.pendingRequests(planIds, MAX_PLANS_PER_RUN);
      if (requested.length === 0) return null;
      return this.run(rollups, runner, requested, announceAs, started).catch(async (error: unknown) => {
        const own = requested.filter((planId) => planIds.includes(planId));
        if (own.length === requested.length) throw error;
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        this.logger.warn({ msg: 'a run of requested rollups failed; running the job’s own plans alone', plans: requested.length, own: own.length, error: String(error) });
        return own.length === 0 ? null : this.run(rollups, runner, own, announceAs, started);
      });
    });
  }

  private async whileLocked<T>(work: (rollups: RollupsRepository, runner: QueryRunner, started: number) => Promise<T>): Promise<T> {
    const started = performance.now();
    // A connection of its own: the lock is held by the session, across the transaction.
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const rollups = this.rollups.within(runner.manager);
    try {
      // Locks first, at session level: a REPEATABLE READ snapshot taken before waiting would miss what the run we
      // waited for wrote, and overwrite newer totals with older ones.
      await rollups.lockRuns();
      return await work(rollups, runner, started);
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await rollups.unlockAll().catch(() => undefined);
      await rollups.resetStatementTimeout().catch(() => undefined);
      await runner.release();
    }
  }

  private async run(
    rollups: RollupsRepository,
    runner: QueryRunner,
    planIds: string[] | null,
    announceAs: string | undefined,
    started: number,
  ): Promise<RollupResult> {
    await runner.startTransaction('REPEATABLE READ');
    const result = await rollups.recompute(planIds);
    if (announceAs !== undefined) {
      const durationMs = Math.round(performance.now() - started);
      await new OutboxRepository(runner.manager).append([
        { name: 'rollup.completed', subject: { aggregateId: announceAs }, payload: { scope: planIds ?? 'all', ...result, durationMs } },
      ]);
    }
    await runner.commitTransaction();
    // Requests made before the snapshot are answered (a later one stays for the next run). Outside the REPEATABLE
    // READ transaction, which would fail on a request updated meanwhile; if this is lost, a run is merely repeated.
    await rollups.answerRequests(result.computedAt, planIds);
    return { ...result, durationMs: Math.round(performance.now() - started) };
  }
}
