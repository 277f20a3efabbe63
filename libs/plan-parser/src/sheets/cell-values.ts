import { decimalFromNumber } from '../decimal';
import type { Decimal } from '../types';

// At most 15 digits, no leading zero (but '0' and '0.5'), no exponent.
const SHORT_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,14})?$/;

/**
 * A number as a spreadsheet stores it, as exact decimal text. Excel keeps 15 significant digits and shows no more;
 * what a formula leaves beyond them (12345.670000000002) is binary noise, so the value is rounded there.
 */
export function excelNumberText(raw: string): Decimal {
  // Most cells hold a short plain number that is already exact: spelled canonically without a round trip.
  if (SHORT_NUMBER.test(raw)) return raw.includes('.') ? raw.replace(/\.?0+$/, '') : raw;
  const value = Number(raw);
  return decimalFromNumber(Number(value.toPrecision(15)));
}

/** A double read by a library (SheetJS for .xls), likewise to 15 significant digits. */
export function excelNumber(value: number): Decimal {
  return decimalFromNumber(Number(value.toPrecision(15)));
}

const DAY_MS = 86_400_000;

/**
 * A date serial as YYYY-MM-DD. In the 1900 system serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that
 * never was (serial 60), so later serials are one day ahead; in the 1904 system serial 0 is 1904-01-01.
 */
export function excelDateText(serial: number, date1904: boolean): string {
  const days = Math.floor(serial);
  const time = date1904
    ? Date.UTC(1904, 0, 1) + days * DAY_MS
    : Date.UTC(1899, 11, 31) + (days >= 60 ? days - 1 : days) * DAY_MS;
  return new Date(time).toISOString().slice(0, 10);
}
