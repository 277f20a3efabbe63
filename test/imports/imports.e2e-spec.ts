import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateSeeds } from '../../seeds/generate';
import { readSeedBundles } from '../../libs/imports/src/seed-bundles';
import { xlsxOf } from '../../libs/plan-parser/test/county-sheet';
import { craftZip, repeated, workbookParts } from '../../libs/plan-parser/test/crafted-zip';
import { encodeGb18030 } from '../../libs/plan-parser/test/gb18030';
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
              (SELECT count(*) FROM institutions)::int AS institutions, (SELECT count(*) FROM indicators)::int AS indicators,
              (SELECT count(*) FROM audit_log)::int AS audit, (SELECT count(*) FROM outbox_events WHERE event_type <> 'rollup.completed')::int AS events`,
    ))[0];
  const upload = (name: string, content: Buffer | string, query: Record<string, string> = {}) =>
    app.http.post('/api/v1/imports').query(query).set(admin).set('Accept-Language', 'zh-CN').attach('file', Buffer.from(content), name);

  describeWithDocuments('a plan document', () => {
    const document = () => readFileSync(resolve(SHARED_SEEDS, LUOJIANG));

    it('previews without writing, then imports all of it, then changes nothing the second time', async () => {
      const before = await counts();
      const preview = await upload(LUOJIANG, document(), { dryRun: 'true', rowLimit: '100' }).expect(200);
      expect(preview.body).toMatchObject({ dryRun: true, kind: 'plan-document', plan: { id: null, code: '510604-2021-2025', action: 'create' }, counts: { projectsCreated: 30 } });
      // The 22 rows of its 专栏 tables, and 8 projects curated from its prose (seeds/curated).
      expect(preview.body.rows.total).toBe(30);
      expect(preview.body.rows.items).toContainEqual(
        expect.objectContaining({ line: 492, action: 'create', name: '传染病区建设项目', landMu: 20, investmentWan: 12000, floorAreaM2: 11300, beds: 100, buildType: 'new', matched: null }),
      );
      expect(preview.body.reconciliation).toHaveLength(6);
      expect(preview.body.reconciliation.every((r: { reconciled: boolean }) => r.reconciled)).toBe(true);
      expect(preview.body.reconciliation[0]).toMatchObject({
        kind: 'program',
        programNumber: 2,
        measures: [
          { measure: 'landMu', declared: 131.2, computed: 131.2, difference: 0, reconciled: true },
          { measure: 'investmentWan', declared: 90444, computed: 90444, difference: 0, reconciled: true },
        ],
      });
      expect(preview.body.warnings).toContainEqual(expect.objectContaining({ line: 692, message: expect.stringMatching(/笔误/) }));
      expect(preview.body.summary[0]).toBe('规划“德阳市罗江区“十四五”卫生健康事业发展规划”（510604-2021-2025）：新建；专栏 8 个，项目 30 个，床位目标 10 条，指标 31 条。');
      expect(await counts()).toEqual(before);

      const real = await upload(LUOJIANG, document()).expect(200);
      expect(real.body.counts).toMatchObject({ projectsCreated: 30, programs: 8, bedTargets: 10 });
      // The district, its city and the province above, from the division catalogue.
      expect(
        await app.dataSource.query(`SELECT code, name, full_name, level, parent_code FROM regions WHERE code IN ('510604', '510600', '510000') ORDER BY code`),
      ).toEqual([
        { code: '510000', name: '四川省', full_name: '四川省', level: 'province', parent_code: null },
        { code: '510600', name: '德阳市', full_name: '德阳市', level: 'city', parent_code: '510000' },
        { code: '510604', name: '罗江区', full_name: '德阳市罗江区', level: 'district', parent_code: '510600' },
      ]);
      const written = await counts();
      const again = await upload(LUOJIANG, document()).expect(200);
      expect(again.body.counts).toMatchObject({ projectsCreated: 0, projectsUpdated: 0, projectsUnchanged: 30 });
      expect(again.body.plan.action).toBe('unchanged');
      // Nothing written the second time: no audit entry, no event.
      expect(await counts()).toEqual(written);
      expect(written.projects - before.projects).toBe(30);

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
      expect(response.body.rows.items.find((r: { action: string }) => r.action === 'update')).toMatchObject({
        name: '传染病区建设项目',
        changes: ['investmentWan'],
        matched: { by: 'code', name: '传染病区建设项目' },
      });
      const [project] = await app.dataSource.query(`SELECT investment_wan, version FROM projects WHERE name = '传染病区建设项目' AND source_file = $1`, [LUOJIANG]);
      expect(project).toEqual({ investment_wan: '12500.00', version: 2 });
      await upload(LUOJIANG, document()).expect(200); // and back
    });

    it('reads the same document as GB18030, and under another name changes nothing', async () => {
      const before = await counts();
      const gb = encodeGb18030(document().toString('utf8'));
      const response = await upload('罗江区规划（GBK）.txt', gb).expect(200);
      // The projects curated from the prose belong to the seed's file name (seeds/curated/003_…json): only the 22
      // table rows come with this one, and they match.
      expect(response.body.counts).toMatchObject({ projectsCreated: 0, projectsUpdated: 0, projectsUnchanged: 22 });
      expect(await counts()).toEqual(before);
    });

    it('pages the row-by-row preview', async () => {
      const preview30 = (await upload(LUOJIANG, document(), { dryRun: 'true', rowLimit: '500' }).expect(200)).body.rows.items.map((r: { line: number }) => r.line);
      expect(preview30).toHaveLength(30);
      const page = await upload(LUOJIANG, document(), { dryRun: 'true', rowOffset: '20', rowLimit: '5' }).expect(200);
      expect(page.body.rows).toMatchObject({ total: 30, offset: 20, limit: 5 });
      expect(page.body.rows.items.map((r: { line: number }) => r.line)).toEqual(preview30.slice(20, 25));
      const none = await upload(LUOJIANG, document(), { dryRun: 'true', rowLimit: '0' }).expect(200);
      expect(none.body.rows.items).toEqual([]);
    });
  });

  describe('a plan document of a region the title names ambiguously', () => {
    const text = ['市中区“十四五”卫生健康发展规划', '', '第一章 总则'].join('\n');

    it('is refused naming the candidates, and imported with the region given', async () => {
      const refused = await upload('市中区规划.txt', text).expect(400);
      expect(refused.body.errors[0].message).toMatch(/^标题“市中区“十四五”卫生健康发展规划”中的行政区划不能确定，可能是：济南市市中区（370103）、枣庄市市中区（370402）、内江市市中区（511002）、乐山市市中区（511102）/);
      const imported = await upload('市中区规划.txt', text, { regionCode: '370103' }).expect(200);
      expect(imported.body.plan).toMatchObject({ code: '370103-2021-2025', action: 'create' });
      const [plan] = await app.dataSource.query(`SELECT region_code FROM plans WHERE code = '370103-2021-2025'`);
      expect(plan.region_code).toBe('370103');
    });
  });

  describe('bad input is refused with the place at fault, and writes nothing', () => {
    it.each([
      ['binary garbage', 'garbage.txt', Buffer.from([0x00, 0xff, 0xfe, 0x12, 0x00, 0x99]), /不是文本文件/],
      ['an empty file', 'empty.txt', Buffer.alloc(0), /是空文件/],
      ['an unsupported type', 'plan.pdf', Buffer.from('%PDF-1.7'), /不支持的文件类型“.pdf”/],
      ['a table without a recognisable header', 'list.csv', Buffer.from('甲,乙,丙\n1,2,3\n'), /没有找到项目表/],
      ['a malformed number', 'list.csv', Buffer.from('项目名称,总投资（万元）\n门诊楼,100\n住院楼,1O200\n'), '第 3 行 B 列（总投资（万元））：“1O200”不是数字'],
      ['a zip that is not a workbook', 'book.xlsx', Buffer.from('PK\u0003\u0004 not really'), /不是有效的 xlsx 工作簿/],
      ['a document over its size limit', 'big.txt', Buffer.alloc(6 * 1024 * 1024, 'a'), /超过上限 5242880 字节/],
    ])('%s', async (_label, name, content, message) => {
      const [{ code }] = await app.dataSource.query(
        `INSERT INTO plans (code, title, region_code, period_start, period_end) VALUES ('refusals-' || gen_random_uuid(), '拒收测试', '510681', 2021, 2025)
         RETURNING code`,
      );
      const before = await counts();
      const response = await upload(name, content, { planCode: code }).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors[0].field).toBe('file');
      if (typeof message === 'string') expect(response.body.errors[0].message).toBe(message);
      else expect(response.body.errors[0].message).toMatch(message);
      expect(await counts()).toEqual(before);
    });

    it('refuses a file over the upload limit with 413', async () => {
      const response = await upload('big.xlsx', Buffer.alloc(33 * 1024 * 1024, 'a')).expect(413);
      expect(response.body.status).toBe(413);
    });

    it('stops a workbook that inflates past the limit, whatever its zip directory claims', async () => {
      const rows = [['项目名称', '备注'], ...Array.from({ length: 20 }, (_, i) => [`项目${i}`, 'x'.repeat(9000)])];
      const bomb = await xlsxOf({ rows });
      for (let at = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
        bomb.writeUInt32LE(10, at + 24);
      }
      // Under the default limit it is read; the directory's lie changes nothing about how much is inflated.
      const [{ code }] = await app.dataSource.query(
        `INSERT INTO plans (code, title, region_code, period_start, period_end) VALUES ('bomb-' || gen_random_uuid(), '炸弹', '510681', 2021, 2025) RETURNING code`,
      );
      const response = await upload('bomb.xlsx', bomb, { planCode: code, dryRun: 'true' }).expect(200);
      expect(response.body.counts.projectsCreated).toBe(20);
    });

    it('refuses a 100-million-character cell with a problem naming its sheet, row and column, writing nothing', async () => {
      const sheet = [
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
        '<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1" t="inlineStr"><is><t>备注</t></is></c></row>',
        '<row r="2"><c r="A2" t="inlineStr"><is><t>住院楼</t></is></c><c r="B2" t="inlineStr"><is><t>',
        ...repeated('A', 1_000_000, 100),
        '</t></is></c></row></sheetData></worksheet>',
      ];
      // The directory also understates the sheet: 100 MB declared as 1 KB.
      const bomb = await craftZip(workbookParts('项目表', sheet).map((part) => (part.name.includes('sheet1') ? { ...part, declaredSize: 1024 } : part)));
      const before = await app.dataSource.query(`SELECT (SELECT count(*) FROM projects)::int AS projects, (SELECT count(*) FROM audit_log)::int AS audits`);
      const [{ code }] = await app.dataSource.query(
        `INSERT INTO plans (code, title, region_code, period_start, period_end) VALUES ('cell-' || gen_random_uuid(), '长单元格', '510681', 2021, 2025) RETURNING code`,
      );
      const response = await app.http.post('/api/v1/imports').query({ planCode: code }).set(admin).attach('file', bomb, 'long-cell.xlsx').expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.detail).toBe('The file cannot be imported (sheet 项目表, row 2, column B); nothing was written.');
      expect(response.body.errors).toEqual([
        { field: 'file', message: expect.stringMatching(/工作表“项目表”第 2 行 B 列过大/), location: { sheet: '项目表', row: 2, column: 'B' } },
      ]);
      expect(await app.dataSource.query(`SELECT (SELECT count(*) FROM projects)::int AS projects, (SELECT count(*) FROM audit_log)::int AS audits`)).toEqual(before);
    });

    it('refuses importers that are not admins', async () => {
      const finance = bearer(await createKey(app.dataSource, 'finance'));
      await app.http.post('/api/v1/imports').set(finance).attach('file', Buffer.from('x'), 'a.txt').expect(403);
    });
  });
});
