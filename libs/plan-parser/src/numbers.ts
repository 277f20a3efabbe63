import { normalizeDecimal } from './decimal';
import { PlanParseError } from './errors';
import { toAsciiDigits } from './text';
import type { Decimal } from './types';

/** Where a cell is, for error messages: `line 12` in a text or csv, `row 12` in a worksheet. */
export interface CellPlace {
  unit: 'line' | 'row';
  line: number;
  column: string;
}

export function describePlace(place: CellPlace): string {
  return `第 ${place.line} 行（${place.column}）`;
}

// What tables print for "nothing here".
const PLACEHOLDER = /^(?:[-—–－/\\*]+|无|空)$/;

export interface StrictNumber {
  value: Decimal;
  /** A unit written in the cell itself ('10200万元'), which overrides the column's. */
  unit: string | null;
  /** A note in brackets after the figure ('10000（含设备）'). */
  note: string | null;
}

const PLAIN = /^\d+(?:\.\d+)?$/;
const STRICT = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万元|亿元|元|亩|公顷|万平方米|平方米|㎡|m²|张)?(?:[（(]([^）)]*)[）)])?$/;

/**
 * A figure cell read strictly: null when empty or a placeholder ('—', '/', '无'), 'invalid' when it is anything
 * but a plain figure (so '1O200' or '12,30' is never read as some other number), 'negative' below zero.
 * Full-width digits and thousands separators are figures.
 */
export function parseFigure(text: string): StrictNumber | null | 'invalid' | 'negative' {
  // Most cells of a spreadsheet hold a plain figure already.
  if (PLAIN.test(text)) return { value: normalizeDecimal(text), unit: null, note: null };
  const compact = toAsciiDigits(text).replace(/\s+/g, '');
  if (compact === '' || PLACEHOLDER.test(compact)) return null;
  const match = STRICT.exec(compact);
  if (!match) return 'invalid';
  const [, minus, whole, fraction = '', unit, note] = match;
  const value = normalizeDecimal(whole.replace(/,/g, '') + fraction);
  if (minus && value !== '0') return 'negative';
  return { value, unit: unit ?? null, note: note?.trim() || null };
}

/** A cell of a numeric column (land, investment, area, beds) of a plan document's table. */
export function readStrictNumber(text: string, place: CellPlace): StrictNumber | null {
  const figure = parseFigure(text);
  if (figure === 'invalid' || figure === 'negative') {
    const why = figure === 'invalid' ? '不是数字' : '不能是负数';
    throw new PlanParseError(`${describePlace(place)}：“${text.trim()}”${why}`, place.line, place.column);
  }
  return figure;
}

const COMPARATOR = /^[<>≤≥＜＞≦≧=约~～]+/;
const LEADING_FIGURE =
  /^(\d+(?:\.\d+)?)\s*(?:%|‰|张|人|岁|个|天|所|家|次|万元|亿元)?\s*(?:左右|以上|以下|及以上|及以下)?\s*(?:[（(][^）)]*[）)])?$/;

/**
 * The figure an indicator cell states, where it states one: '≥90' → 90, '4.7(1094张）' → 4.7, '9.0 左右' → 9.
 * Ratios ('1:0.94'), ranges and prose ('持续改善', '较2015年下降10%') give null; the caller keeps the text.
 */
export function leadingDecimal(text: string): Decimal | null {
  const compact = toAsciiDigits(text).trim().replace(COMPARATOR, '').trim();
  const match = LEADING_FIGURE.exec(compact);
  return match ? normalizeDecimal(match[1]) : null;
}

export interface CountRange {
  min: number;
  max: number;
}

const LEADING_RANGE = /^(\d+)(?:\s*[-—–~～至]\s*(\d+))?/;

/** A count or bed cell: '2（含金山镇中心卫生院）' → 2..2, '90-94' → 90..94; prose such as '不设上限' → null. */
export function leadingRange(text: string): CountRange | null {
  const match = LEADING_RANGE.exec(toAsciiDigits(text).trim());
  if (!match) return null;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  return max >= min ? { min, max } : { min: max, max: min };
}

const YEAR_SPAN = /(20\d{2}|19\d{2})\s*(?:年)?\s*(?:[-—–~～至到]\s*(20\d{2}|19\d{2}))?/;

/** '2021-2025' → 2021..2025, '2022年' → 2022..2022. */
export function parseYearSpan(text: string): { start: number; end: number } | null {
  const match = YEAR_SPAN.exec(toAsciiDigits(text));
  if (!match) return null;
  const start = Number(match[1]);
  const end = match[2] ? Number(match[2]) : start;
  return { start: Math.min(start, end), end: Math.max(start, end) };
}

/** Text that looks like a table figure: digits and the punctuation of numbers only. */
export function looksNumeric(text: string): boolean {
  return /^[<>≤≥＜＞]?\s*[\d０-９][\d０-９.,．，\s]*(?:%|‰)?$/.test(text.trim());
}
