import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateSeeds } from '../../seeds/generate';
import { readSeedBundles } from '../../libs/imports/src/seed-bundles';
import { bearer, createKey } from '../support/fixtures';
import { startTestAppOnFreshDatabase, type TestApp } from '../support/test-app';

const SHARED_SEEDS = resolve('../shared/seeds');
const LUOJIANG = '003_4027c28a8168d5a8.txt';
const haveDocuments = existsSync(SHARED_SEEDS);
if (!haveDocuments) process.stderr.write(`plan-document tests need ${SHARED_SEEDS}, which is absent: they are not run\n`);
const describeWithDocuments = haveDocuments ? describe : describe.skip;

describeWithDocuments('the committed seeds', () => {
  it('are exactly what the parser and the curated projects make of the five documents', async () => {
    const generated = JSON.parse(JSON.stringify(await generateSeeds(SHARED_SEEDS)));
    expect(generated).toEqual(readSeedBundles(process.cwd()));
    expect(generated.map((b: { file: string }) => b.file)).toHaveLength(5);
  });
});

describe('POST /api/v1/imports', () => {
  let app: TestApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    app = await startTestAppOnFreshDatabase('imports', { RATE_LIMIT_PER_MINUTE: '100000' });
    admin = bearer(await createKey(app.dataSource, 'admin'));
  });
  afterAll(() => app.close());

  const counts = async () =>
    (await app.dataSource.query(
      `SELECT (SELECT count(*) FROM plans)::int AS plans, (SELECT count(*) FROM projects)::int AS projects,
              (SELECT count(*) FROM institutions)::int AS institutions, (SELECT count(*) FROM indicators)::int AS indicators`,
    ))[0];
  const upload = (name: string, content: Buffer | string, query: Record<string, string> = {}) =>
    app.http.post('/api/v1/imports').query(query).set(admin).attach('file', Buffer.from(content), name);

  describeWithDocuments('a plan document', () => {
    const document = () => readFileSync(resolve(SHARED_SEEDS, LUOJIANG));

    it('previews without writing, then imports all of it, then changes nothing the second time', async () => {
      const before = await counts();
      const preview = await upload(LUOJIANG, document(), { dryRun: 'true' }).expect(200);
      expect(preview.body).toMatchObject({ dryRun: true, plan: { code: '510604-2021-2025' }, counts: { projectsCreated: 22 } });
      expect(preview.body.projects).toContainEqual(
        expect.objectContaining({ action: 'create', name: '传染病区建设项目', landMu: 20, investmentWan: 12000, floorAreaM2: 11300, beds: 100, buildType: 'new', source: { file: LUOJIANG, line: 492 } }),
      );
      expect(preview.body.reconciliation.every((r: { reconciled: boolean }) => r.reconciled)).toBe(true);
      expect(preview.body.warnings).toContainEqual(expect.objectContaining({ line: 692 }));
      expect(await counts()).toEqual(before);

      const real = await upload(LUOJIANG, document()).expect(200);
      expect(real.body.counts).toMatchObject({ projectsCreated: 22, programs: 8, bedTargets: 10 });
      // The district, its city and the province above (from the division code), linked for region filters.
      expect(
        await app.dataSource.query(`SELECT code, name, level, parent_code FROM regions WHERE code IN ('510604', '510600', '510000') ORDER BY code`),
      ).toEqual([
        { code: '510000', name: '四川省', level: 'province', parent_code: null },
        { code: '510600', name: '德阳市', level: 'city', parent_code: '510000' },
        { code: '510604', name: '德阳市罗江区', level: 'district', parent_code: '510600' },
      ]);
      const again = await upload(LUOJIANG, document()).expect(200);
      expect(again.body.counts).toMatchObject({ projectsCreated: 0, projectsUpdated: 0, projectsUnchanged: 22 });
      const after = await counts();
      expect(after.projects - before.projects).toBe(22);

      const [plan] = await app.dataSource.query(`SELECT id FROM plans WHERE code = '510604-2021-2025'`);
      const reconciliation = await app.http.get('/api/v1/finance/reconciliation').query({ planId: plan.id }).set(admin).expect(200);
      expect(reconciliation.body.items.map((r: { number: number; declared: unknown }) => [r.number, r.declared])).toEqual([
        [2, { landMu: 131.2, investmentWan: 90444 }],
        [3, { landMu: 20, investmentWan: 3000 }],
        [5, { landMu: 70, investmentWan: 16350 }],
        [6, { landMu: 34.4, investmentWan: 11635 }],
        [7, { landMu: null, investmentWan: 5000 }],
        [8, { landMu: null, investmentWan: 5000 }],
      ]);
      expect(reconciliation.body.allReconciled).toBe(true);
    });

    it('updates a project in place when a newer version of the document changes it', async () => {
      await upload(LUOJIANG, document()).expect(200);
      const edited = document().toString('utf8').replace('\t12000\n', '\t12500\n');
      const response = await upload(LUOJIANG, edited).expect(200);
      expect(response.body.counts).toMatchObject({ projectsCreated: 0, projectsUpdated: 1 });
      const [project] = await app.dataSource.query(`SELECT investment_wan, version FROM projects WHERE name = '传染病区建设项目' AND source_file = $1`, [LUOJIANG]);
      expect(project).toEqual({ investment_wan: '12500.00', version: 2 });
      await upload(LUOJIANG, document()).expect(200); // and back
    });
  });

  describe('a project list', () => {
    let planCode: string;
    beforeAll(async () => {
      await app.dataSource.query(`INSERT INTO regions (code, name, level) VALUES ('990001', '表格县', 'county') ON CONFLICT DO NOTHING`);
      planCode = `990001-sheet-${Date.now()}`;
      await app.dataSource.query(
        `INSERT INTO plans (code, title, region_code, period_start, period_end) VALUES ($1, '表格县规划', '990001', 2021, 2025)`,
        [planCode],
      );
    });

    it('imports a CSV with a unit line above the header', async () => {
      const csv = '单位：万元\n医疗机构名称,项目名称,建设内容及规模,总投资,用地面积（亩）\n表格县人民医院,"急诊楼,新建",新建急诊楼3000平方米,1200.5,3\n,住院楼改造,改造住院楼2000平方米,800,\n';
      const response = await upload('projects.csv', csv, { planCode }).expect(200);
      expect(response.body.counts).toMatchObject({ projectsCreated: 2 });
      expect(response.body.projects).toEqual([
        expect.objectContaining({ name: '急诊楼,新建', investmentWan: 1200.5, landMu: 3, institutionName: '表格县人民医院' }),
        expect.objectContaining({ name: '住院楼改造', investmentWan: 800, institutionName: '表格县人民医院', buildType: 'renovation' }),
      ]);
    });

    it('imports an xlsx in 亿元 as 万元', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('项目');
      sheet.addRow(['单位：亿元']);
      sheet.addRow(['医疗机构名称', '项目名称', '计划投资']);
      sheet.addRow(['表格县中医医院', '中医馆建设', 1.25]);
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      const response = await upload('projects.xlsx', buffer, { planCode }).expect(200);
      expect(response.body.projects).toEqual([expect.objectContaining({ name: '中医馆建设', investmentWan: 12500 })]);
    });

    it('needs the code of an existing plan', async () => {
      const missing = await upload('projects.csv', '项目名称,总投资\n甲,1\n').expect(400);
      expect(missing.body.errors[0].field).toBe('file');
      const unknown = await upload('projects.csv', '项目名称,总投资\n甲,1\n', { planCode: 'no-such-plan' }).expect(400);
      expect(unknown.body.errors[0]).toEqual({ field: 'planCode', message: 'no plan with code no-such-plan' });
    });
  });

  describe('bad input is refused with the place at fault, and writes nothing', () => {
    it.each([
      ['binary garbage', 'garbage.txt', Buffer.from([0x00, 0xff, 0xfe, 0x12, 0x00, 0x99])],
      ['an empty file', 'empty.txt', Buffer.alloc(0)],
      ['an unsupported type', 'plan.pdf', Buffer.from('%PDF-1.7')],
      ['a table without a recognisable header', 'list.csv', Buffer.from('甲,乙,丙\n1,2,3\n')],
      ['a malformed number', 'list.csv', Buffer.from('项目名称,总投资（万元）\n门诊楼,1O200\n')],
      ['a zip that is not a workbook', 'book.xlsx', Buffer.from('PK\u0003\u0004 not really')],
    ])('%s', async (_label, name, content) => {
      const before = await counts();
      const response = await upload(name, content, { planCode: 'whatever' }).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors[0].field).toBe('file');
      expect(response.body.errors[0].message.length).toBeGreaterThan(5);
      expect(await counts()).toEqual(before);
    });

    it('names the line and column of a malformed number', async () => {
      const response = await upload('list.csv', '项目名称,总投资（万元）\n门诊楼,100\n住院楼,1O200\n', { planCode: 'x' }).expect(400);
      expect(response.body.errors[0].message).toMatch(/line 3/);
      expect(response.body.errors[0].message).toMatch(/1O200/);
    });

    it('refuses a file over the size limit with 413', async () => {
      const response = await upload('big.txt', Buffer.alloc(6 * 1024 * 1024, 'a')).expect(413);
      expect(response.body.status).toBe(413);
    });

    it('refuses an xlsx that would expand beyond the limits', async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('bomb').addRow(['项目名称', '总投资']);
      const bomb = Buffer.from(await workbook.xlsx.writeBuffer());
      // A small file whose zip directory declares 3 GB inside: refused before anything is inflated.
      const entry = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      bomb.writeUInt32LE(3_000_000_000, entry + 24);
      const response = await upload('bomb.xlsx', bomb, { planCode: 'x' }).expect(400);
      expect(response.body.errors[0]).toEqual({ field: 'file', message: expect.stringMatching(/expands to more than/) });
    });

    it('refuses importers that are not admins', async () => {
      const finance = bearer(await createKey(app.dataSource, 'finance'));
      await app.http.post('/api/v1/imports').set(finance).attach('file', Buffer.from('x'), 'a.txt').expect(403);
    });
  });
});
