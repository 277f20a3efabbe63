import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource, executedMigrationCount, runMigrations } from '../../libs/platform/src';
import { migrations } from '../../migrations';
import { ProvinceParents1763880800000 } from '../../migrations/1763880800000-province-parents';
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

  it('give stored cities the province above them (1763880800000), and nothing else', async () => {
    await dataSource.query(
      `INSERT INTO regions (code, name, level, parent_code) VALUES ('420100', '武汉市', 'city', NULL), ('990100', '测试市', 'city', NULL)`,
    );
    await dataSource.query(`INSERT INTO regions (code, name, level, parent_code) VALUES ('420102', '江岸区', 'district', '420100')`);
    const runner = dataSource.createQueryRunner();
    try {
      await new ProvinceParents1763880800000().up(runner);
      await new ProvinceParents1763880800000().up(runner);
    } finally {
      await runner.release();
    }
    const rows = await dataSource.query(`SELECT code, name, level, parent_code FROM regions WHERE code IN ('420000', '420100', '420102', '990100') ORDER BY code`);
    expect(rows).toEqual([
      { code: '420000', name: '湖北省', level: 'province', parent_code: null },
      { code: '420100', name: '武汉市', level: 'city', parent_code: '420000' },
      { code: '420102', name: '江岸区', level: 'district', parent_code: '420100' },
      { code: '990100', name: '测试市', level: 'city', parent_code: null },
    ]);
  });
});
