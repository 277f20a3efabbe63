/**
 * The rows of a statement. TypeORM's `query()` answers UPDATE and DELETE on PostgreSQL with
 * `[rows, affectedCount]` but SELECT and INSERT with the rows alone; this hides the difference. It looks at the
 * shape of the answer, not at the SQL, so `WITH … UPDATE … RETURNING` and leading comments are handled too:
 * rows are objects, so an array whose first element is an array and whose second is a number is the pair.
 */
export async function queryRows<T = Record<string, unknown>>(
  runner: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  const result = await runner.query(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
