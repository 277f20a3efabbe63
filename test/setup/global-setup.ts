import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { migrations } from '../../migrations';
import { createScratchDatabase } from '../support/scratch-database';

/**
 * One fresh database per run, migrated once; dropped by the global teardown.
 * (Jest runs this file outside the module mapper, so it imports nothing through the @tracker/* aliases.)
 */
export default async function globalSetup(): Promise<void> {
  const { name, url } = await createScratchDatabase('test');
  const dataSource = new DataSource({ type: 'postgres', url, migrations, migrationsTableName: 'schema_migrations' });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  process.env.TRACKER_TEST_DATABASE_NAME = name;
  process.env.TRACKER_TEST_DATABASE_URL = url;
  process.env.TRACKER_TEST_QUEUE_PREFIX = `hct-test-${randomBytes(4).toString('hex')}`;
}
