import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';

/** Runs `work` with an initialised data source, destroying it afterwards whatever happens. */
export async function withDataSource<T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = createDataSource({ url, poolSize: 4, applicationName: 'health-capital-tracker-cli' });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
