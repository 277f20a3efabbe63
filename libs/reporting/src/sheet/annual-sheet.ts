import { csvCell } from '@tracker/api-conventions';
import ExcelJS from 'exceljs';
import type { AnnualSheetData, AnnualSheetLine } from './annual-sheet.repository';

/**
 * The bureau's 投资路线图 / 进展情况表 of a plan for a year and a month, as the bureaus lay it out and as the
 * importer reads it back: a title with region, year and month; 单位：万元; a two-level header (each quarter over
 * 工作内容及形象进度 and 投资); a 合计 row; the projects in sections by annual category. Pure: no Nest, no SQL.
 *
 * Written so that importing it into the same plan changes nothing: 建设性质 says the build type (the category is
 * the section's), 是否开工 follows the project's status, 项目代码 matches each row to its project, and a month's
 * figures appear only where they may be shown (approved in their round, or reported outside any round).
 */

const SECTIONS: { category: string | null; label: string }[] = [
  { category: 'continuing', label: '续建项目' },
  { category: 'new', label: '新开工项目' },
  { category: 'preparatory', label: '前期项目' },
  { category: 'completing', label: '竣工项目' },
  { category: null, label: '未分类项目' },
];
const SECTION_NUMBERS = ['一', '二', '三', '四', '五'];
const BUILD_TYPE_WORDS: Record<string, string> = { new: '新建', expansion: '改扩建', renovation: '改建', relocation: '迁建', other: '' };
// A project under way says 是; one not yet begun 否 (so a re-import never moves its status).
const NOT_STARTED = new Set(['planned', 'preparing']);
const QUARTERS = ['一季度', '二季度', '三季度', '四季度'];

export type Cell = string | number | null;

export interface SheetLayout {
  name: string;
  title: string;
  rows: Cell[][];
  /** Merged areas: rows from 1, columns from 1. */
  merges: { top: number; left: number; bottom: number; right: number }[];
  /** The header rows (1-based), for bold type and freezing. */
  headerRows: [number, number];
  /** The columns that hold 万元. */
  moneyColumns: number[];
}

export function annualSheetLayout(data: AnnualSheetData, year: number, period: string): SheetLayout {
  const month = Number(period.slice(5, 7));
  const top = [
    '序号', '项目名称', '层次', '责任单位', '总投资', '年度计划投资', '年度建设任务', '建设性质', '是否开工', `${month}月进展情况`, '累计完成投资',
    ...QUARTERS.flatMap((q) => [q, null]), '项目代码',
  ];
  const sub = [...Array<null>(11).fill(null), ...QUARTERS.flatMap(() => ['工作内容及形象进度', '投资']), null];
  const width = top.length;
  const money = (value: string | null): number | null => (value === null ? null : Number(value));
  const title = `${data.regionName}${year}年重点项目${month}月进展情况表`;
  const rows: Cell[][] = [
    [title, ...Array<null>(width - 1).fill(null)],
    [...Array<null>(width - 1).fill(null), '单位：万元'],
    top,
    sub,
    [
      null, '合计', null, null, money(data.totals.investmentWan), money(data.totals.planWan), null, null, null, null, money(data.totals.cumulativeWan),
      ...data.totals.quarterPlanWan.flatMap((wan) => [null, money(wan)]), null,
    ],
  ];
  let section = 0;
  for (const { category, label } of SECTIONS) {
    const lines = data.lines.filter((line) => line.category === category);
    if (lines.length === 0) continue;
    rows.push([SECTION_NUMBERS[section], label, ...Array<null>(width - 2).fill(null)]);
    section += 1;
    lines.forEach((line, index) => rows.push(lineCells(line, index + 1, money)));
  }
  const merges: SheetLayout['merges'] = [
    { top: 1, bottom: 1, left: 1, right: width },
    // A single header spans both header rows; each quarter's label spans its two columns.
    ...top.flatMap((text, index) => (text !== null && sub[index] === null ? [{ top: 3, bottom: 4, left: index + 1, right: index + 1 }] : [])),
    ...QUARTERS.map((_, q) => ({ top: 3, bottom: 3, left: 12 + q * 2, right: 13 + q * 2 })),
  ];
  return { name: '重点项目', title, rows, merges, headerRows: [3, 4], moneyColumns: [5, 6, 11, 13, 15, 17, 19] };
}

function lineCells(line: AnnualSheetLine, seq: number, money: (value: string | null) => number | null): Cell[] {
  return [
    seq,
    line.name,
    line.tier,
    line.institutionName,
    money(line.investmentWan),
    money(line.planWan),
    line.task,
    BUILD_TYPE_WORDS[line.buildType] || null,
    NOT_STARTED.has(line.status) ? '否' : '是',
    line.progressText,
    money(line.cumulativeWan),
    ...line.quarters.flatMap((q) => [q.work, money(q.planWan)]),
    line.code,
  ];
}

/** The sheet as .xlsx: numbers as numbers (two decimals shown), merged two-level header, bold title, header and 合计. */
export async function annualSheetXlsx(layout: SheetLayout): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'health-capital-tracker';
  const sheet = workbook.addWorksheet(layout.name);
  layout.rows.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
    });
  });
  for (const m of layout.merges) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const row of [1, ...layout.headerRows, layout.headerRows[1] + 1]) sheet.getRow(row).font = { bold: true };
  sheet.getRow(1).alignment = { horizontal: 'center' };
  for (const row of layout.headerRows) sheet.getRow(row).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  for (const column of layout.moneyColumns) {
    sheet.getColumn(column).numFmt = '#,##0.00';
    sheet.getColumn(column).width = 14;
  }
  sheet.getColumn(2).width = 36;
  sheet.getColumn(4).width = 24;
  for (const column of [7, 10, 12, 14, 16, 18]) sheet.getColumn(column).width = 24;
  sheet.views = [{ state: 'frozen', ySplit: layout.headerRows[1], xSplit: 2 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The sheet as CSV: UTF-8 with a BOM (Excel reads the Chinese), CRLF, RFC 4180 quoting; a quarter's label stands
 * over the first of its two columns. Text that a spreadsheet would run as a formula is neutralised (csvCell).
 */
export function annualSheetCsv(layout: SheetLayout): string {
  return '\ufeff' + layout.rows.map((cells) => cells.map((cell) => csvCell(cell)).join(',')).join('\r\n') + '\r\n';
}
