/**
 * numeric columns arrive from pg as strings. On the wire they are JSON numbers (API.md); a decimal of up to 15
 * significant digits survives the trip through a double exactly, which covers every amount to 0.01 万元 below
 * 10 trillion 万元. Sums are always computed in SQL, never from these numbers.
 */
export function toNumber(value: string | number | null | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}
