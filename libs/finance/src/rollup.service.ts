import { Injectable } from '@nestjs/common';
import { OutboxRepository } from '@tracker/events';
import { DataSource } from 'typeorm';
import { RollupsRepository, type RollupRun } from './rollups.repository';

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
  constructor(
    private readonly dataSource: DataSource,
    private readonly rollups: RollupsRepository,
  ) {}

  /**
   * `announceAs` (the job's id) writes a `rollup.completed` event in the run's own transaction: integrators hear of
   * exactly the runs that committed, and never of one before its totals can be read.
   */
  async recompute(planIds: string[] | null, announceAs?: string): Promise<RollupResult> {
    const started = performance.now();
    // A connection of its own: the lock is held by the session, across the transaction.
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const rollups = this.rollups.within(runner.manager);
    try {
      // Locks first, at session level: a REPEATABLE READ snapshot taken before waiting would miss what the run we
      // waited for wrote, and overwrite newer totals with older ones.
      await rollups.lockRuns();
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
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await rollups.unlockAll().catch(() => undefined);
      await rollups.resetStatementTimeout().catch(() => undefined);
      await runner.release();
    }
  }
}
