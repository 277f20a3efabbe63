import { countApiKeys, createApiKey } from '@tracker/auth';
import { runMigrations, withDataSource } from '@tracker/database';

export interface PreparedDatabase {
  migrationsApplied: string[];
  /** Set only when this start created the first key. */
  adminKey: string | null;
}

/** Migrates, seeds an empty database, and creates the first admin key when there is none. */
export async function prepareDatabase(url: string, log: (line: string) => void): Promise<PreparedDatabase> {
  return withDataSource(url, async (dataSource) => {
    const migrationsApplied = await runMigrations(dataSource);
    if (migrationsApplied.length > 0) log(`Applied migrations: ${migrationsApplied.join(', ')}`);
    let adminKey: string | null = null;
    await dataSource.transaction(async (manager) => {
      // Serialised, so two first starts against one database cannot both create a key.
      await manager.query('SELECT pg_advisory_xact_lock(7243002)');
      if ((await countApiKeys(manager)) === 0) {
        adminKey = (await createApiKey(manager, { name: 'local-admin', role: 'admin' })).key;
      }
    });
    return { migrationsApplied, adminKey };
  });
}
