import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadSeeds } from '../../libs/imports/src/seed';
import { bearer, createKey } from '../support/fixtures';
import { startTestAppOnFreshDatabase, type TestApp } from '../support/test-app';

const run = promisify(execFile);

function hasLibreOffice(): boolean {
  try {
    execFileSync('libreoffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}
const available = hasLibreOffice();
if (!available) process.stderr.write('xlsx/LibreOffice test not run: libreoffice is not installed (.ci/run installs it)\n');

(available ? describe : describe.skip)('the xlsx export, opened by LibreOffice', () => {
  let app: TestApp;
  let dir: string;
  beforeAll(async () => {
    app = await startTestAppOnFreshDatabase('xlsx');
    await loadSeeds(app.dataSource, process.cwd());
    dir = mkdtempSync(join(tmpdir(), 'hct-xlsx-'));
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the same figures as the API for the seeded 罗江 plan', async () => {
    const finance = bearer(await createKey(app.dataSource, 'finance'));
    const [plan] = await app.dataSource.query(`SELECT id FROM plans WHERE code = '510604-2021-2025'`);
    const query = { groupBy: 'program', planId: plan.id };
    const api = (await app.http.get('/api/v1/finance/totals').query(query).set(finance).expect(200)).body;
    const xlsx = await app.http
      .get('/api/v1/finance/totals.xlsx')
      .query(query)
      .set(finance)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    writeFileSync(join(dir, 'totals.xlsx'), xlsx.body as Buffer);
    // A profile of its own, so a LibreOffice already open on the machine does not take the conversion over.
    await run('libreoffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, join(dir, 'totals.xlsx')], {
      timeout: 120_000,
    });
    // LibreOffice writes cells as displayed: "#,##0.00" amounts come quoted, with thousands separators.
    const cells = readFileSync(join(dir, 'totals.csv'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .map((line) => line.match(/"[^"]*"|[^,]+/g)!.map((cell) => cell.replace(/"/g, '')));
    const money = (text: string) => Number(text.replace(/,/g, ''));
    // The title names the plan and its region (not ids) and the time in Beijing.
    expect(cells[0][0]).toMatch(/^德阳市罗江区“十四五”卫生健康事业发展规划·德阳市罗江区 投资汇总（按专栏） 数据截至 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}（北京时间）$/);
    expect(cells[1][0]).toBe('专栏');
    const rows = cells.slice(2, -1);
    expect(rows.map((r) => [r[0], money(r[3])])).toEqual(api.rows.map((r: { label: string; investmentWan: number }) => [r.label, r.investmentWan]));
    const total = cells.at(-1)!;
    expect(total[0]).toBe('合计');
    expect([money(total[2]), money(total[3])]).toEqual([api.total.landMu, api.total.investmentWan]);
    // 罗江's six 专栏 tables declare 131.2 + 20 + 70 + 34.4 亩 and 90444 + 3000 + 16350 + 11635 + 5000 + 5000 万元.
    expect(api.total).toMatchObject({ landMu: 255.6, investmentWan: 131429 });
  }, 180_000);
});
