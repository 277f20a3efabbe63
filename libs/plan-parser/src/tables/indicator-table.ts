import type { HeaderedTable } from '../layout/header';
import { isEmptyRow } from '../layout/raw-table';
import { leadingDecimal, looksNumeric } from '../numbers';
import { joinLines, nullIfEmpty, tidy } from '../text';
import type { IndicatorNature, ParsedIndicator } from '../types';
import { alignRow, type CellScorer } from './align';
import { indicatorRoles, type IndicatorRole } from './columns';
import { assignDomains, type DomainRow } from './indicator-domains';

export interface IndicatorTableContext {
  file: string;
  programNumber: number;
  warn: (line: number, message: string) => void;
}

const NATURES: Record<string, IndicatorNature> = { 约束性: 'binding', 预期性: 'expected', 指导性: 'guiding' };
const VALUE_WORDS = /提高|改善|下降|降低|覆盖|增长|上限|维持|保持|稳定|力争|持续|逐步|达到|不低于|以上|以下|左右/;
const VALUE_ROLES: readonly IndicatorRole[] = ['baseline', 'target', 'unit', 'nature'];
const UNIT = /^(?:%|‰|岁|张|人|个|天|元|万元|亿元|亿人|万人|平方米|μg\/m[3³]|1?\/10万|1\/万|次|家|所|床)$/;

/** A figure, a placeholder, or a phrase of change ('同比例提高', '持续改善'): what indicator value cells hold. */
function valueLike(text: string): boolean {
  const value = text.trim();
  return value === '' || /\d/.test(value) || /^[-—–－*＊/]+$/.test(value) || VALUE_WORDS.test(value);
}

interface Slot extends DomainRow {
  line: number;
  /** The line of the name cell: what a record cites. */
  nameLine: number;
  cells: string[];
  kind: 'data' | 'orphan' | 'empty' | 'foreign';
}

/**
 * An indicator table: 领域, 主要指标, 单位, 现状值 (2020), 目标值 (2025), 指标性质, in any order and however
 * labelled. Handles the layouts' traps: a 领域 cell merged over the rows below it; a cell the conversion split
 * into a row of its own (a name's second line, a domain's second word, a value centred between two rows);
 * rows of a nested sub-table that do not fit the columns (skipped with a warning, not guessed).
 */
export function readIndicatorTable(headered: HeaderedTable, context: IndicatorTableContext): ParsedIndicator[] {
  const roles = indicatorRoles(headered.columns);
  const at = (role: IndicatorRole) => roles.indexOf(role);
  const width = roles.length;
  const score = scorer(roles);

  const slots: Slot[] = headered.body.map((raw) => {
    const base = { line: raw.line, nameLine: raw.line, ownDomain: '', continued: false, cells: [] as string[] };
    if (isEmptyRow(raw)) return { ...base, kind: 'empty' };
    if (raw.cells.length > width) return { ...base, kind: 'foreign' };
    const row = alignRow(raw, width, score);
    const cells = row.cells.map((cell) => cell?.text ?? '');
    const valuesFit = (['baseline', 'target'] as const).every((role) => at(role) < 0 || valueLike(joinLines(cells[at(role)])));
    if (!valuesFit) return { ...base, kind: 'foreign' };
    const name = at('name') < 0 ? '' : tidy(cells[at('name')]);
    const hasValues = VALUE_ROLES.some((role) => at(role) >= 0 && cells[at(role)].trim() !== '');
    const numbered = at('seq') < 0 || cells[at('seq')].trim() !== '';
    const orphan = name === '' || (!numbered && !hasValues);
    const nameLine = at('name') < 0 ? raw.line : (row.cells[at('name')]?.line ?? raw.line);
    return { ...base, nameLine, cells, ownDomain: at('domain') < 0 ? '' : tidy(cells[at('domain')]), kind: orphan ? 'orphan' : 'data' };
  });

  warnForeignRuns(slots, context);
  mergeOrphans(slots, roles, context);
  const data = slots.filter((slot) => slot.kind === 'data');
  const domains = assignDomains(slots.filter((slot) => slot.kind !== 'foreign'));

  return data.map((slot) => {
    const cell = (role: IndicatorRole) => (at(role) < 0 ? '' : slot.cells[at(role)]);
    const named = splitUnit(tidy(cell('name')));
    const unitCell = tidy(cell('unit'));
    const baselineText = nullIfEmpty(joinLines(cell('baseline')));
    const targetText = nullIfEmpty(joinLines(cell('target')));
    return {
      domain: domains.get(slot) ?? null,
      name: unitCell ? tidy(cell('name')) : named.name,
      unit: unitCell || named.unit,
      baseline: baselineText === null ? null : leadingDecimal(baselineText),
      baselineText,
      target: targetText === null ? null : leadingDecimal(targetText),
      targetText,
      nature: NATURES[tidy(cell('nature'))] ?? null,
      source: { file: context.file, line: slot.nameLine },
      programNumber: context.programNumber,
    };
  });
}

function scorer(roles: readonly IndicatorRole[]): CellScorer {
  return (column, text) => {
    const value = joinLines(text);
    if (value === '') return 0;
    switch (roles[column]) {
      case 'nature':
        return NATURES[value] ? 3 : -3;
      case 'seq':
        return /^\d+$/.test(value) ? 2 : -3;
      case 'baseline':
      case 'target':
        return valueLike(value) ? 1 : -1;
      case 'unit':
        return UNIT.test(value.replace(/\s+/g, '')) ? 1 : -1;
      case 'name':
      case 'domain':
        return looksNumeric(value) ? -2 : 1;
      default:
        return 0;
    }
  };
}

/**
 * A row the conversion split off another keeps only some cells. Its name or domain words continue the row
 * above. A value goes to the row above when that cell is empty; when the row above has its own value and the
 * row below has none, the value was centred between them and belongs below (平罗县: '维持在85%左右').
 */
function mergeOrphans(slots: Slot[], roles: readonly IndicatorRole[], context: IndicatorTableContext): void {
  slots.forEach((slot, index) => {
    if (slot.kind !== 'orphan') return;
    const previous = findData(slots, index, -1);
    const next = findData(slots, index, 1);
    roles.forEach((role, column) => {
      const text = slot.cells[column]?.trim() ?? '';
      if (text === '' || role === 'seq' || role === 'other') return;
      if (role === 'name' || role === 'domain') {
        if (!previous) return context.warn(slot.line, `“${tidy(text)}”不属于任何一行，已舍去`);
        previous.cells[column] = `${previous.cells[column]}\n${text}`;
        if (role === 'domain') {
          previous.ownDomain = tidy(previous.cells[column]);
          previous.continued = true;
        }
        return;
      }
      if (previous && previous.cells[column].trim() === '') {
        previous.cells[column] = text;
      } else if (next && next.cells[column].trim() === '') {
        next.cells[column] = text;
        context.warn(slot.line, `“${joinLines(text)}”夹在两行之间，按第 ${next.line} 行的值读取`);
      } else if (previous) {
        previous.cells[column] = `${previous.cells[column]}\n${text}`;
      }
    });
  });
}

function findData(slots: Slot[], from: number, step: 1 | -1): Slot | null {
  for (let i = from + step; i >= 0 && i < slots.length; i += step) {
    if (slots[i].kind === 'data') return slots[i];
    if (slots[i].kind === 'foreign') return null;
  }
  return null;
}

function warnForeignRuns(slots: Slot[], context: IndicatorTableContext): void {
  let start: Slot | null = null;
  let end: Slot | null = null;
  const flush = () => {
    if (start && end) {
      context.warn(
        start.line,
        `第 ${start.line}–${end.line} 行与指标表的列对不上（嵌套的子表），未读取`,
      );
    }
    start = end = null;
  };
  for (const slot of slots) {
    if (slot.kind === 'foreign') {
      start ??= slot;
      end = slot;
    } else if (slot.kind !== 'empty') flush();
  }
  flush();
}

/** '人均预期寿命（岁）' → name '人均预期寿命', unit '岁'; a bracket that is not a unit ('（含中医医院）') stays. */
function splitUnit(name: string): { name: string; unit: string | null } {
  const brackets = [...name.matchAll(/[（(]([^（）()]*)[）)]/g)];
  for (const bracket of brackets.reverse()) {
    const unit = bracket[1].replace(/\s+/g, '');
    if (UNIT.test(unit)) {
      const index = bracket.index ?? 0;
      return { name: tidy(name.slice(0, index) + name.slice(index + bracket[0].length)), unit };
    }
  }
  return { name, unit: null };
}
