import { createFirstAdminKey } from '@tracker/api-keys';
import { runMigrations, withDataSource } from '@tracker/platform';
import { isEmptyPortfolio, loadSeeds } from '@tracker/imports';
import { syncRegionCatalogue } from '@tracker/regions';

export interface PreparedDatabase {
  migrationsApplied: string[];
  /** Set only when this start created the first key. */
  adminKey: string | null;
  /** What seeding an empty database did, if it did. */
  seeded: string | null;
}

/** Migrates, seeds an empty database, and creates the first admin key when there is none. */
export async function prepareDatabase(url: string, log: (line: string) => void): Promise<PreparedDatabase> {
  return withDataSource(url, async (dataSource) => {
    const migrationsApplied = await runMigrations(dataSource);
    if (migrationsApplied.length > 0) log(`Applied migrations: ${migrationsApplied.join(', ')}`);
    const catalogue = await syncRegionCatalogue(dataSource);
    if (!catalogue.skipped) log(`Loaded the region catalogue (${catalogue.source}): ${catalogue.regions} regions, ${catalogue.changed} added or changed`);
    let seeded: string | null = null;
    if (await isEmptyPortfolio(dataSource)) {
      const started = performance.now();
      const reports = await loadSeeds(dataSource, process.cwd());
      const projects = reports.reduce((sum, r) => sum + r.counts.projectsCreated, 0);
      seeded = `Seeded ${reports.length} plans with ${projects} projects from seeds/ in ${Math.round(performance.now() - started)} ms`;
      log(seeded);
    }
    const adminKey = await createFirstAdminKey(dataSource.manager);
    return { migrationsApplied, adminKey, seeded };
  });
}
