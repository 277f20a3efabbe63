import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import type { CellRange } from '../src/sheets/workbook';

/** A sheet as a test writes it: rows of cell values (null for empty) and merged areas (rows from 1, columns from 0). */
export interface SheetSpec {
  name?: string;
  rows: (string | number | Date | null)[][];
  merges?: CellRange[];
}

export interface CountyProject {
  name: string;
  tier: string;
  institution: string;
  total: number;
  annual: number;
  task: string;
  nature: string;
  started: string;
  progress: string;
  cumulative: number;
  quarters: [string, number][];
  leader: string;
}

/**
 * Projects of a county's annual key-project list (罗江区 2022), as a bureau fills it in: 续建 and 新开工 sections,
 * 层次, 建设性质, the year's plan and each quarter's, May's progress and the completed investment to date.
 */
export const COUNTY_PROJECTS: { continuing: CountyProject[]; fresh: CountyProject[] } = {
  continuing: [
    {
      name: '罗江区人民医院住院综合楼建设项目', tier: '市重点', institution: '德阳市罗江区人民医院', total: 29720, annual: 8000,
      task: '完成主体结构封顶', nature: '续建', started: '是', progress: '主体结构施工至六层', cumulative: 12000.5,
      quarters: [['基础施工', 1500], ['主体施工', 2500], ['主体封顶', 2500], ['砌体工程', 1500]], leader: '张三',
    },
    {
      name: '罗江区中医医院分院建设项目', tier: '区重点', institution: '德阳市罗江区中医医院', total: 10200, annual: 3000.25,
      task: '完成装饰装修', nature: '续建', started: '是', progress: '装饰装修施工中', cumulative: 7000,
      quarters: [['装修', 750], ['装修', 750], ['设备安装', 750.25], ['竣工验收', 750]], leader: '李四',
    },
  ],
  fresh: [
    {
      name: '罗江区疾控中心实验室建设项目', tier: '区重点', institution: '德阳市罗江区疾病预防控制中心', total: 3000, annual: 1200,
      task: '开工建设', nature: '新建', started: '否', progress: '完成施工图设计', cumulative: 150,
      quarters: [['前期手续', 0], ['开工', 400], ['主体施工', 400], ['主体施工', 400]], leader: '王五',
    },
    {
      name: '金山镇中心卫生院迁建项目', tier: '区重点', institution: '德阳市罗江区金山镇中心卫生院', total: 4500, annual: 2000,
      task: '完成主体工程', nature: '迁建', started: '是', progress: '基础施工', cumulative: 600,
      quarters: [['场平', 300], ['基础', 500], ['主体', 700], ['主体', 500]], leader: '赵六',
    },
    {
      name: '略坪镇中心卫生院心身医学中心建设项目', tier: '区重点', institution: '德阳市罗江区略坪镇中心卫生院', total: 1800, annual: 1800,
      task: '建成投用', nature: '改扩建', started: '是', progress: '设备采购', cumulative: 900,
      quarters: [['施工', 600], ['施工', 600], ['设备安装', 400], ['投用', 200]], leader: '钱七',
    },
  ],
};

export const HEADER_TOP = [
  '序号', '项目名称', '层次', '建设单位', '总投资', '年度计划投资', '年度建设任务', '建设性质', '是否开工', '5月进展情况', '累计完成投资',
  '一季度工作计划', null, '二季度工作计划', null, '三季度工作计划', null, '四季度工作计划', null, '包联领导',
];
export const HEADER_SUB = [null, null, null, null, null, null, null, null, null, null, null, '工作内容及形象进度', '投资', '工作内容及形象进度', '投资', '工作内容及形象进度', '投资', '工作内容及形象进度', '投资', null];

const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;

/**
 * The list laid out as the bureau's 进展情况表: title with region, year and month; a 单位 row; a two-level header
 * (each quarter's group over 工作内容及形象进度 and 投资); a 合计 row under the header; 一、续建项目 and 二、新开工项目
 * sections. `unitRow` and `title` may be changed to put the unit elsewhere.
 */
export function countySheet(options: { title?: string; unitRow?: string | null; scale?: number } = {}): SheetSpec {
  const scale = options.scale ?? 1;
  const all = [...COUNTY_PROJECTS.continuing, ...COUNTY_PROJECTS.fresh];
  const row = (seq: number, p: CountyProject) => [
    seq, p.name, p.tier, p.institution, p.total * scale, p.annual * scale, p.task, p.nature, p.started, p.progress, p.cumulative * scale,
    ...p.quarters.flatMap(([work, wan]) => [work, wan * scale]), p.leader,
  ];
  const totals = [
    sum(all.map((p) => p.total)) * scale, sum(all.map((p) => p.annual)) * scale, sum(all.map((p) => p.cumulative)) * scale,
    ...[0, 1, 2, 3].map((q) => sum(all.map((p) => p.quarters[q][1])) * scale),
  ];
  const width = HEADER_TOP.length;
  const rows: SheetSpec['rows'] = [
    [options.title ?? '罗江区2022年重点项目5月进展情况表'],
    options.unitRow === null ? [] : [...Array<null>(width - 2).fill(null), options.unitRow ?? '单位：万元'],
    HEADER_TOP,
    HEADER_SUB,
    [null, '合计', null, null, totals[0], totals[1], null, null, null, null, totals[2], null, totals[3], null, totals[4], null, totals[5], null, totals[6], null],
    ['一', '续建项目', ...Array<null>(width - 2).fill(null)],
    ...COUNTY_PROJECTS.continuing.map((p, i) => row(i + 1, p)),
    ['二', '新开工项目', ...Array<null>(width - 2).fill(null)],
    ...COUNTY_PROJECTS.fresh.map((p, i) => row(i + 1, p)),
  ];
  const merges: CellRange[] = [
    { top: 1, bottom: 1, left: 0, right: width - 1 },
    // Every single header spans both header rows; each quarter's group spans its two columns.
    ...HEADER_TOP.flatMap((text, column) => (text !== null && HEADER_SUB[column] === null && HEADER_TOP[column + 1] !== null ? [{ top: 3, bottom: 4, left: column, right: column }] : [])),
    ...[11, 13, 15, 17].map((left) => ({ top: 3, bottom: 3, left, right: left + 1 })),
  ];
  return { name: '重点项目', rows, merges };
}

/** An .xlsx, written by exceljs (whose writer is sound; only its streaming reader split characters). */
export async function xlsxOf(...sheets: SheetSpec[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [index, spec] of sheets.entries()) {
    const sheet = book.addWorksheet(spec.name ?? `Sheet${index + 1}`);
    spec.rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
      });
    });
    for (const m of spec.merges ?? []) sheet.mergeCells(m.top, m.left + 1, m.bottom, m.right + 1);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** An .xls (BIFF8), as Excel 97–2003 saves it, written by SheetJS. */
export function xlsOf(...sheets: SheetSpec[]): Buffer {
  const book = XLSX.utils.book_new();
  for (const [index, spec] of sheets.entries()) {
    const sheet = XLSX.utils.aoa_to_sheet(spec.rows.map((cells) => cells.map((value) => value ?? null)));
    sheet['!merges'] = (spec.merges ?? []).map((m) => ({ s: { r: m.top - 1, c: m.left }, e: { r: m.bottom - 1, c: m.right } }));
    XLSX.utils.book_append_sheet(book, sheet, spec.name ?? `Sheet${index + 1}`);
  }
  return XLSX.write(book, { type: 'buffer', bookType: 'xls' }) as Buffer;
}

/** A .csv (no merges: a group label stands over the first of its columns). */
export function csvOf(spec: SheetSpec): string {
  const quote = (value: string | number | Date | null) => {
    const text = value === null ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return spec.rows.map((cells) => cells.map(quote).join(',')).join('\r\n');
}
