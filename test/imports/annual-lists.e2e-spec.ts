import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { COUNTY_PROJECTS, countySheet, csvOf, xlsOf, xlsxOf, type SheetSpec } from '../../libs/plan-parser/test/county-sheet';
import { bearer, createKey } from '../support/fixtures';
import { cleanEnv } from '../support/processes';
import { startTestAppOnFreshDatabase, type TestApp } from '../support/test-app';

const run = promisify(execFile);
const ALL = [...COUNTY_PROJECTS.continuing, ...COUNTY_PROJECTS.fresh];
// 广汉市: a county-level city of 德阳 that none of the five seed plans is about.
const REGION = '510681';

/**
 * A plan created for a region outside the seeds, and a county's annual key-project list (as a bureau sends it)
 * imported into it: as .xlsx, as .xls, re-typed with other header words, and through the CLI.
 */
describe('an annual key-project list of any region', () => {
  let app: TestApp;
  let admin: Record<string, string>;
  let plan: { id: string; code: string };
  beforeAll(async () => {
    app = await startTestAppOnFreshDatabase('annual_lists', { RATE_LIMIT_PER_MINUTE: '100000' });
    admin = bearer(await createKey(app.dataSource, 'admin'));
  });
  afterAll(() => app.close());

  const upload = (name: string, content: Buffer | string, query: Record<string, string> = {}, language = 'zh-CN') =>
    app.http.post('/api/v1/imports').query(query).set(admin).set('Accept-Language', language).attach('file', Buffer.from(content), name);
  const state = async () =>
    (
      await app.dataSource.query(
        `SELECT (SELECT count(*) FROM projects)::int AS projects, (SELECT coalesce(sum(investment_wan), 0) FROM projects) AS investment,
                (SELECT count(*) FROM project_annual_plans)::int AS annual, (SELECT count(*) FROM progress_reports)::int AS progress,
                (SELECT count(*) FROM institutions)::int AS institutions, (SELECT count(*) FROM audit_log)::int AS audit,
                (SELECT count(*) FROM outbox_events WHERE event_type <> 'rollup.completed')::int AS events, (SELECT coalesce(sum(version), 0)::int FROM projects) AS versions`,
      )
    )[0];

  it('creates a plan for a region no seed holds, an annual list being a plan of one year', async () => {
    const response = await app.http
      .post('/api/v1/plans')
      .set(admin)
      .send({ regionCode: REGION, title: '广汉市2022年卫生健康重点项目', startYear: 2022, endYear: 2022, documentNumber: '广卫发〔2022〕1号' })
      .expect(201);
    expect(response.body).toMatchObject({ code: `${REGION}-2022-2022`, regionCode: REGION, regionName: '德阳市广汉市', periodStart: 2022, periodEnd: 2022, version: 1 });
    expect(response.headers.etag).toBe('"1"');
    plan = response.body;
    // The same code again is a conflict; a region outside the catalogue is refused by field.
    await app.http.post('/api/v1/plans').set(admin).send({ regionCode: REGION, title: '又一个', startYear: 2022, endYear: 2022 }).expect(409);
    const unknown = await app.http.post('/api/v1/plans').set(admin).send({ regionCode: '999999', title: '无', startYear: 2022, endYear: 2022 }).expect(400);
    expect(unknown.body.errors[0].field).toBe('regionCode');
    const backwards = await app.http.post('/api/v1/plans').set(admin).send({ regionCode: REGION, title: '倒', startYear: 2025, endYear: 2021, code: 'x' }).expect(400);
    expect(backwards.body.errors[0].field).toBe('endYear');
  });

  it('previews the .xlsx exactly, writing nothing', async () => {
    const before = await state();
    const response = await upload('广汉市2022年重点项目.xlsx', await xlsxOf(countySheet()), { planCode: plan.code, dryRun: 'true' }).expect(200);
    const report = response.body;
    expect(report).toMatchObject({ dryRun: true, kind: 'project-sheet', plan: { code: plan.code } });
    expect(report.sheet).toMatchObject({ name: '重点项目', format: 'xlsx', headerRows: [3, 4], year: 2022, period: '2022-05', units: { money: '万元' } });
    expect(report.counts).toMatchObject({
      rows: 8,
      rowsSkipped: 3,
      projectsCreated: 5,
      projectsUpdated: 0,
      institutionsCreated: 5,
      annualPlansWritten: 5,
      progressReportsWritten: 5,
      byCategory: { continuing: 2, new: 3, preparatory: 0, completing: 0, none: 0 },
    });
    expect(report.sums).toMatchObject({ investmentWan: 49220, annualPlanWan: 16000.25, cumulativeCompletedWan: 20650.5 });
    expect(report.reconciliation).toEqual([expect.objectContaining({ kind: 'total', line: 5, reconciled: true })]);
    expect(report.sheet.columns.find((c: { letter: string }) => c.letter === 'T')).toMatchObject({ header: '包联领导', ignored: '含个人信息，不导入' });
    expect(report.rows.items.map((r: { action: string; category: string }) => [r.action, r.category])).toEqual([
      ['create', 'continuing'], ['create', 'continuing'], ['create', 'new'], ['create', 'new'], ['create', 'new'],
    ]);
    expect(report.summary.join('\n')).toMatch(/将新建 5 个/);
    expect(report.summary.join('\n')).toMatch(/年度类别：新开工 3 个，续建 2 个/);
    expect(await state()).toEqual(before);
  });

  it('imports it: projects by category, the three sums, quarters, progress as of May, and no personal name stored', async () => {
    const response = await upload('广汉市2022年重点项目.xlsx', await xlsxOf(countySheet()), { planCode: plan.code }).expect(200);
    expect(response.body.counts).toMatchObject({ projectsCreated: 5, annualPlansWritten: 5, progressReportsWritten: 5 });
    const [sums] = await app.dataSource.query(
      `SELECT count(*)::int AS projects, sum(p.investment_wan) AS investment,
              (SELECT sum(plan_wan) FROM project_annual_plans a JOIN projects q ON q.id = a.project_id WHERE q.plan_id = $1 AND a.year = 2022) AS annual,
              (SELECT sum(completed_investment_wan) FROM progress_reports r JOIN projects q ON q.id = r.project_id WHERE q.plan_id = $1 AND r.period <= '2022-05-01') AS completed,
              (SELECT json_object_agg(category, n) FROM (SELECT a.category, count(*)::int AS n FROM project_annual_plans a JOIN projects q ON q.id = a.project_id
                WHERE q.plan_id = $1 GROUP BY a.category) c) AS categories
         FROM projects p WHERE p.plan_id = $1`,
      [plan.id],
    );
    expect(sums).toEqual({ projects: 5, investment: '49220.00', annual: '16000.25', completed: '20650.50', categories: { continuing: 2, new: 3 } });

    const projects = (await app.http.get('/api/v1/projects').query({ planId: plan.id, sort: 'name' }).set(admin).expect(200)).body.items;
    const hospital = projects.find((p: { name: string }) => p.name === '罗江区人民医院住院综合楼建设项目');
    expect(hospital).toMatchObject({ tier: '市重点', status: 'under_construction', investmentWan: 29720, regionCode: REGION });
    const annual = await app.http.get(`/api/v1/projects/${hospital.id}/annual-plans`).set(admin).expect(200);
    expect(annual.body.items).toEqual([
      expect.objectContaining({
        year: 2022,
        category: 'continuing',
        planWan: 8000,
        task: '完成主体结构封顶',
        quarters: [
          { quarter: 1, planWan: 1500, work: '基础施工' },
          { quarter: 2, planWan: 2500, work: '主体施工' },
          { quarter: 3, planWan: 2500, work: '主体封顶' },
          { quarter: 4, planWan: 1500, work: '砌体工程' },
        ],
      }),
    ]);
    const progress = await app.http.get(`/api/v1/projects/${hospital.id}/progress`).set(admin).expect(200);
    expect(progress.body.items).toEqual([expect.objectContaining({ period: '2022-05', completedInvestmentWan: 12000.5, progressText: '主体结构施工至六层' })]);
    expect(progress.body.cumulativeCompletedInvestmentWan).toBe(12000.5);

    // The leaders named in the 包联领导 column appear nowhere: not in a table, not in the audit log, not in an event.
    for (const project of ALL) {
      const [{ found }] = await app.dataSource.query(
        `SELECT (SELECT count(*) FROM projects p WHERE p::text LIKE $1) + (SELECT count(*) FROM project_annual_plans a WHERE a::text LIKE $1)
              + (SELECT count(*) FROM progress_reports r WHERE r::text LIKE $1) + (SELECT count(*) FROM audit_log l WHERE l::text LIKE $1)
              + (SELECT count(*) FROM outbox_events e WHERE e::text LIKE $1) + (SELECT count(*) FROM institutions i WHERE i::text LIKE $1) AS found`,
        [`%${project.leader}%`],
      );
      expect(Number(found)).toBe(0);
    }
  });

  it('adds the year’s plan to the finance totals and groups by annual category and tier', async () => {
    const byCategory = await app.http.get('/api/v1/finance/totals').query({ planId: plan.id, groupBy: 'annualCategory', year: 2022 }).set(admin).expect(200);
    expect(byCategory.body.rows.map((r: { key: string; label: string; projectCount: number; annualPlanWan: number }) => [r.key, r.label, r.projectCount, r.annualPlanWan])).toEqual([
      ['continuing', '续建', 2, 11000.25],
      ['new', '新开工', 3, 5000],
    ]);
    expect(byCategory.body.total).toMatchObject({ projectCount: 5, investmentWan: 49220, annualPlanWan: 16000.25, completedInvestmentWan: 20650.5 });
    const byTier = await app.http.get('/api/v1/finance/totals').query({ planId: plan.id, groupBy: 'tier', year: 2022 }).set(admin).expect(200);
    expect(byTier.body.rows.map((r: { label: string; investmentWan: number }) => [r.label, r.investmentWan])).toEqual([
      ['区重点', 19500],
      ['市重点', 29720],
    ]);
  });

  it('the same list as .xls, under another file name: unchanged, no new version, audit entry or event', async () => {
    const before = await state();
    const response = await upload('2022年重点项目（报送版）.xls', xlsOf(countySheet()), { planCode: plan.code }).expect(200);
    expect(response.body.sheet.format).toBe('xls');
    expect(response.body.counts).toMatchObject({ projectsCreated: 0, projectsUpdated: 0, projectsUnchanged: 5, annualPlansWritten: 0, progressReportsWritten: 0 });
    expect(response.body.rows.items.every((r: { matched: { by: string } }) => r.matched.by === 'code')).toBe(true);
    expect(await state()).toEqual(before);
  });

  it('the same rows re-typed with other header words and spellings: matched by name, 0 created', async () => {
    const retyped: SheetSpec = {
      rows: [
        ['广汉市2022年重点项目计划表'],
        ['序号', '项目名称', '项目业主', '计划总投资（万元）', '2022年计划投资（万元）', '截至5月底累计完成投资（万元）', '备注'],
        // Spaces around, the trailing 项目 left off: the same names to a person, other codes to a hash.
        ...ALL.map((p, i) => [i + 1, ` ${p.name.replace(/项目$/, '')} `, p.institution, p.total, p.annual, p.cumulative, null]),
      ],
    };
    const before = await state();
    const response = await upload('重新录入.csv', csvOf(retyped), { planCode: plan.code }).expect(200);
    expect(response.body.counts).toMatchObject({ projectsCreated: 0, projectsUpdated: 0, projectsUnchanged: 5 });
    expect(response.body.rows.items.map((r: { matched: { by: string } }) => r.matched.by)).toEqual(['name', 'name', 'name', 'name', 'name']);
    expect(await state()).toEqual(before);
  });

  it('a later month’s cumulative figure becomes that month’s completed investment', async () => {
    const june: SheetSpec = {
      rows: [
        ['广汉市2022年重点项目6月进展情况'],
        ['项目名称', '建设单位', '累计完成投资（万元）', '6月进展情况'],
        [ALL[0].name, ALL[0].institution, 13000.5, '主体结构施工至八层'],
      ],
    };
    const response = await upload('6月.csv', csvOf(june), { planCode: plan.code }).expect(200);
    expect(response.body.counts).toMatchObject({ projectsUpdated: 1, progressReportsWritten: 1 });
    const [row] = await app.dataSource.query(
      `SELECT r.completed_investment_wan, r.progress_text FROM progress_reports r JOIN projects p ON p.id = r.project_id WHERE p.name = $1 AND r.period = '2022-06-01'`,
      [ALL[0].name],
    );
    expect(row).toEqual({ completed_investment_wan: '1000.00', progress_text: '主体结构施工至八层' });
    // A cumulative figure below what is already reported is refused, naming the row.
    const lower = csvOf({ rows: [['2022年7月进展'], ['项目名称', '建设单位', '累计完成投资'], [ALL[0].name, ALL[0].institution, 100]] });
    const refused = await upload('7月.csv', lower, { planCode: plan.code }).expect(400);
    expect(refused.body.errors[0].message).toBe('7月.csv 第 3 行：累计完成投资 100 万元少于 2022-07 之前各月已填报的完成投资合计 13000.5 万元；请核对');
  });

  it('imports through the CLI, printing the summary with the sums', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hct-import-'));
    const file = join(dir, '县区重点项目.xls');
    const other = countySheet({ title: '绵竹市2022年重点项目5月进展情况表' });
    writeFileSync(file, xlsOf(other));
    const env = cleanEnv({ DATABASE_URL: app.runtime.databaseUrl, LOG_LEVEL: 'error' });
    const created = await run('node', ['dist/apps/cli/src/main.js', 'plans:create', '--region', '510683', '--title', '绵竹市2022年重点项目', '--start-year', '2022', '--end-year', '2022'], { env });
    expect(created.stdout.trim()).toMatch(/^510683-2022-2022 [0-9a-f-]{36}$/);
    const imported = await run('node', ['dist/apps/cli/src/main.js', 'import', '--plan-code', '510683-2022-2022', file], { env });
    expect(imported.stderr).toMatch(/工作表“重点项目”：表头在第 3–4 行，读取 8 行，其中项目 5 个，跳过 3 行；年度 2022；进展截至 2022-05；金额单位 万元。/);
    expect(imported.stderr).toMatch(/合计：总投资 49220 万元；年度计划投资 16000.25 万元；累计完成投资 20650.5 万元/);
    expect(imported.stdout).toMatch(/^imported 1 file\(s\): 5 projects created, 0 updated, 0 unchanged, 5 annual plans, 5 months of progress/);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM projects p JOIN plans pl ON pl.id = p.plan_id WHERE pl.code = '510683-2022-2022'`);
    expect(n).toBe(5);
  }, 60_000);

  describe('refused in Chinese, naming the place, the database unchanged', () => {
    const refuse = async (name: string, content: Buffer | string, query: Record<string, string>, message: string | RegExp) => {
      const before = await state();
      const response = await upload(name, content, query).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.detail).toMatch(/^文件无法导入.*未写入任何数据。$/);
      if (typeof message === 'string') expect(response.body.errors[0].message).toBe(message);
      else expect(response.body.errors[0].message).toMatch(message);
      expect(await state()).toEqual(before);
      return response.body.errors[0];
    };

    it('a number that is not a number, with sheet, row and column', async () => {
      const spec = countySheet();
      spec.rows[6][4] = '12,3O0';
      const error = await refuse('bad.xlsx', await xlsxOf(spec), { planCode: plan.code }, '工作表“重点项目”第 7 行 E 列（总投资）：“12,3O0”不是数字');
      expect(error.location).toEqual({ sheet: '重点项目', row: 7, column: 'E', header: '总投资' });
    });

    it('a row with one cell too many', async () => {
      const spec = countySheet();
      spec.rows[7] = [...spec.rows[7], '多出来的一格'];
      await refuse('shifted.xlsx', await xlsxOf(spec), { planCode: plan.code }, /^工作表“重点项目”第 8 行 U 列：“多出来的一格”在表头之外（表头只到 T 列“包联领导”）/);
    });

    it('two units that conflict', async () => {
      await refuse('units.xlsx', await xlsxOf(countySheet({ title: '罗江区2022年重点项目5月进展情况表（单位：亿元）' })), { planCode: plan.code }, /金额单位不一致/);
    });

    it('a list without its plan, or with a plan that does not exist', async () => {
      const csv = csvOf(countySheet());
      const missing = await upload('list.csv', csv).expect(400);
      expect(missing.body.errors[0]).toEqual({ field: 'planCode', message: '导入项目表需要指定它所属的规划（planCode）；没有规划时请先创建规划' });
      const unknown = await upload('list.csv', csv, { planCode: 'no-such-plan' }).expect(400);
      expect(unknown.body.errors[0]).toEqual({ field: 'planCode', message: '没有代码为 no-such-plan 的规划' });
    });

    it('a row two projects of the plan could be, naming both', async () => {
      const [{ id: other }] = await app.dataSource.query(
        `INSERT INTO institutions (name, region_code) VALUES ('广汉市另一家医院', $1) RETURNING id`,
        [REGION],
      );
      await app.dataSource.query(
        `INSERT INTO projects (code, plan_id, region_code, name, institution_id) VALUES ($1, $2, $3, '门诊楼改造', NULL), ($4, $2, $3, '门诊楼改造', $5)`,
        [`${plan.code}-A`, plan.id, REGION, `${plan.code}-B`, other],
      );
      const error = await refuse('ambiguous.csv', ['项目名称,总投资', '门诊楼改造项目,100'].join('\n'), { planCode: plan.code }, /^ambiguous.csv 第 2 行：“门诊楼改造项目”可能是 .*，也可能是 .*，无法确定是哪一个；请写明建设单位或项目代码$/);
      expect(error.message).toContain(`“门诊楼改造”（${plan.code}-A）`);
      expect(error.message).toContain(`“门诊楼改造”（${plan.code}-B，广汉市另一家医院）`);
    });

    it('a code that belongs to a project of another name, naming both', async () => {
      await refuse('codes.csv', ['项目代码,项目名称', `${plan.code}-A,全新的项目`].join('\n'), { planCode: plan.code }, new RegExp(`项目代码 ${plan.code}-A 已属于另一个名称的项目 “门诊楼改造”`));
    });

    it('answers the same refusal in English to a client that does not ask for Chinese, the message itself untranslated', async () => {
      const spec = countySheet();
      spec.rows[6][4] = '12,3O0';
      const response = await upload('bad.xlsx', await xlsxOf(spec), { planCode: plan.code }, 'en').expect(400);
      expect(response.body.detail).toBe('The file cannot be imported (sheet 重点项目, row 7, column E); nothing was written.');
      expect(response.body.errors[0].location).toEqual({ sheet: '重点项目', row: 7, column: 'E', header: '总投资' });
    });
  });

  it('lets admins correct a plan with If-Match, and refuses a stale one', async () => {
    const patched = await app.http.patch(`/api/v1/plans/${plan.id}`).set(admin).set('If-Match', '"1"').send({ title: '广汉市2022年卫生健康重点项目（调整）' }).expect(200);
    expect(patched.body).toMatchObject({ title: '广汉市2022年卫生健康重点项目（调整）', version: 2 });
    await app.http.patch(`/api/v1/plans/${plan.id}`).set(admin).set('If-Match', '"1"').send({ title: '又改' }).expect(412);
    await app.http.patch(`/api/v1/plans/${plan.id}`).set(admin).send({ title: '又改' }).expect(428);
    // Years that would leave the imported annual plans outside the plan are refused.
    const outside = await app.http.patch(`/api/v1/plans/${plan.id}`).set(admin).set('If-Match', '"2"').send({ startYear: 2023, endYear: 2023 }).expect(400);
    expect(outside.body.errors[0].field).toBe('startYear');
    // Nothing to change: no new version.
    const same = await app.http.patch(`/api/v1/plans/${plan.id}`).set(admin).set('If-Match', '"2"').send({ title: '广汉市2022年卫生健康重点项目（调整）' }).expect(200);
    expect(same.body.version).toBe(2);
  });
});
