import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { countySheet, xlsxOf } from '../../libs/plan-parser/test/county-sheet';
import { bearer, createKey } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

// 什邡市, a county-level city of 德阳 that no seed plan is about.
const REGION = '510682';

/** Buffers a binary answer (supertest leaves an xlsx body unparsed otherwise). */
const binary = (res: NodeJS.ReadableStream & { setEncoding(e: string): void; on: (e: string, cb: (c?: unknown) => void) => void }, done: (e: Error | null, b: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk) => chunks.push(chunk as Buffer));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('the bureau’s annual sheet out (投资路线图 / 进展情况表), and back in unchanged', () => {
  let app: TestApp;
  let admin: Record<string, string>;
  let finance: Record<string, string>;
  let plan: { id: string; code: string };
  let projects: Map<string, string>;

  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    admin = bearer(await createKey(app.dataSource, 'admin'));
    finance = bearer(await createKey(app.dataSource, 'finance'));
    const code = `${REGION}-sheet-${Date.now()}`;
    plan = (await app.http.post('/api/v1/plans').set(admin).send({ regionCode: REGION, title: '什邡市2022年卫生健康重点项目', startYear: 2022, endYear: 2022, code }).expect(201)).body;
    // The county's list, as a bureau sends it: five projects with the year's plans and May's progress.
    const imported = await app.http
      .post('/api/v1/imports')
      .query({ planCode: plan.code })
      .set(admin)
      .attach('file', await xlsxOf(countySheet({ title: '什邡市2022年重点项目5月进展情况表' })), '什邡市2022年重点项目.xlsx')
      .expect(200);
    expect(imported.body.counts).toMatchObject({ projectsCreated: 5 });
    const rows = await app.dataSource.query(`SELECT id, name FROM projects WHERE plan_id = $1`, [plan.id]);
    projects = new Map(rows.map((r: { id: string; name: string }) => [r.name, r.id]));
  });
  afterAll(() => app.close());

  const state = async () =>
    (
      await app.dataSource.query(
        `SELECT (SELECT count(*) FROM projects WHERE plan_id = $1)::int AS projects,
                (SELECT coalesce(sum(version), 0) FROM projects WHERE plan_id = $1)::int AS versions,
                (SELECT coalesce(sum(a.version), 0) FROM project_annual_plans a JOIN projects p ON p.id = a.project_id WHERE p.plan_id = $1)::int AS annual,
                (SELECT coalesce(sum(r.version), 0) FROM progress_reports r JOIN projects p ON p.id = r.project_id WHERE p.plan_id = $1)::int AS progress,
                (SELECT count(*) FROM progress_reports r JOIN projects p ON p.id = r.project_id WHERE p.plan_id = $1)::int AS months`,
        [plan.id],
      )
    )[0];
  const download = async (format: 'xlsx' | 'csv', period: string) => {
    const request = app.http.get(`/api/v1/plans/${plan.id}/annual-sheet.${format}`).query({ year: 2022, period }).set(finance);
    const response = format === 'xlsx' ? await request.buffer(true).parse(binary as never).expect(200) : await request.expect(200);
    return { response, file: format === 'xlsx' ? (response.body as Buffer) : Buffer.from(response.text, 'utf8') };
  };
  const reimport = async (file: Buffer, name: string) =>
    (await app.http.post('/api/v1/imports').query({ planCode: plan.code }).set(admin).attach('file', file, name).expect(200)).body;

  it('lays the sheet out as the bureau does, with the round’s approved figures, and imports back changing nothing', async () => {
    // June's round: one report approved, one only submitted (its figures stay off the sheet until approved).
    const round = (await app.http.post('/api/v1/reporting-rounds').set(finance).send({ period: '2022-06', dueDate: '2022-07-05', planId: plan.id }).expect(201)).body;
    const hospital = projects.get('罗江区人民医院住院综合楼建设项目')!;
    const clinic = projects.get('罗江区中医医院分院建设项目')!;
    const report = (id: string) => `/api/v1/reporting-rounds/${round.id}/reports/${id}`;
    await app.http.put(report(hospital)).set(admin).send({ cumulativeCompletedWan: 12800.75, progressText: '主体结构封顶' }).expect(200);
    await app.http.post(`${report(hospital)}/submit`).set(admin).expect(200);
    await app.http.post(`${report(hospital)}/approve`).set(finance).expect(200);
    await app.http.put(report(clinic)).set(admin).send({ completedInvestmentWan: 500, progressText: '装饰装修完成一半' }).expect(200);
    await app.http.post(`${report(clinic)}/submit`).set(admin).expect(200);

    const { response, file } = await download('xlsx', '2022-06');
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(response.headers['content-disposition']))).toContain('什邡市2022年重点项目6月进展情况表.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as never);
    const sheet = book.worksheets[0];
    const value = (row: number, column: number) => sheet.getCell(row, column).value;
    expect(value(1, 1)).toBe('德阳市什邡市2022年重点项目6月进展情况表');
    expect(value(2, 20)).toBe('单位：万元');
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 18, 20].map((c) => value(3, c))).toEqual([
      '序号', '项目名称', '层次', '责任单位', '总投资', '年度计划投资', '年度建设任务', '建设性质', '是否开工', '6月进展情况', '累计完成投资',
      '一季度', '二季度', '三季度', '四季度', '项目代码',
    ]);
    expect([12, 13].map((c) => value(4, c))).toEqual(['工作内容及形象进度', '投资']);
    // Merged: each single header over both header rows, each quarter over its two columns.
    expect(sheet.getCell(4, 2).isMerged).toBe(true);
    expect(sheet.getCell(3, 13).isMerged).toBe(true);
    // 合计: numbers, the exact sums of the rows shown.
    expect(value(5, 2)).toBe('合计');
    expect(value(5, 5)).toBe(49220);
    expect(value(5, 6)).toBe(16000.25);
    expect(value(5, 11)).toBe(12800.75); // only the approved report's cumulative figure is shown
    expect(value(6, 2)).toBe('续建项目');
    const line = (name: string) => {
      for (let r = 7; r <= sheet.rowCount; r += 1) if (value(r, 2) === name) return r;
      throw new Error(`${name} is not on the sheet`);
    };
    const hospitalRow = line('罗江区人民医院住院综合楼建设项目');
    expect([3, 4, 5, 6, 9, 10, 11].map((c) => value(hospitalRow, c))).toEqual(['市重点', '德阳市罗江区人民医院', 29720, 8000, '是', '主体结构封顶', 12800.75]);
    const clinicRow = line('罗江区中医医院分院建设项目');
    expect([10, 11].map((c) => value(clinicRow, c))).toEqual([null, null]);

    // Back in: nothing created, nothing changed.
    const before = await state();
    const again = await reimport(file, '什邡市2022年重点项目6月进展情况表.xlsx');
    expect(again.counts).toMatchObject({ projectsCreated: 0, projectsUpdated: 0, projectsUnchanged: 5, annualPlansWritten: 0, progressReportsWritten: 0 });
    expect(await state()).toEqual(before);

    const csv = await download('csv', '2022-06');
    expect(csv.response.headers['content-type']).toContain('text/csv');
    expect(csv.response.text.startsWith('\ufeff德阳市什邡市2022年重点项目6月进展情况表')).toBe(true);
    const fromCsv = await reimport(csv.file, '什邡市2022年重点项目6月进展情况表.csv');
    expect(fromCsv.counts).toMatchObject({ projectsCreated: 0, projectsUpdated: 0, projectsUnchanged: 5, annualPlansWritten: 0, progressReportsWritten: 0 });
    expect(await state()).toEqual(before);
  });

  it('refuses a sheet that would change a month a round holds, naming the row, and writes nothing', async () => {
    const { file } = await download('xlsx', '2022-06');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as never);
    const sheet = book.worksheets[0];
    let row = 0;
    for (let r = 7; r <= sheet.rowCount; r += 1) if (sheet.getCell(r, 2).value === '罗江区人民医院住院综合楼建设项目') row = r;
    sheet.getCell(row, 11).value = 13000; // 累计完成投资 other than the approved 12,800.75
    const changed = Buffer.from(await book.xlsx.writeBuffer());
    const before = await state();
    const refused = await app.http.post('/api/v1/imports').query({ planCode: plan.code }).set(admin).set('Accept-Language', 'zh-CN').attach('file', changed, '改过.xlsx').expect(400);
    expect(JSON.stringify(refused.body)).toContain('调度轮次');
    expect(refused.body.errors[0].location).toMatchObject({ line: row });
    expect(await state()).toEqual(before);
  });

  it('shows a month reported outside any round as reported, and that too imports back unchanged', async () => {
    const { file } = await download('xlsx', '2022-05');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as never);
    expect(book.worksheets[0].getCell(5, 11).value).toBe(20650.5);
    const before = await state();
    const again = await reimport(file, '5月.xlsx');
    expect(again.counts).toMatchObject({ projectsCreated: 0, projectsUpdated: 0, annualPlansWritten: 0, progressReportsWritten: 0 });
    expect(await state()).toEqual(before);
  });

  it('refuses a month outside the year, a missing year, and an unknown plan', async () => {
    await app.http.get(`/api/v1/plans/${plan.id}/annual-sheet.xlsx`).query({ year: 2022, period: '2023-01' }).set(finance).expect(400);
    await app.http.get(`/api/v1/plans/${plan.id}/annual-sheet.csv`).query({ period: '2022-01' }).set(finance).expect(400);
    await app.http.get(`/api/v1/plans/00000000-0000-4000-8000-000000000000/annual-sheet.csv`).query({ year: 2022, period: '2022-01' }).set(finance).expect(404);
  });
});
