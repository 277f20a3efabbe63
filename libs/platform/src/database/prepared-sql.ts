import { createHash } from 'node:crypto';

/**
 * A statement PostgreSQL parses and plans once per connection and then only executes: a named prepared statement
 * (node-postgres prepares it on the connection's first use and reuses it after). Parsing and planning were most of
 * the database's time on the hot paths (issue 18: ~1.2 of ~1.9 ms per progress PUT went to them, for four
 * statements that execute in 0.7 ms); PostgreSQL plans the first five executions for their values and then keeps a
 * generic plan only if it costs no more than those did.
 *
 * For fixed texts only: each distinct text stays prepared on every connection that ran it, so a text built from a
 * request (filters, sort keys) would grow them without bound. And the statement's result columns must be named,
 * never `*`: after a migration adds a column, a prepared `SELECT *` fails with "cached plan must not change result
 * type" on every connection that had it.
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

/** A fixed statement to run prepared (see PreparedSql); declare it once, at module level. */
export const prepared = (text: string): PreparedSql => new PreparedSql(text);
