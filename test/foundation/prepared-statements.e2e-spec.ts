import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource, EntityManager } from 'typeorm';
import { createDataSource, prepared, SqlRepository } from '@tracker/platform';
import { createScratchDatabase, dropScratchDatabase } from '../support/scratch-database';

const SUM_SQL = prepared(`SELECT a, b, a + b AS total FROM pairs WHERE a = $1`);

class PairsRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }
  sum(a: number) {
    return this.row<{ total: number }>(SUM_SQL, [a]);
  }
  /** The names prepared on this repository's connection. */
  async preparedNames(): Promise<string[]> {
    return (await this.rows<{ name: string }>(`SELECT name FROM pg_prepared_statements`)).map((row) => row.name);
  }
}

/**
 * Statements declared `prepared` reach PostgreSQL as named prepared statements through TypeORM's query() (which
 * must keep handing node-postgres the query config unchanged), and as plain ones when DATABASE_PREPARED_STATEMENTS
 * is off.
 */
describe('prepared statements', () => {
  let database: { name: string; url: string };
  const opened: DataSource[] = [];
  const open = async (preparedStatements?: boolean) => {
    const dataSource = createDataSource({ url: database.url, poolSize: 1, preparedStatements });
    await dataSource.initialize();
    opened.push(dataSource);
    return dataSource;
  };

  beforeAll(async () => {
    database = await createScratchDatabase('prepared_statements');
    const setup = await open();
    await setup.query(`CREATE TABLE pairs (a int PRIMARY KEY, b int NOT NULL)`);
    await setup.query(`INSERT INTO pairs VALUES (1, 10), (2, 20)`);
  });
  afterAll(async () => {
    for (const dataSource of opened) await dataSource.destroy();
    await dropScratchDatabase(database.name);
  });

  it('prepares a declared statement once per connection and answers with its rows', async () => {
    const dataSource = await open();
    const pairs = new PairsRepository(dataSource.manager);
    expect(await pairs.sum(1)).toEqual({ a: 1, b: 10, total: 11 });
    expect(await pairs.sum(2)).toEqual({ a: 2, b: 20, total: 22 });
    // One connection in the pool, so this reads the session that ran the statement.
    expect(await pairs.preparedNames()).toEqual([SUM_SQL.name]);
  });

  it('keeps working after a migration adds a column to its table (its result columns are named)', async () => {
    const dataSource = await open();
    const pairs = new PairsRepository(dataSource.manager);
    expect(await pairs.sum(1)).toMatchObject({ total: 11 });
    await dataSource.query(`ALTER TABLE pairs ADD COLUMN note text`);
    expect(await pairs.sum(1)).toEqual({ a: 1, b: 10, total: 11 });
  });

  it('sends it unnamed when prepared statements are off', async () => {
    const dataSource = await open(false);
    const pairs = new PairsRepository(dataSource.manager);
    expect(await pairs.sum(2)).toMatchObject({ total: 22 });
    expect(await pairs.preparedNames()).toEqual([]);
  });
});
