import type { DataSource } from 'typeorm';
import { median } from './http-load';

/** One statement a service sent, with its bound values. */
export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

export interface SqlFloor {
  /** Median over the runs of the summed EXPLAIN ANALYZE execution time of the endpoint's statements. */
  executionMs: number;
  planningMs: number;
  statements: number;
  /** EXPLAIN (ANALYZE, BUFFERS) of the costliest statement, text format: what bounds the figure. */
  plan: string[];
}

/**
 * A DataSource stand-in that records every statement and still runs it. Handing it (or its manager) to the production
 * repository or service yields exactly the SQL an endpoint runs, so the floor cannot drift from the code it measures.
 */
export function capturing(dataSource: DataSource, captured: CapturedQuery[]): DataSource {
  const query = (sql: string, params: unknown[] = []) => {
    captured.push({ sql, params });
    return dataSource.query(sql, params);
  };
  // Repositories are handed its `manager`, services (and the rest) the stand-in itself: both record.
  const proxy = { query, manager: { query } };
  return proxy as unknown as DataSource;
}

interface ExplainJson {
  'Planning Time': number;
  'Execution Time': number;
}

async function explainOnce(dataSource: DataSource, query: CapturedQuery): Promise<ExplainJson> {
  const [row] = await dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${query.sql}`, query.params);
  const plan = row['QUERY PLAN'] as ExplainJson[] | string;
  return (typeof plan === 'string' ? (JSON.parse(plan) as ExplainJson[]) : plan)[0];
}

/**
 * The time PostgreSQL itself spends on the statements (the floor no HTTP layer can beat): the median of `runs`
 * EXPLAIN ANALYZE executions, each summed over the endpoint's statements, plus the plan of the costliest one.
 */
export async function sqlFloor(dataSource: DataSource, queries: CapturedQuery[], runs = 20): Promise<SqlFloor> {
  const execution: number[] = [];
  const planning: number[] = [];
  let costliest = { index: 0, ms: -1 };
  for (let run = 0; run < runs; run++) {
    let exec = 0;
    let plan = 0;
    for (const [index, query] of queries.entries()) {
      const explained = await explainOnce(dataSource, query);
      exec += explained['Execution Time'];
      plan += explained['Planning Time'];
      if (run === 0 && explained['Execution Time'] > costliest.ms) costliest = { index, ms: explained['Execution Time'] };
    }
    execution.push(exec);
    planning.push(plan);
  }
  const text: { 'QUERY PLAN': string }[] = await dataSource.query(
    `EXPLAIN (ANALYZE, BUFFERS) ${queries[costliest.index].sql}`,
    queries[costliest.index].params,
  );
  return {
    executionMs: round2(median(execution)),
    planningMs: round2(median(planning)),
    statements: queries.length,
    plan: text.map((line) => line['QUERY PLAN']),
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;
