import { multiplyDecimals } from './decimal';
import type { Decimal } from './types';

export type MoneyUnit = '元' | '万元' | '亿元';
export type LandUnit = '亩' | '公顷' | '平方米';
export type AreaUnit = '平方米' | '万平方米';

/** The money unit a header or title row names: '计划投资（亿元）', '单位：万元'. */
export function moneyUnitIn(text: string): MoneyUnit | null {
  if (text.includes('亿元')) return '亿元';
  if (text.includes('万元')) return '万元';
  if (/[（(]元[）)]|[:：]\s*元/.test(text)) return '元';
  return null;
}

// 1 亿元 = 10,000 万元 exactly; the tracker keeps money in 万元.
const WAN_PER: Record<MoneyUnit, Decimal> = { 元: '0.0001', 万元: '1', 亿元: '10000' };

export function toWan(value: Decimal, unit: MoneyUnit): Decimal {
  return multiplyDecimals(value, WAN_PER[unit]);
}

export function landUnitIn(text: string): LandUnit | null {
  if (text.includes('亩')) return '亩';
  if (text.includes('公顷')) return '公顷';
  if (/平方米|㎡|m2|m²/i.test(text)) return '平方米';
  return null;
}

// 1 亩 = 10000/15 m² by definition, so m² → 亩 is an exact ×0.0015 (the glossary's 666.67 is that, rounded).
const MU_PER: Record<LandUnit, Decimal> = { 亩: '1', 公顷: '15', 平方米: '0.0015' };

export function toMu(value: Decimal, unit: LandUnit): Decimal {
  return multiplyDecimals(value, MU_PER[unit]);
}

export function areaUnitIn(text: string): AreaUnit | null {
  if (text.includes('万平方米')) return '万平方米';
  if (/平方米|㎡|m2|m²/i.test(text)) return '平方米';
  return null;
}

export function toSquareMetres(value: Decimal, unit: AreaUnit): Decimal {
  return unit === '万平方米' ? multiplyDecimals(value, '10000') : value;
}
