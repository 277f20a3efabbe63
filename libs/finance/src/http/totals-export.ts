import ExcelJS from 'exceljs';
import { csvCell } from '@tracker/api-conventions';
import { labelFor } from '../groupings';
import type { TotalsQuery } from './finance.dto';
import type { TotalsFigures, TotalsView } from './finance.views';

const GROUP_HEADERS: Record<string, string> = {
  plan: '规划',
  program: '专栏',
  institution: '医疗机构',
  region: '地区',
  status: '项目状态',
  buildType: '建设性质',
  fundingSource: '资金来源',
  startYear: '开工年度',
  tier: '层次',
  annualCategory: '年度类别',
};

// Decimal places as the tracker keeps them: 万元 and m² to 0.01, 亩 to 0.0001 (land rounded to 0.01 would change it).
const ALL_MEASURES: { key: keyof TotalsFigures; header: string; places: number }[] = [
  { key: 'projectCount', header: '项目数（个）', places: 0 },
  { key: 'landMu', header: '用地（亩）', places: 4 },
  { key: 'investmentWan', header: '计划投资（万元）', places: 2 },
  { key: 'annualPlanWan', header: '年度计划投资（万元）', places: 2 },
  { key: 'floorAreaM2', header: '建筑面积（平方米）', places: 2 },
  { key: 'beds', header: '床位（张）', places: 0 },
  { key: 'completedInvestmentWan', header: '累计完成投资（万元）', places: 2 },
  { key: 'disbursedWan', header: '累计拨付（万元）', places: 2 },
];

/** The columns of a view: the year's plan only when a year was asked. */
const measuresOf = (view: TotalsView) => ALL_MEASURES.filter((m) => m.key !== 'annualPlanWan' || view.year !== null);

/** The names behind the query's ids and the time zone its time is told in, for the title line. */
export interface TitleContext {
  planTitle: string | null;
  /** The plan's region, or the region asked for. */
  regionName: string | null;
  programTitle: string | null;
  institutionName: string | null;
  /** The plans' time zone (Asia/Shanghai). */
  timeZone: string;
}

const FILTER_LABELS: Record<string, string> = { buildType: '建设性质', startYear: '开工年度', q: '搜索', year: '年度' };

/** An instant as the plans' clock shows it: 2026年11月30日 16:05 (in Asia/Shanghai). */
export function formatLocalTime(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  const zone = timeZone === 'Asia/Shanghai' ? '北京时间' : timeZone;
  return `${parts.year}年${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}（${zone}）`;
}

/** The title line: what was asked, by name, and as of when in the plans' time zone, so a printed sheet explains itself. */
export function exportTitle(view: TotalsView, query: TotalsQuery, context: TitleContext): string {
  const scope = [context.planTitle, context.regionName].filter(Boolean).join('·');
  const filters: string[] = [];
  if (context.programTitle) filters.push(`专栏：${context.programTitle}`);
  if (context.institutionName) filters.push(`医疗机构：${context.institutionName}`);
  if (query.status) filters.push(`项目状态：${labelFor('status', query.status, query.status)}`);
  for (const name of ['buildType', 'startYear', 'q', 'year'] as const) {
    const value = query[name];
    if (value === undefined) continue;
    filters.push(`${FILTER_LABELS[name]}：${name === 'buildType' ? labelFor('buildType', String(value), String(value)) : value}`);
  }
  return (
    `${scope ? `${scope} ` : ''}投资汇总（按${GROUP_HEADERS[view.groupBy]}）` +
    `${filters.length ? ` 筛选：${filters.join('，')}` : ''} 数据截至 ${formatLocalTime(view.asOf, context.timeZone)}`
  );
}

/**
 * CSV for spreadsheets: UTF-8 with a BOM (so Excel reads the Chinese), CRLF, RFC 4180 quoting; labels that would
 * run as formulas (`=HYPERLINK(…)`, `@SUM(…)`) are neutralised, figures stay numbers.
 */
export function totalsToCsv(view: TotalsView, query: TotalsQuery, context: TitleContext): string {
  const measures = measuresOf(view);
  const number = (value: number | undefined, places: number) => csvCell((value ?? 0).toFixed(places), 'number');
  const text = (value: string) => csvCell(value, 'text');
  const lines = [
    [text(exportTitle(view, query, context))],
    [text(GROUP_HEADERS[view.groupBy]), ...measures.map((m) => text(m.header))],
    ...view.rows.map((row) => [text(row.label), ...measures.map((m) => number(row[m.key], m.places))]),
    [text('合计'), ...measures.map((m) => number(view.total[m.key], m.places))],
  ];
  return '\ufeff' + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/** An xlsx workbook: numbers as numbers with two decimals, a bold total row, the title in the first row. */
export async function totalsToXlsx(view: TotalsView, query: TotalsQuery, context: TitleContext): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'health-capital-tracker';
  workbook.created = new Date(view.asOf);
  const sheet = workbook.addWorksheet('投资汇总');
  const measures = measuresOf(view);
  sheet.addRow([exportTitle(view, query, context)]);
  sheet.mergeCells(1, 1, 1, measures.length + 1);
  sheet.getRow(1).font = { bold: true };
  const header = sheet.addRow([GROUP_HEADERS[view.groupBy], ...measures.map((m) => m.header)]);
  header.font = { bold: true };
  for (const row of view.rows) sheet.addRow([row.label, ...measures.map((m) => row[m.key] ?? 0)]);
  const total = sheet.addRow(['合计', ...measures.map((m) => view.total[m.key] ?? 0)]);
  total.font = { bold: true };
  sheet.getColumn(1).width = 40;
  measures.forEach((measure, index) => {
    const column = sheet.getColumn(index + 2);
    column.width = 18;
    column.numFmt = measure.places === 0 ? '#,##0' : `#,##0.${'0'.repeat(measure.places)}`;
  });
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
