import ExcelJS from 'exceljs';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYSTEM_ACTOR } from '@tracker/audit';
import { createDataSource } from '@tracker/platform';
import { importFile } from '@tracker/imports';
import { log } from './bench-env';

/**
 * `node dist/bench/sheet-import.js --rows 10000 --database URL`: one county-style annual list of --rows projects
 * (title with year and month, 单位 row, two-level header with the quarters, 建设性质, 年度计划投资, 累计完成投资, 进展情况,
 * a 包联领导 column), written to a temporary .xlsx, then: a preview (dry run), the import, and the same file again
 * (nothing changes). Run by bench:jobs in a process of its own, so that its peak memory is the import's. Prints one
 * JSON line on stdout.
 */
const QUARTERS = ['一', '二', '三', '四'];
const TIERS = ['省重点', '市重点', '区重点'];
const NATURES = ['续建', '新建', '改扩建', '迁建'];

async function main(): Promise<void> {
  const rows = Number(arg('rows', '10000'));
  // --out PATH: only write the sheet there and keep it (to try it in the dashboard or the CLI).
  const out = arg('out', '');
  const url = arg('database', '');
  if (!url && !out) throw new Error('--database URL (or --out PATH) is required');
  const file = out || join(tmpdir(), `hct-bench-sheet-${rows}-${process.pid}.xlsx`);
  const generated = performance.now();
  await writeSheet(file, rows);
  const generateMs = Math.round(performance.now() - generated);
  const bytes = statSync(file).size;
  log(`  generated ${rows} rows (${Math.round(bytes / 1024)} KB) in ${generateMs} ms`);
  if (out) return;

  const dataSource = createDataSource({ url, poolSize: 4 });
  await dataSource.initialize();
  try {
    // --plan-code: another plan than the size's own (bench:jobs' import → totals imports into a fresh one).
    const planCode = arg('plan-code', `510681-2022-2022-${rows}`);
    await dataSource.query(
      `INSERT INTO plans (code, title, region_code, period_start, period_end) VALUES ($1, $2, '510681', 2022, 2022) ON CONFLICT (code) DO NOTHING`,
      [planCode, `广汉市2022年重点项目（${rows} 行）`],
    );
    const buffer = readFileSync(file);
    const run = async (label: string, dryRun: boolean) => {
      const started = performance.now();
      const report = await importFile(dataSource, buffer, `重点项目${rows}.xlsx`, { actor: { ...SYSTEM_ACTOR, name: 'bench' }, dryRun, planCode, rowLimit: 0 });
      const ms = Math.round(performance.now() - started);
      log(`  ${label}: ${ms} ms (${report.counts.projectsCreated} created, ${report.counts.projectsUnchanged} unchanged)`);
      return { ms, created: report.counts.projectsCreated, updated: report.counts.projectsUpdated, unchanged: report.counts.projectsUnchanged, sums: report.sums };
    };
    const preview = await run('preview', true);
    const imported = await run('import', false);
    const importEndedAt = Date.now(); // committed: bench:jobs measures from here until the plan's totals include it
    const again = await run('import again', false);
    // ru_maxrss is in kilobytes on Linux.
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stdout.write(`${JSON.stringify({ rows, bytes, generateMs, preview, import: imported, again, peakRssMb, importEndedAt })}\n`);
  } finally {
    await dataSource.destroy();
    rmSync(file, { force: true });
  }
}

async function writeSheet(path: string, rows: number): Promise<void> {
  // The streaming writer keeps memory flat for 100,000 rows; its shared strings make a file like Excel's.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = book.addWorksheet('重点项目');
  const header = [
    '序号', '项目名称', '层次', '建设单位', '建设内容及规模', '总投资', '年度计划投资', '年度建设任务', '建设性质', '是否开工', '5月进展情况', '累计完成投资',
    ...QUARTERS.flatMap((q) => [`${q}季度工作计划`, null]), '包联领导',
  ];
  const width = header.length;
  sheet.addRow(['广汉市2022年重点项目5月进展情况表']);
  sheet.addRow([...Array<null>(width - 1).fill(null), '单位：万元']);
  sheet.addRow(header);
  sheet.addRow([...Array<null>(12).fill(null), ...QUARTERS.flatMap(() => ['工作内容及形象进度', '投资']), null]);
  // Merged before the header rows are committed: the streaming writer cannot go back to them.
  for (let q = 0; q < 4; q++) sheet.mergeCells(3, 13 + q * 2, 3, 14 + q * 2);
  for (let i = 1; i <= rows; i++) {
    const annual = 300 + (i % 97) + 0.25;
    const quarter = Math.round((annual / 4) * 100) / 100;
    sheet
      .addRow([
        i,
        `第${i}号乡镇卫生院业务用房及周转宿舍建设项目`,
        TIERS[i % 3],
        `广汉市第${i % 400}卫生院`,
        `新建业务用房${1000 + (i % 500)}平方米，设置床位${i % 80}张，配套附属设施`,
        1000 + (i % 997) + 0.5,
        annual,
        '完成主体工程',
        NATURES[i % 4],
        i % 5 === 0 ? '否' : '是',
        '主体工程施工中，已完成基础工程',
        120.5 + (i % 13),
        '基础施工', quarter, '主体施工', quarter, '主体封顶', quarter, '装饰装修', Math.round((annual - 3 * quarter) * 100) / 100,
        `联系人${i % 50}`,
      ])
      .commit();
    if (i % 20000 === 0) log(`  writing the sheet: ${i}/${rows} rows`);
  }
  sheet.commit();
  await book.commit();
}

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`sheet-import: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
