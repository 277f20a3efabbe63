import type { Decimal } from './types';

// Amounts are bigint counts of 10^-scale units, so 0.1 + 0.2 is exactly 0.3 and 131.2 mu stays 131.2.
interface Scaled {
  units: bigint;
  scale: number;
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

export function isDecimal(text: string): boolean {
  return DECIMAL.test(text);
}

function toScaled(value: Decimal): Scaled {
  const match = DECIMAL.exec(value);
  if (!match) throw new TypeError(`not a decimal: "${value}"`);
  const [, sign, whole, fraction = ''] = match;
  const units = BigInt(whole + fraction);
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

function fromScaled({ units, scale }: Scaled): Decimal {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  const text = fraction ? `${whole}.${fraction}` : whole;
  return negative && text !== '0' ? `-${text}` : text;
}

function rescale(value: Scaled, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

/** The canonical spelling: no leading zeros, no trailing fraction zeros ('96.20' → '96.2', '5.0' → '5'). */
export function normalizeDecimal(value: Decimal): Decimal {
  return fromScaled(toScaled(value));
}

export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const x = toScaled(a);
  const y = toScaled(b);
  const scale = Math.max(x.scale, y.scale);
  return fromScaled({ units: rescale(x, scale) + rescale(y, scale), scale });
}

export function subtractDecimals(a: Decimal, b: Decimal): Decimal {
  return addDecimals(a, negateDecimal(b));
}

export function negateDecimal(a: Decimal): Decimal {
  const x = toScaled(a);
  return fromScaled({ units: -x.units, scale: x.scale });
}

export function multiplyDecimals(a: Decimal, b: Decimal): Decimal {
  const x = toScaled(a);
  const y = toScaled(b);
  return fromScaled({ units: x.units * y.units, scale: x.scale + y.scale });
}

export function compareDecimals(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const difference = toScaled(subtractDecimals(a, b)).units;
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

export function sumDecimals(values: readonly (Decimal | null)[]): Decimal {
  return values.reduce<Decimal>((total, value) => (value === null ? total : addDecimals(total, value)), '0');
}

/**
 * A number read from a spreadsheet cell (exceljs hands back doubles). String() gives the shortest text that
 * reads back as the same double, which is what the sheet's XML held; exponent notation is spelled out.
 */
export function decimalFromNumber(value: number): Decimal {
  if (!Number.isFinite(value)) throw new TypeError(`not a finite number: ${value}`);
  const text = String(value);
  const exponent = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!exponent) return normalizeDecimal(text);
  const [, sign, whole, fraction = '', power] = exponent;
  const shift = Number(power) - fraction.length;
  const units = BigInt(whole + fraction);
  return fromScaled(
    shift >= 0
      ? { units: (sign ? -units : units) * 10n ** BigInt(shift), scale: 0 }
      : { units: sign ? -units : units, scale: -shift },
  );
}
