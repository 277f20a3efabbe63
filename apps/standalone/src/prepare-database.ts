import { countApiKeys, createApiKey } from '@tracker/auth';
import { runMigrations, withDataSource } from '@tracker/database';
import { isEmptyPortfolio, loadSeeds } from '@tracker/imports';

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
    let seeded: string | null = null;
    if (await isEmptyPortfolio(dataSource)) {
      const started = performance.now();
      const reports = await loadSeeds(dataSource, process.cwd());
      const projects = reports.reduce((sum, r) => sum + r.counts.projectsCreated, 0);
      seeded = `Seeded ${reports.length} plans with ${projects} projects from seeds/ in ${Math.round(performance.now() - started)} ms`;
      log(seeded);
    }
    let adminKey: string | null = null;
    await dataSource.transaction(async (manager) => {
      // Serialised, so two first starts against one database cannot both create a key.
      await manager.query('SELECT pg_advisory_xact_lock(7243002)');
      if ((await countApiKeys(manager)) === 0) {
        adminKey = (await createApiKey(manager, { name: 'local-admin', role: 'admin' })).key;
      }
    });
    return { migrationsApplied, adminKey, seeded };
  });
}
