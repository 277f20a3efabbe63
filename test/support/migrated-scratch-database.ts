import type { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from '@tracker/platform';
import { createScratchDatabase, dropScratchDatabase } from './scratch-database';

// Apart from scratch-database.ts, which the global setup loads without the @tracker/* paths.

/** A scratch database with every migration applied and a DataSource open on it; `drop` closes both and drops it. */
export async function openMigratedScratchDatabase(label: string): Promise<{ dataSource: DataSource; drop: () => Promise<void> }> {
  const database = await createScratchDatabase(label);
  const dataSource = createDataSource({ url: database.url });
  await dataSource.initialize();
  await runMigrations(dataSource);
  return {
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await dropScratchDatabase(database.name);
    },
  };
}
