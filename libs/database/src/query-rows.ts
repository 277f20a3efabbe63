/**
 * The rows of a statement. TypeORM's `query()` answers UPDATE and DELETE on PostgreSQL with
 * `[rows, affectedCount]` but SELECT and INSERT with the rows alone; this hides the difference.
 */
export async function queryRows<T = Record<string, unknown>>(
  runner: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  const result = await runner.query(sql, parameters);
  if (/^\s*(UPDATE|DELETE)\b/i.test(sql) && Array.isArray(result) && Array.isArray(result[0])) return result[0] as T[];
  return result as T[];
}
