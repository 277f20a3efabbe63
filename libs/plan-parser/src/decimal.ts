import type { Decimal } from './types';

// Amounts are bigint counts of 10^-scale units, so 0.1 + 0.2 is exactly 0.3 and 131.2 mu stays 131.2.
interface Scaled {
  units: bigint;
  scale: number;
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;
// Already canonical: no sign, no leading zero, no trailing fraction zero. Most figures are, and skip the rewriting.
const CANONICAL = /^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

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
  if (CANONICAL.test(value)) return value;
  const match = DECIMAL.exec(value);
  if (!match) throw new TypeError(`not a decimal: "${value}"`);
  // By string, without bigint arithmetic: every figure of every imported row passes here.
  const [, sign, whole, fraction = ''] = match;
  const integer = whole.replace(/^0+(?=\d)/, '');
  const decimals = fraction.replace(/0+$/, '');
  const text = decimals ? `${integer}.${decimals}` : integer;
  return sign === '-' && text !== '0' ? `-${text}` : text;
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
  if (b === '1') return normalizeDecimal(a);
  const x = toScaled(a);
  const y = toScaled(b);
  return fromScaled({ units: x.units * y.units, scale: x.scale + y.scale });
}

export function compareDecimals(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const difference = toScaled(subtractDecimals(a, b)).units;
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

export function sumDecimals(values: readonly (Decimal | null)[]): Decimal {
  const total = new DecimalTotal();
  for (const value of values) total.add(value);
  return total.value;
}

// Fraction digits a running total keeps in its bigint: every quantity the tracker holds has at most 4.
const TOTAL_SCALE = 8;

/**
 * A running exact sum: each value is read straight into a bigint of 10^-8 units, so adding the figures of 100,000
 * rows costs a parse each rather than a rescaling of the total each time.
 */
export class DecimalTotal {
  private units = 0n;
  private finer: Decimal = '0';

  add(value: Decimal | null): void {
    if (value === null) return;
    const negative = value.charCodeAt(0) === 45; /* - */
    const digits = negative ? value.slice(1) : value;
    const dot = digits.indexOf('.');
    const fraction = dot < 0 ? '' : digits.slice(dot + 1);
    if (fraction.length > TOTAL_SCALE || !DECIMAL.test(value)) {
      this.finer = addDecimals(this.finer, value);
      return;
    }
    const units = BigInt((dot < 0 ? digits : digits.slice(0, dot)) + fraction.padEnd(TOTAL_SCALE, '0'));
    this.units += negative ? -units : units;
  }

  get value(): Decimal {
    const total = fromScaled({ units: this.units, scale: TOTAL_SCALE });
    return this.finer === '0' ? total : addDecimals(total, this.finer);
  }
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
