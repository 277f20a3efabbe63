import { createHash } from 'node:crypto';

/**
 * A statement PostgreSQL parses and plans once per connection and then only executes: a named prepared statement
 * (node-postgres prepares it on the connection's first use and reuses it after). Parsing and planning were most of
 * the database's time on the hot paths (issue 18: ~1.2 of ~1.9 ms per progress PUT went to them, for four
 * statements that execute in 0.7 ms); PostgreSQL plans the first five executions for their values and then keeps a
 * generic plan only if it costs no more than those did.
 *
 * For fixed texts only: each distinct text stays prepared on every connection that ran it, so a text built from a
 * request's filters or sort keys would grow them without bound. A text built per call is fine when it comes from a
 * small fixed set (a write whose CTE is the same every time; one text per combination of the fields a PATCH may
 * set). And the statement's result columns must be named, never `*` (a `RETURNING *` inside a CTE is not a result
 * column): after a migration adds a column, a prepared `SELECT *` fails with "cached plan must not change result
 * type" on every connection that had it, and so does any prepared statement whose result column a migration
 * changes the type of (retype such a column in a release that restarts the processes).
 *
 * DATABASE_PREPARED_STATEMENTS=false sends them unnamed like any other statement (for a pooler that cannot keep
 * prepared statements, such as PgBouncer before 1.21 in transaction mode).
 */
export class PreparedSql {
  readonly name: string;

  constructor(readonly text: string) {
    // The name is the text's digest: node-postgres refuses one name for two texts on a connection.
    this.name = `hct_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
  }
}

/** A statement to run prepared (see PreparedSql): declared once at module level where its text is constant. */
export const prepared = (text: string): PreparedSql => new PreparedSql(text);
