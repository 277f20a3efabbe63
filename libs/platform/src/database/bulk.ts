/**
 * Helpers for set-based writes. Rows go to PostgreSQL as one JSON document per batch, read with jsonb_to_recordset:
 * pg would otherwise quote every element of a dozen arrays one by one, which took longer than the insert itself.
 */

/** Rows per statement: one round trip, a few milliseconds of planning, and a JSON document of a few MB at most. */
export const BULK_BATCH = 5000;

export function* inBatches<T>(items: readonly T[], size = BULK_BATCH): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** The column list of `jsonb_to_recordset(…) AS x (…)`: `name type, …`. */
export const recordsetColumns = (types: Record<string, string>) =>
  Object.entries(types)
    .map(([column, type]) => `${column} ${type}`)
    .join(', ');
