import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { MilestonesRepository } from '../../libs/milestones/src';
import { ProjectsRepository } from '../../libs/projects/src';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

type Fixture = Awaited<ReturnType<typeof createPortfolioFixture>>;

/**
 * Project and milestone pages are built as JSON by PostgreSQL (PROJECT_VIEW_JSON, MILESTONE_VIEW_JSON) while a
 * single project or milestone is mapped in Node (toProjectView, toMilestoneView). The two must not drift: every
 * item of a page equals the repository's view of the same row, for rows with every field set and every field null,
 * decimals with trailing zeros, text that JSON must escape, timestamps with microseconds, and milestones done,
 * overdue, due today and pending in plans at both ends of the world's time zones.
 */
describe('listings built as JSON by PostgreSQL equal the views mapped in Node', () => {
  let app: TestApp;
  let fixture: Fixture;
  let admin: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    fixture = await createPortfolioFixture(app.dataSource);
    admin = bearer(await createKey(app.dataSource, 'admin'));
    const { plan, program, hospital, regionCode } = fixture;
    await app.dataSource.query(
      `INSERT INTO projects (code, plan_id, program_id, institution_id, region_code, name, content, build_type, status, land_mu,
                             investment_wan, floor_area_m2, new_build_area_m2, renovation_area_m2, beds, start_year, end_year,
                             remark, tier, source_file, source_line, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'renovation', 'under_construction', 12.5000, 1210.60, 20811.00, 0.05, 0, 300, 2022, 2025,
               $8, '省级', 'bureau "sheet".xlsx', 7, '2026-01-02 03:04:05.678999+00'),
              ($9, $2, NULL, NULL, $5, '只有名称的项目', NULL, 'other', 'planned', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
               NULL, NULL, NULL, NULL, now())`,
      [`${plan.code}-ALL`, plan.id, program.id, hospital.id, regionCode, '引号"反斜杠\\制表\t换行\n😀', '内容 <b>&</b>', '备注\u0001',
        `${plan.code}-NONE`],
    );
  }, 60_000);
  afterAll(() => app?.close());

  it('projects: every item of a page equals the project as GET /projects/{id} maps it', async () => {
    // Pages of two, so the cursors built beside the JSON are walked too.
    const items = [];
    let cursor: string | null = null;
    do {
      const response: Response = await app.http
        .get(`/api/v1/projects?planId=${fixture.plan.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .set(admin)
        .expect(200);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      // Compact, as JSON.stringify writes it: no `"key" : value` padding on a page bound by its bytes.
      expect(response.text).not.toMatch(/" : |, "/);
      items.push(...response.body.items);
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(items).toHaveLength(fixture.projects.length + 2);
    const projects = new ProjectsRepository(app.dataSource.manager);
    for (const item of items) expect(item).toStrictEqual(await projects.view(item.id));
    const full = items.find((p) => p.code.endsWith('-ALL'));
    expect(full).toMatchObject({ landMu: 12.5, investmentWan: 1210.6, floorAreaM2: 20811, newBuildAreaM2: 0.05, renovationAreaM2: 0 });
    expect(full.name).toBe('引号"反斜杠\\制表\t换行\n😀');
  });

  it('milestones: done, overdue, due today and pending, across time zones, equal the view GET /milestones/{id} maps', async () => {
    const zones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'];
    const milestones = new MilestonesRepository(app.dataSource.manager);
    const projectIds = fixture.projects.slice(0, 2).map((p) => p.id as string);
    for (const [i, zone] of zones.entries()) {
      const [plan] = await app.dataSource.query(
        `INSERT INTO plans (code, title, region_code, period_start, period_end, time_zone)
         VALUES ($1, $2, $3, 2021, 2025, $4) RETURNING id`,
        [`${fixture.plan.code}-TZ${i}`, `时区规划${i}`, fixture.regionCode, zone],
      );
      await app.dataSource.query(`UPDATE projects SET plan_id = $1 WHERE id = $2`, [plan.id, projectIds[i]]);
      await app.dataSource.query(
        `INSERT INTO milestones (project_id, kind, name, planned_date, actual_date, note, updated_at)
         SELECT $1, kind, name, (now() AT TIME ZONE $2)::date + shift, actual, note, '2026-03-04 05:06:07.999999+00'
           FROM (VALUES ('approval', '立项', -30, (now() AT TIME ZONE $2)::date - 31, '按期'),
                        ('groundbreaking', '开工', -1, NULL, NULL),
                        ('completion', '竣工', 0, NULL, '今天到期 "引号"'),
                        ('in_service', '投入使用', 1, NULL, NULL)) AS m(kind, name, shift, actual, note)`,
        [projectIds[i], zone],
      );
    }
    for (const path of ['/api/v1/milestones?limit=500', `/api/v1/projects/${projectIds[0]}/milestones`, '/api/v1/milestones?status=overdue']) {
      const { body, text } = await app.http.get(path).set(admin).expect(200);
      expect(body.items.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/" : |, "/);
      // Against the read that maps a row in Node (toMilestoneView, behind lock(); view() now reads the SQL JSON too).
      for (const item of body.items) expect(item).toStrictEqual((await milestones.lock(item.id))?.milestone);
    }
    // Filtered by project: the database is shared with other suites, whose milestones may fill any first page.
    const items = [];
    for (const projectId of projectIds) items.push(...(await app.http.get(`/api/v1/milestones?projectId=${projectId}`).set(admin).expect(200)).body.items);
    const statuses = items.map((m: { status: string }) => m.status);
    expect(statuses.sort()).toEqual(['done', 'done', 'overdue', 'overdue', 'pending', 'pending', 'pending', 'pending']);
    expect(items.find((m: { note: string | null }) => m.note === '今天到期 "引号"').updatedAt).toBe('2026-03-04T05:06:07.999Z');
  });
});
