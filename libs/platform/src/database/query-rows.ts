import { PreparedSql } from './prepared-sql';

/**
 * The rows of a statement. TypeORM's `query()` answers UPDATE and DELETE on PostgreSQL with
 * `[rows, affectedCount]` but SELECT and INSERT with the rows alone; this hides the difference. It looks at the
 * shape of the answer, not at the SQL, so `WITH … UPDATE … RETURNING` and leading comments are handled too:
 * rows are objects, so an array whose first element is an array and whose second is a number is the pair.
 */
export async function queryRows<T = Record<string, unknown>>(
  runner: { query(sql: string, parameters?: unknown[]): Promise<unknown> },
  sql: string | PreparedSql,
  parameters: unknown[] = [],
): Promise<T[]> {
  const result = await runner.query(statementFor(runner, sql), parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

/**
 * What goes to the driver: the text, or for a PreparedSql node-postgres's query config `{ name, text }`, which
 * TypeORM's query() hands to it unchanged (test/foundation/prepared-statements.e2e-spec.ts checks that it stays so).
 */
function statementFor(runner: object, sql: string | PreparedSql): string {
  if (typeof sql === 'string') return sql;
  const options = (runner as { dataSource?: { options?: { extra?: { preparedStatements?: boolean } } } }).dataSource?.options;
  if (options?.extra?.preparedStatements === false) return sql.text;
  return { name: sql.name, text: sql.text } as unknown as string;
}
