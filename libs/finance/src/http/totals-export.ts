import ExcelJS from 'exceljs';
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
};

const MEASURES: { key: keyof TotalsFigures; header: string; decimals: boolean }[] = [
  { key: 'projectCount', header: '项目数（个）', decimals: false },
  { key: 'landMu', header: '用地（亩）', decimals: true },
  { key: 'investmentWan', header: '计划投资（万元）', decimals: true },
  { key: 'floorAreaM2', header: '建筑面积（平方米）', decimals: true },
  { key: 'beds', header: '床位（张）', decimals: false },
  { key: 'completedInvestmentWan', header: '累计完成投资（万元）', decimals: true },
  { key: 'disbursedWan', header: '累计拨付（万元）', decimals: true },
];

/** The title line: what was asked and as of when, so a printed sheet explains itself. */
function title(view: TotalsView, query: TotalsQuery): string {
  const filters = Object.entries(query)
    .filter(([name, value]) => name !== 'groupBy' && value !== undefined)
    .map(([name, value]) => `${name}=${value}`);
  return `投资汇总（按${GROUP_HEADERS[view.groupBy]}）${filters.length ? ` 筛选：${filters.join('，')}` : ''} 数据截至 ${view.asOf}`;
}

/** CSV for spreadsheets: UTF-8 with a BOM (so Excel reads the Chinese), CRLF, RFC 4180 quoting. */
export function totalsToCsv(view: TotalsView, query: TotalsQuery): string {
  const quote = (cell: string | number) => {
    const text = String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const number = (value: number, decimals: boolean) => (decimals ? value.toFixed(2) : String(value));
  const lines = [
    [title(view, query)],
    [GROUP_HEADERS[view.groupBy], ...MEASURES.map((m) => m.header)],
    ...view.rows.map((row) => [row.label, ...MEASURES.map((m) => number(row[m.key], m.decimals))]),
    ['合计', ...MEASURES.map((m) => number(view.total[m.key], m.decimals))],
  ];
  return '\ufeff' + lines.map((cells) => cells.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** An xlsx workbook: numbers as numbers with two decimals, a bold total row, the title in the first row. */
export async function totalsToXlsx(view: TotalsView, query: TotalsQuery): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'health-capital-tracker';
  workbook.created = new Date(view.asOf);
  const sheet = workbook.addWorksheet('投资汇总');
  sheet.addRow([title(view, query)]);
  sheet.mergeCells(1, 1, 1, MEASURES.length + 1);
  sheet.getRow(1).font = { bold: true };
  const header = sheet.addRow([GROUP_HEADERS[view.groupBy], ...MEASURES.map((m) => m.header)]);
  header.font = { bold: true };
  for (const row of view.rows) sheet.addRow([row.label, ...MEASURES.map((m) => row[m.key])]);
  const total = sheet.addRow(['合计', ...MEASURES.map((m) => view.total[m.key])]);
  total.font = { bold: true };
  sheet.getColumn(1).width = 40;
  MEASURES.forEach((measure, index) => {
    const column = sheet.getColumn(index + 2);
    column.width = 18;
    column.numFmt = measure.decimals ? '#,##0.00' : '#,##0';
  });
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
