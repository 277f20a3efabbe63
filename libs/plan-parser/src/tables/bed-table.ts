import type { HeaderedTable } from '../layout/header';
import { isEmptyRow } from '../layout/raw-table';
import { leadingRange, type CountRange } from '../numbers';
import { joinLines, nullIfEmpty, tidy } from '../text';
import type { BedMeasure, BedReconciliation, ParsedBedTarget } from '../types';
import { alignRow } from './align';
import { bedColumns, type BedColumn } from './columns';

const BED_MEASURE_NAMES: Record<BedMeasure, string> = {
  baselineCount: '现状机构数',
  baselineBeds: '现状床位数',
  targetCount: '目标机构数',
  targetBeds: '目标床位数',
};

export interface BedTableContext {
  file: string;
  programNumber: number;
  /** The year a table with only target columns is measured from (the plan's base year). */
  baselineYear: number;
  warn: (line: number, message: string) => void;
}

export interface BedTableResult {
  targets: ParsedBedTarget[];
  reconciliation: BedReconciliation[];
  institutionLines: Map<string, number>;
}

const TOTAL = /^(?:合计|总计)$/;
// '苏稽镇中心卫生院 (县域医疗卫生次中心)': the name, then a designation in brackets.
const DESIGNATION = /^(.+?)\s*[（(]([^（）()]+)[）)]$/;

/**
 * A bed configuration table: one row per institution or category, a count and/or bed column per year
 * (2020 现状, 2025 目标). Cells are kept verbatim beside their figure: '2（含金山镇中心卫生院）' counts 2,
 * a range '2-3' counts its upper bound, prose ('不设上限', '纳入区人民医院总床位数') counts nothing.
 */
export function readBedTable(headered: HeaderedTable, context: BedTableContext): BedTableResult {
  const columns = bedColumns(headered.columns);
  const years = [...new Set(columns.flatMap((column) => (column.year === null ? [] : [column.year])))].sort();
  const targetYear = years.at(-1) ?? context.baselineYear + 5;
  const baselineYear = years.length > 1 ? years[0] : context.baselineYear;
  const measureOf = (column: BedColumn): BedMeasure | null => {
    if (column.role !== 'count' && column.role !== 'beds') return null;
    const when = column.year === targetYear ? 'target' : 'baseline';
    return `${when}${column.role === 'count' ? 'Count' : 'Beds'}` as BedMeasure;
  };
  const measures = columns.map(measureOf);
  const byInstitution = /名称|医院|单位/.test(headered.columns[0]?.header ?? '');
  const width = headered.columns.length;
  const score = (column: number, text: string) =>
    text.trim() === '' ? 0 : measures[column] ? (leadingRange(text) ? 1 : 0) : leadingRange(text) ? -1 : 1;

  const targets: ParsedBedTarget[] = [];
  const institutionLines = new Map<string, number>();
  const totals = new Map<BedMeasure, string>();
  let totalLine = 0;
  for (const raw of headered.body) {
    if (isEmptyRow(raw)) continue;
    const row = alignRow(raw, width, score);
    const cell = (measure: BedMeasure) => {
      const index = measures.indexOf(measure);
      return index < 0 ? null : nullIfEmpty(joinLines(row.cells[index]?.text ?? ''));
    };
    const subjectText = tidy(row.cells[0]?.text ?? '');
    if (subjectText === '') {
      context.warn(row.line, '床位表中没有机构或类别的一行，已跳过');
      continue;
    }
    if (TOTAL.test(subjectText)) {
      totalLine = row.line;
      for (const measure of measures) if (measure) totals.set(measure, cell(measure) ?? '');
      continue;
    }
    if (row.note) context.warn(row.line, row.note);
    const designation = byInstitution ? DESIGNATION.exec(subjectText) : null;
    const subject = designation ? designation[1] : subjectText;
    if (byInstitution && !institutionLines.has(subject)) institutionLines.set(subject, row.line);
    const campusIndex = columns.findIndex((column) => column.role === 'campus');
    const number = (text: string | null) => (text === null ? null : (leadingRange(text)?.max ?? null));
    const texts = {
      baselineCount: cell('baselineCount'),
      baselineBeds: cell('baselineBeds'),
      targetCount: cell('targetCount'),
      targetBeds: cell('targetBeds'),
    };
    targets.push({
      subject,
      subjectKind: byInstitution ? 'institution' : 'category',
      programNumber: context.programNumber,
      baselineYear,
      targetYear,
      baselineCount: number(texts.baselineCount),
      baselineCountText: texts.baselineCount,
      baselineBeds: number(texts.baselineBeds),
      baselineBedsText: texts.baselineBeds,
      targetCount: number(texts.targetCount),
      targetCountText: texts.targetCount,
      targetBeds: number(texts.targetBeds),
      targetBedsText: texts.targetBeds,
      source: { file: context.file, line: row.line },
      subjectNote: designation ? designation[2].trim() : null,
      campus: campusIndex < 0 ? null : nullIfEmpty(tidy(row.cells[campusIndex]?.text ?? '')),
    });
  }
  const reconciliation = reconcileBeds(targets, totals, context.programNumber);
  for (const check of reconciliation) {
    if (!check.reconciled) {
      context.warn(totalLine, `合计的${BED_MEASURE_NAMES[check.measure]}是“${check.declaredText}”，而各行相加是 ${check.computedText}`);
    }
  }
  return { targets, reconciliation, institutionLines };
}

const TEXT_OF: Record<BedMeasure, keyof ParsedBedTarget> = {
  baselineCount: 'baselineCountText',
  baselineBeds: 'baselineBedsText',
  targetCount: 'targetCountText',
  targetBeds: 'targetBedsText',
};

function reconcileBeds(targets: ParsedBedTarget[], totals: Map<BedMeasure, string>, programNumber: number): BedReconciliation[] {
  return [...totals.entries()].map(([measure, declaredText]) => {
    const sum: CountRange = { min: 0, max: 0 };
    for (const target of targets) {
      const range = leadingRange((target[TEXT_OF[measure]] as string | null) ?? '');
      if (range) {
        sum.min += range.min;
        sum.max += range.max;
      }
    }
    const declared = leadingRange(declaredText);
    return {
      programNumber,
      measure,
      declaredText,
      computedText: sum.min === sum.max ? `${sum.min}` : `${sum.min}-${sum.max}`,
      reconciled: declared !== null && declared.min === sum.min && declared.max === sum.max,
    };
  });
}
