import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';

/**
 * Runs `work` with an initialised data source, destroying it afterwards whatever happens. `preparedStatements` as
 * DATABASE_PREPARED_STATEMENTS says (the CLI passes its config's).
 */
export async function withDataSource<T>(url: string, work: (dataSource: DataSource) => Promise<T>, options: { preparedStatements?: boolean } = {}): Promise<T> {
  const dataSource = createDataSource({ url, poolSize: 4, applicationName: 'health-capital-tracker-cli', preparedStatements: options.preparedStatements });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
