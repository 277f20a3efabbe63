import { SqlRepository } from '@tracker/platform';
import type { EntityManager } from 'typeorm';
import { MEASURES_SQL, PACE_MONTHS, paceProjectYearAmountsSql, paceProjectYearsSql, PROJECT_GROUPINGS, projectBaseSql } from './project-base.sql';

/** What a recompute wrote: how many plans, how many rollup rows, and the snapshot it describes. */
export interface RollupRun {
  plans: number;
  /** The plans' rollup rows. */
  rows: number;
  /** How many of them the run inserted, updated or deleted (the others were already right). */
  changed: number;
  computedAt: string;
}

// The lock every run takes first (also held by test/finance/worker-crash.e2e-spec.ts to catch a run midway).
const ROLLUP_LOCK = 7243021;

const MEASURES = ['project_count', 'land_mu', 'investment_wan', 'floor_area_m2', 'beds', 'completed_investment_wan', 'disbursed_wan'];
const SUMS = MEASURES.map((m) => `sum(${m})`).join(', ');

const ROLLUP_COLUMNS = ['plan_id', 'grouping', 'key', 'label', ...MEASURES, 'computed_at'];
const COLUMNS = ROLLUP_COLUMNS.join(', ');
const PORTFOLIO_COLUMNS = ['grouping', 'key', 'label', ...MEASURES];

// Within replaceChanged's statement, over its `diff` of finance_rollups: the portfolio totals of each grouping and
// key changed move by the new rows' measures minus the old ones' (a side missing counts as zero). The label is
// taken from new rows only (a key that vanished from these plans keeps the label the others gave it). A key whose
// project count falls to zero is deleted after the statement. (Runs hold the lock, so no other writer of the
// portfolio rows runs between the update and the insert of keys not there yet.)
const MOVE_PORTFOLIO_BY_DIFF = `
  moves AS (
    SELECT coalesce(d.grouping, d.old_grouping) AS grouping, coalesce(d.key, d.old_key) AS key,
           min(d.label) AS new_label, min(d.old_label) AS old_label,
           ${MEASURES.map((m) => `sum(coalesce(d.${m}, 0) - coalesce(d.old_${m}, 0)) AS ${m}`).join(', ')}
      FROM diff d GROUP BY 1, 2
  ), moved AS (
    UPDATE finance_portfolio_totals t
       SET label = coalesce(m.new_label, t.label), ${MEASURES.map((m) => `${m} = t.${m} + m.${m}`).join(', ')}
      FROM moves m WHERE t.grouping = m.grouping AND t.key = m.key
    RETURNING 1
  ), added AS (
    INSERT INTO finance_portfolio_totals (grouping, key, label, ${MEASURES.join(', ')})
    SELECT m.grouping, m.key, coalesce(m.new_label, m.old_label), ${MEASURES.map((m) => `m.${m}`).join(', ')}
      FROM moves m
     WHERE NOT EXISTS (SELECT 1 FROM finance_portfolio_totals t WHERE t.grouping = m.grouping AND t.key = m.key)
    RETURNING 1
  )`;

const PACE_PROJECT_COLUMNS = ['plan_id', 'year', 'project_id', 'annual_plan_wan', 'completed_wan'];
const PACE_PLAN_YEAR_COLUMNS = ['plan_id', 'year', 'project_count', 'annual_plan_wan', 'completed_wan', ...PACE_MONTHS.map((m) => `m${m}`)];

/** The PostgreSQL notification channel a rollup run notifies when it commits. */
export const ROLLUPS_CHANGED_CHANNEL = 'hct_rollups_changed';

/**
 * The finance_rollups, finance_rollup_runs, finance_portfolio_totals and rollup_requests tables: the rollups, the
 * lock that serialises their runs, and the durable requests for a run. To compute the rollups it reads other
 * features' tables (projects, progress_reports, funding_lines, plans, programs, institutions, regions); it writes
 * only its own.
 *
 * A run needs a connection of its own (a session-level lock, then a REPEATABLE READ transaction): RollupService
 * opens one and uses this repository `within` it.
 */
export class RollupsRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  /**
   * One run at a time, across every worker: every run updates the same portfolio totals rows, and two REPEATABLE READ
   * transactions updating one row would fail with a serialization error. A plan's run takes ~20–30 ms at 100,000
   * projects and a run of the plans requested meanwhile up to ~0.7 s (see RollupService.recomputeRequested): a full
   * run waits behind that at most. Held by the session until
   * `unlockAll`.
   */
  async lockRuns(): Promise<void> {
    // Waiting for a full run (4.5 s at 100,000 projects, growing with the portfolio) must not hit the pool's
    // statement timeout; the session's timeout is restored once the lock is held.
    await this.db.query(`SET statement_timeout = 0`);
    await this.db.query(`SELECT pg_advisory_lock(${ROLLUP_LOCK})`);
    await this.db.query(`RESET statement_timeout`);
  }

  async unlockAll(): Promise<void> {
    await this.db.query(`SELECT pg_advisory_unlock_all()`);
  }

  async resetStatementTimeout(): Promise<void> {
    await this.db.query(`RESET statement_timeout`);
  }

  /**
   * Recomputes the rollups of some plans (null: of all) from the source rows, and their share of the portfolio
   * totals. Meant for one REPEATABLE READ transaction, so every grouping is computed from the same snapshot.
   */
  async recompute(planIds: string[] | null): Promise<RollupRun> {
    const plans = planIds ?? (await this.rows<{ id: string }>(`SELECT id FROM plans ORDER BY id`)).map((row) => row.id);
    const [{ now }] = await this.rows<{ now: Date }>(`SELECT now() AS now`);
    // Every plan: no filter, so the planner reads whole tables in one pass each rather than looking up thousands
    // of plan ids.
    const every = planIds === null;
    // Where a statement below filters by plan, the plans are its first parameter; the whole-portfolio forms have
    // no such filter and no such parameter.
    const [scope, planParams] = every ? ['true', []] : ['p.plan_id = ANY($1::uuid[])', [plans]];
    // JIT compiles a statement whose estimated cost is high, and the planner overestimates here (it takes every
    // project to have 1,000 build years): compiling cost a plan's run more than it ran (~35 ms of 45), and a full
    // run gained nothing from it.
    await this.db.query(`SET LOCAL jit = off`);
    if (every) {
      // A full run hashes ~100,000 rollup rows to compare old with new: in the default 4 MB they would spill to disk.
      await this.db.query(`SET LOCAL work_mem = '64MB'`);
    }
    // The per-project base once, then one small GROUP BY per grouping over it, into a temporary table: the rollups
    // are then changed only where they differ. Most rows of a full run are unchanged, and rewriting them all (with
    // their indexes and the plan's foreign key) was most of its time.
    await this.db.query(`CREATE TEMP TABLE rollup_base ON COMMIT DROP AS ${projectBaseSql(scope, null, { everyProject: every })}`, planParams);
    await this.db.query(`CREATE TEMP TABLE rollup_new (LIKE finance_rollups) ON COMMIT DROP`);
    for (const [grouping, { key, label }] of Object.entries(PROJECT_GROUPINGS)) {
      await this.db.query(
        `INSERT INTO rollup_new (${COLUMNS})
         SELECT b.plan_id, $1, ${key}, min(${label}), ${MEASURES_SQL}, $2 FROM rollup_base b GROUP BY b.plan_id, ${key}`,
        [grouping, now],
      );
    }
    await this.db.query(
      `INSERT INTO rollup_new (${COLUMNS})
       SELECT p.plan_id, 'fundingSource', f.source, f.source, count(DISTINCT f.project_id)::int, 0,
              coalesce(sum(f.amount_wan), 0), 0, 0, 0, 0, $${planParams.length + 1}
         FROM funding_lines f JOIN projects p ON p.id = f.project_id
        WHERE ${scope} GROUP BY p.plan_id, f.source`,
      [...planParams, now],
    );
    await this.replacePace(scope, planParams, every);
    // Some plans: the portfolio totals move by what their rows changed, in the same statement (see replaceChanged).
    const changedRollups = await this.replaceChanged('finance_rollups', 'rollup_new', ROLLUP_COLUMNS, ['plan_id', 'grouping', 'key'], every ? 'true' : 't.plan_id = ANY($1::uuid[])', planParams, {
      movePortfolio: !every,
    });
    if (every) {
      await this.db.query(`CREATE TEMP TABLE portfolio_new (LIKE finance_portfolio_totals) ON COMMIT DROP`);
      await this.db.query(
        `INSERT INTO portfolio_new (${PORTFOLIO_COLUMNS.join(', ')}) SELECT grouping, key, min(label), ${SUMS} FROM rollup_new GROUP BY grouping, key`,
      );
      await this.replaceChanged('finance_portfolio_totals', 'portfolio_new', PORTFOLIO_COLUMNS, ['grouping', 'key'], 'true', []);
    } else {
      await this.db.query(`DELETE FROM finance_portfolio_totals WHERE project_count = 0`);
    }
    await this.db.query(
      `INSERT INTO finance_rollup_runs (plan_id, computed_at) SELECT unnest($1::uuid[]), $2
       ON CONFLICT (plan_id) DO UPDATE SET computed_at = EXCLUDED.computed_at`,
      [plans, now],
    );
    const [{ rows }] = await this.rows<{ rows: number }>(`SELECT count(*)::int AS rows FROM rollup_new`);
    // Heard by every api process at commit (RollupTotalsCache): totals they keep from the rollups are stale now.
    await this.db.query(`SELECT pg_notify('${ROLLUPS_CHANGED_CHANNEL}', $1)`, [new Date(now).toISOString()]);
    return { plans: plans.length, rows, changed: changedRollups, computedAt: new Date(now).toISOString() };
  }

  /**
   * The pace's rows of the plans in `scope` (see the finance-pace-rollups migration): per project and active year,
   * then their sums per plan and year with the months of the completed investment.
   */
  private async replacePace(scope: string, planParams: unknown[], every: boolean): Promise<void> {
    if (every) {
      // One statement: the planner takes each project to have 1,000 years, which for every project still means
      // joining each table in one pass, as it should.
      await this.db.query(`CREATE TEMP TABLE pace_projects_new ON COMMIT DROP AS ${paceProjectYearAmountsSql(`(${paceProjectYearsSql(scope)})`)}`);
    } else {
      // The years first, in a table of their own: the planner cannot tell how many years a project has, but it can
      // size a table, and so looks a few plans' amounts up by key rather than reading every project's.
      await this.db.query(`CREATE TEMP TABLE pace_years ON COMMIT DROP AS ${paceProjectYearsSql(scope)}`, planParams);
      await this.db.query(`CREATE TEMP TABLE pace_projects_new ON COMMIT DROP AS ${paceProjectYearAmountsSql('pace_years')}`);
    }
    await this.db.query(`CREATE TEMP TABLE pace_plan_years_new (LIKE finance_pace_plan_years) ON COMMIT DROP`);
    await this.db.query(
      `INSERT INTO pace_plan_years_new (${PACE_PLAN_YEAR_COLUMNS.join(', ')})
       SELECT plan_id, year, count(*)::int, sum(annual_plan_wan), sum(completed_wan), ${PACE_MONTHS.map((m) => `coalesce(sum(m${m}), 0)`).join(', ')}
         FROM pace_projects_new GROUP BY plan_id, year`,
    );
    const target = every ? 'true' : 't.plan_id = ANY($1::uuid[])';
    await this.replaceChanged('finance_pace_projects', 'pace_projects_new', PACE_PROJECT_COLUMNS, ['plan_id', 'year', 'project_id'], target, planParams);
    await this.replaceChanged('finance_pace_plan_years', 'pace_plan_years_new', PACE_PLAN_YEAR_COLUMNS, ['plan_id', 'year'], target, planParams);
  }

  /**
   * Makes the rows of `target` that `scope` selects (alias t) equal to those of `fresh`, a temporary table with the
   * same `columns`: one join finds the rows that differ (old and new side by side), then those the new lack are
   * deleted, those that changed updated and the new inserted. One statement; returns how many rows changed.
   * `computed_at`, where a table has it, is when its row last changed. Names are this file's constants, never input.
   *
   * With `movePortfolio` (finance_rollups of some plans), the same statement adds each changed row's difference
   * (new measures minus old) to the portfolio totals of its grouping and key: a run of a few plans touches the
   * portfolio rows their changes touch (a handful a plan), not every row of every plan in the run twice.
   */
  private async replaceChanged(
    target: string,
    fresh: string,
    columns: readonly string[],
    keys: readonly string[],
    scope: string,
    params: unknown[],
    { movePortfolio = false } = {},
  ): Promise<number> {
    const values = columns.filter((c) => !keys.includes(c) && c !== 'computed_at');
    const on = (a: string, b: string, prefix = '') => keys.map((k) => `${a}.${k} = ${b}.${prefix}${k}`).join(' AND ');
    const list = (alias: string, names: readonly string[]) => names.map((c) => `${alias}.${c}`).join(', ');
    // Key columns are NOT NULL in both tables, so a null key tells which side of the join a row lacks.
    const [key] = keys;
    const [{ changed }] = await this.rows<{ changed: number }>(
      `WITH diff AS MATERIALIZED (
         SELECT ${keys.map((k) => `t.${k} AS old_${k}`).join(', ')}, ${list('n', columns)}${movePortfolio ? `, t.label AS old_label, ${MEASURES.map((m) => `t.${m} AS old_${m}`).join(', ')}` : ''}
           FROM ${fresh} n FULL JOIN (SELECT * FROM ${target} t WHERE ${scope}) t ON ${on('n', 't')}
          WHERE n.${key} IS NULL OR t.${key} IS NULL OR (${list('t', values)}) IS DISTINCT FROM (${list('n', values)})
       ), deleted AS (
         DELETE FROM ${target} t USING diff d WHERE d.${key} IS NULL AND ${on('t', 'd', 'old_')} RETURNING 1
       ), updated AS (
         UPDATE ${target} t SET ${columns.filter((c) => !keys.includes(c)).map((c) => `${c} = d.${c}`).join(', ')}
           FROM diff d WHERE d.old_${key} IS NOT NULL AND d.${key} IS NOT NULL AND ${on('t', 'd')} RETURNING 1
       ), inserted AS (
         INSERT INTO ${target} (${columns.join(', ')}) SELECT ${list('d', columns)} FROM diff d WHERE d.old_${key} IS NULL RETURNING 1
       )${movePortfolio ? `, ${MOVE_PORTFOLIO_BY_DIFF}` : ''}
       SELECT ((SELECT count(*) FROM deleted) + (SELECT count(*) FROM updated) + (SELECT count(*) FROM inserted))::int AS changed`,
      params,
    );
    return changed;
  }

  /**
   * Asks for a run of some plans' rollups; a request already waiting is moved to now. Durable, unlike the queue's job:
   * `staleRequests` finds a request whose job was lost.
   */
  async request(planIds: readonly string[]): Promise<void> {
    if (planIds.length === 0) return;
    await this.db.query(
      `INSERT INTO rollup_requests (plan_id) SELECT DISTINCT unnest($1::uuid[]) ON CONFLICT (plan_id) DO UPDATE SET requested_at = now()`,
      [planIds],
    );
  }

  /** The plans (of some, or null: of all) whose requests were made by `computedAt`: a run from that snapshot answered them. */
  async answerRequests(computedAt: string, planIds: string[] | null): Promise<void> {
    await this.db.query(`DELETE FROM rollup_requests WHERE requested_at <= $1 AND ($2::uuid[] IS NULL OR plan_id = ANY($2::uuid[]))`, [
      computedAt,
      planIds,
    ]);
  }

  /**
   * The plans whose rollup is requested and not yet answered, oldest request first, at most `limit`; `first` (a
   * job's own plans) come first when they are among them.
   */
  async pendingRequests(first: readonly string[], limit: number): Promise<string[]> {
    const rows = await this.rows<{ plan_id: string }>(
      `SELECT plan_id FROM rollup_requests ORDER BY plan_id = ANY($1::uuid[]) DESC, requested_at, plan_id LIMIT $2`,
      [first, limit],
    );
    return rows.map((row) => row.plan_id);
  }

  /** Plans requested more than `seconds` ago and not run since, oldest first: at most 500, enough for one run. */
  async staleRequests(seconds: number): Promise<string[]> {
    const rows = await this.rows<{ plan_id: string }>(
      `SELECT plan_id FROM rollup_requests WHERE requested_at < now() - make_interval(secs => $1) ORDER BY requested_at LIMIT 500`,
      [seconds],
    );
    return rows.map((row) => row.plan_id);
  }

  /** The plans of some projects (those that still exist), each once. */
  async plansOfProjects(projectIds: readonly string[]): Promise<string[]> {
    if (projectIds.length === 0) return [];
    const rows = await this.rows<{ plan_id: string }>(`SELECT DISTINCT plan_id FROM projects WHERE id = ANY($1::uuid[])`, [projectIds]);
    return rows.map((row) => row.plan_id);
  }

  /** How long the oldest plan written and not rolled up since has waited, in seconds (0 when none waits). */
  async oldestPendingSeconds(): Promise<number> {
    const row = await this.row<{ seconds: number | null }>(
      `SELECT extract(epoch FROM now() - min(requested_at))::float8 AS seconds FROM rollup_requests`,
    );
    return Math.max(0, row?.seconds ?? 0);
  }
}
