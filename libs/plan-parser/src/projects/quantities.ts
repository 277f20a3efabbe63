import { addDecimals, normalizeDecimal } from '../decimal';
import { toAsciiDigits } from '../text';
import type { Decimal } from '../types';
import { toMu, toWan, type MoneyUnit } from '../units';
import { buildTypeOf } from './build-type';

export interface ContentQuantities {
  floorAreaM2: Decimal | null;
  newBuildAreaM2: Decimal | null;
  renovationAreaM2: Decimal | null;
  beds: number | null;
  count: { min: number; max: number } | null;
  landMu: Decimal | null;
  investmentWan: Decimal | null;
}

const AREA = /(\d+(?:\.\d+)?)\s*(万)?\s*(?:平方米|平米|㎡|m²|m2)/g;
// A per-unit minimum ('面积不低于100平方米的村卫生室') is a standard, not a floor area of the project.
const MINIMUM_BEFORE = /(?:不低于|不少于|不小于|至少|每[个所间]?)\s*$/;
// Each clause of a content cell says its own verb: '新建业务用房4500平方米，改建1000平方米'.
const CLAUSE_BREAK = /[；;。\n]|(?:^|[^\d.])\d{1,2}[.、．](?!\d)/g;
const BEDS =
  /(?:床位(?:数)?|床单元)\s*(?:达到|达|为|约)?\s*(\d+)(?:\s*[-—–~～]\s*(\d+))?\s*张|(\d+)(?:\s*[-—–~～]\s*(\d+))?\s*张(?:床位|病床|床)/g;
const COUNT = /(?:新建|建设|新增|增设|建成|改扩建)\s*(\d+)(?:\s*[-—–~～至]\s*(\d+))?\s*(?:所|家|个|座|处|间)/;
const LAND = /(?:新增用地|用地面积|用地|占地面积|占地)\s*(?:约|为)?\s*(\d+(?:\.\d+)?)\s*亩/;
const INVESTMENT = /(?:总投资|计划投资|估算投资|概算投资|投资)\s*(?:约|为|估算)?\s*(\d+(?:\.\d+)?)\s*(亿元|万元)/;

/**
 * Quantities written in a 建设内容及规模 cell (or in the sentence a curated project comes from). Floor areas in
 * one cell are summed; each figure counts as new build or renovation by the nearest verb before it in its
 * clause (新建 → new, 改建/改造 → renovation; 改扩建 and plain 建设 count in the total only).
 */
export function extractQuantities(content: string): ContentQuantities {
  const text = toAsciiDigits(content);
  if (!/\d/.test(text)) return NONE;
  return {
    ...floorAreas(text),
    beds: beds(text),
    count: count(text),
    landMu: land(text),
    investmentWan: investment(text),
  };
}

const NONE: ContentQuantities = Object.freeze({
  floorAreaM2: null,
  newBuildAreaM2: null,
  renovationAreaM2: null,
  beds: null,
  count: null,
  landMu: null,
  investmentWan: null,
});

/** How many of a thing a name says it builds ('新建8-10所村卫生室'). */
export function countIn(name: string): { min: number; max: number } | null {
  return count(toAsciiDigits(name));
}

function floorAreas(text: string): Pick<ContentQuantities, 'floorAreaM2' | 'newBuildAreaM2' | 'renovationAreaM2'> {
  let total: Decimal | null = null;
  let newBuild: Decimal | null = null;
  let renovation: Decimal | null = null;
  for (const match of text.matchAll(AREA)) {
    const before = text.slice(0, match.index);
    if (MINIMUM_BEFORE.test(before)) continue;
    const value = match[2] ? normalizeDecimal(shiftTenThousand(match[1])) : normalizeDecimal(match[1]);
    total = total === null ? value : addDecimals(total, value);
    const verb = lastVerb(clauseBefore(before));
    if (verb === 'new') newBuild = newBuild === null ? value : addDecimals(newBuild, value);
    if (verb === 'renovation') renovation = renovation === null ? value : addDecimals(renovation, value);
  }
  return { floorAreaM2: total, newBuildAreaM2: newBuild, renovationAreaM2: renovation };
}

function shiftTenThousand(value: string): Decimal {
  const [whole, fraction = ''] = value.split('.');
  const padded = fraction.padEnd(4, '0');
  return `${whole}${padded.slice(0, 4)}${padded.length > 4 ? `.${padded.slice(4)}` : ''}`;
}

function clauseBefore(before: string): string {
  let start = 0;
  for (const match of before.matchAll(CLAUSE_BREAK)) start = (match.index ?? 0) + match[0].length;
  return before.slice(start);
}

/** The verb nearest to the figure wins: in '新建…，改建1000平方米' the 1000 is renovation. */
function lastVerb(clause: string): 'new' | 'renovation' | 'expansion' | null {
  const verbs = [...clause.matchAll(/改扩建|扩建|新建|改建|改造/g)];
  const last = verbs.at(-1);
  if (!last) return null;
  const type = buildTypeOf(last[0]);
  return type === 'new' || type === 'renovation' || type === 'expansion' ? type : null;
}

function beds(text: string): number | null {
  let total: number | null = null;
  for (const match of text.matchAll(BEDS)) {
    const low = match[1] ?? match[3];
    const high = match[2] ?? match[4];
    // A range of beds ('150-200张') counts at its upper bound, like the bed tables.
    const value = Number(high ?? low);
    total = (total ?? 0) + value;
  }
  return total;
}

function count(text: string): { min: number; max: number } | null {
  const match = COUNT.exec(text);
  if (!match) return null;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  return { min: Math.min(min, max), max: Math.max(min, max) };
}

function land(text: string): Decimal | null {
  const match = LAND.exec(text);
  return match ? toMu(normalizeDecimal(match[1]), '亩') : null;
}

function investment(text: string): Decimal | null {
  const match = INVESTMENT.exec(text);
  return match ? toWan(normalizeDecimal(match[1]), match[2] as MoneyUnit) : null;
}
