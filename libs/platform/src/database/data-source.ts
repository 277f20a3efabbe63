import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { migrations } from '../../../../migrations';

// A DATE is a calendar day, not an instant: keep it as 'YYYY-MM-DD' instead of a Date at local midnight,
// which would shift with the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
  applicationName?: string;
  /** Default 30 s; 0 for none (the benchmarks' bulk statements over millions of rows). */
  statementTimeoutMs?: number;
  /** Default true: statements declared `prepared` are named prepared statements (see PreparedSql). */
  preparedStatements?: boolean;
}

/**
 * The one place that says how we talk to PostgreSQL. Connections time out quickly so that, while the database is
 * down, requests fail fast (503) instead of piling up; the pool reconnects by itself when it returns.
 */
export function dataSourceOptions(options: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    // No entity classes: each feature's repository owns its tables' SQL (see docs/architecture.md).
    entities: [],
    migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    applicationName: options.applicationName ?? 'health-capital-tracker',
    extra: {
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30_000,
      // A runaway query must not hold a pooled connection forever.
      statement_timeout: options.statementTimeoutMs ?? 30_000,
      // Not a driver setting: read by queryRows (node-postgres ignores keys it does not know).
      preparedStatements: options.preparedStatements ?? true,
    },
  };
}

export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource(dataSourceOptions(options));
}

/** Applies pending migrations; returns the names applied. Safe to run from several processes at once. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  // An advisory lock serialises concurrent starts of several replicas against one database.
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(7243001)');
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(7243001)').catch(() => undefined);
    await runner.release();
  }
}

export async function executedMigrationCount(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query(
    `SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0
                 ELSE (SELECT count(*)::int FROM schema_migrations) END AS n`,
  );
  return row.n as number;
}
