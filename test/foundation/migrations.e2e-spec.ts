import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource, executedMigrationCount, runMigrations } from '../../libs/database/src';
import { migrations } from '../../migrations';
import { createScratchDatabase, dropScratchDatabase } from '../support/scratch-database';

async function userTables(dataSource: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations'
     ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

describe('migrations', () => {
  let database: { name: string; url: string };
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createScratchDatabase('migrations');
    dataSource = createDataSource({ url: database.url });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropScratchDatabase(database.name);
  });

  it('run up from empty, down to empty, and up again', async () => {
    expect(await userTables(dataSource)).toEqual([]);

    const applied = await runMigrations(dataSource);
    expect(applied).toEqual(migrations.map((m) => m.name));
    const tables = await userTables(dataSource);
    expect(tables).toEqual(
      expect.arrayContaining(['plans', 'programs', 'projects', 'milestones', 'progress_reports', 'outbox_events']),
    );

    for (let i = migrations.length; i > 0; i--) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await executedMigrationCount(dataSource)).toBe(0);
    expect(await userTables(dataSource)).toEqual([]);

    await runMigrations(dataSource);
    expect(await userTables(dataSource)).toEqual(tables);
  });

  it('are a no-op when already applied, even from several processes at once', async () => {
    const results = await Promise.all([runMigrations(dataSource), runMigrations(dataSource)]);
    expect(results).toEqual([[], []]);
  });

  it('enforce the quantities at the database: no negative money, no percentage over 100', async () => {
    await dataSource.query(`INSERT INTO regions (code, name, level) VALUES ('999999', '测试县', 'county')`);
    const [plan] = await dataSource.query(
      `INSERT INTO plans (code, title, region_code, period_start, period_end) VALUES ('t', '测试规划', '999999', 2021, 2025)
       RETURNING id`,
    );
    const insertProject = (investment: string) =>
      dataSource.query(
        `INSERT INTO projects (code, plan_id, region_code, name, investment_wan) VALUES ($1, $2, '999999', '项目', $3)
         RETURNING id`,
        [`p${investment}`, plan.id, investment],
      );
    await expect(insertProject('-1')).rejects.toThrow(/check constraint/);
    const [project] = await insertProject('10024.00');
    await expect(
      dataSource.query(
        `INSERT INTO progress_reports (project_id, period, physical_progress_pct) VALUES ($1, '2024-05-01', 101)`,
        [project.id],
      ),
    ).rejects.toThrow(/check constraint/);
    await expect(
      dataSource.query(`INSERT INTO progress_reports (project_id, period) VALUES ($1, '2024-05-02')`, [project.id]),
    ).rejects.toThrow(/check constraint/);
  });
});
