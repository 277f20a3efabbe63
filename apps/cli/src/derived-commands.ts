import { RollupService, RollupsRepository } from '@tracker/finance';
import { ProgressRepository } from '@tracker/projects';
import { RegionsRepository } from '@tracker/regions';
import type { DataSource, EntityManager } from 'typeorm';
import type { ParsedArgs } from './args';

/** Exit code of `derived:check` when a table differs from its source and was not repaired. */
export const DRIFT_EXIT_CODE = 1;

/**
 * `derived:check [--repair]`: compares the tables database triggers keep (progress_year_amounts from the progress
 * reports, region_plan_counts from the plans) with a recount of their sources. They differ only if something went
 * around the triggers (a data-only restore, triggers disabled); the pace, the rollups and /regions would then show
 * wrong figures. --repair recounts what differs, holding writers of the source off meanwhile, and after a recount of
 * the yearly amounts recomputes every plan's rollups, which are summed from them.
 */
export async function checkDerivedCommand(dataSource: DataSource, args: ParsedArgs): Promise<{ output: string; exitCode: number }> {
  const started = performance.now();
  // Each step runs in a transaction of its own: the recounts lock the source to its end, and the first table's
  // comparison lifts its statement timeout there (SET LOCAL).
  const tables: { name: string; unit: string; drift: (m: EntityManager) => Promise<number>; repair: (m: EntityManager) => Promise<void> }[] = [
    { name: 'progress_year_amounts', unit: 'project-years', drift: (m) => new ProgressRepository(m).yearAmountsDrift(), repair: (m) => new ProgressRepository(m).recountYearAmounts() },
    { name: 'region_plan_counts', unit: 'regions', drift: (m) => new RegionsRepository(m).planCountsDrift(), repair: (m) => new RegionsRepository(m).recountPlanCounts() },
  ];
  const lines: string[] = [];
  let unrepaired = 0;
  for (const [i, table] of tables.entries()) {
    // Progress on stderr: the first table reads every report (about a minute at a million projects).
    const tableStarted = performance.now();
    process.stderr.write(`[${i + 1}/${tables.length}] comparing ${table.name} with a recount of its source…\n`);
    const differing = await dataSource.transaction(table.drift);
    process.stderr.write(`[${i + 1}/${tables.length}] ${table.name}: ${differing} differ (${((performance.now() - tableStarted) / 1000).toFixed(1)} s)\n`);
    if (differing === 0) {
      lines.push(`${table.name}: equal to its source`);
    } else if (args.flags.repair) {
      await dataSource.transaction(table.repair);
      const left = await dataSource.transaction(table.drift);
      lines.push(`${table.name}: ${differing} ${table.unit} differed; recounted, ${left} differ now`);
      unrepaired += left;
      if (table.name === 'progress_year_amounts') {
        // The rollups (the totals and the pace) were computed from the wrong amounts: run them all again now.
        process.stderr.write(`[${i + 1}/${tables.length}] recomputing every plan's rollups from the recounted amounts…
`);
        const run = await new RollupService(dataSource, new RollupsRepository(dataSource.manager)).recompute(null);
        lines.push(`rollups: ${run.plans} plans recomputed, ${run.changed} rows changed (${(run.durationMs / 1000).toFixed(1)} s)`);
      }
    } else {
      lines.push(`${table.name}: ${differing} ${table.unit} differ from the source; run derived:check --repair`);
      unrepaired += differing;
    }
  }
  lines.push(`checked ${tables.length} derived tables in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { output: lines.join('\n'), exitCode: unrepaired === 0 ? 0 : DRIFT_EXIT_CODE };
}
