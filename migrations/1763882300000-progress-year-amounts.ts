import type { MigrationInterface, QueryRunner } from 'typeorm';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const monthColumns = (render: (month: number) => string) => MONTHS.map(render).join(',\n             ');

/**
 * Adds the signed amounts of `changes` (rows of project_id, period, completed, disbursed) per project and year, in
 * key order; a project and year whose amounts do not change is not written. `ofLiveProjects` keeps out the reports
 * of projects deleted in the same statement (their reports go by cascade, and so do their rows here); added and
 * updated reports belong to live projects by their foreign key.
 */
const addDifferencesSql = (changes: string, ofLiveProjects = false) => `
  INSERT INTO progress_year_amounts AS t (project_id, year, completed_wan, disbursed_wan, ${MONTHS.map((m) => `m${m}`).join(', ')})
  SELECT * FROM (
    SELECT c.project_id, c.year, sum(c.completed) AS completed_wan, sum(c.disbursed) AS disbursed_wan,
           ${monthColumns((m) => `coalesce(sum(c.completed) FILTER (WHERE c.month = ${m}), 0) AS m${m}`)}
      FROM (SELECT project_id, extract(year FROM period)::smallint AS year, extract(month FROM period)::int AS month, completed, disbursed
              FROM (${changes}) AS r (project_id, period, completed, disbursed)) c
     ${ofLiveProjects ? 'WHERE EXISTS (SELECT 1 FROM projects p WHERE p.id = c.project_id)' : ''}
     GROUP BY 1, 2) d
   WHERE (d.disbursed_wan, ${MONTHS.map((m) => `d.m${m}`).join(', ')}) IS DISTINCT FROM (0, ${MONTHS.map(() => '0').join(', ')})
   ORDER BY 1, 2
  ON CONFLICT (project_id, year) DO UPDATE
     SET completed_wan = t.completed_wan + EXCLUDED.completed_wan,
         disbursed_wan = t.disbursed_wan + EXCLUDED.disbursed_wan,
         ${monthColumns((m) => `m${m} = t.m${m} + EXCLUDED.m${m}`)}`;

/**
 * Issue 18: the pace (序时进度) of the whole portfolio read every monthly report of the year (685,000 at 100,000
 * projects, 1.6 s), and a full rollup summed all 2.4 million. `progress_year_amounts` holds, per project and year,
 * the completed investment of each month and of the year and the year's disbursement, so the pace reads one row per
 * project (0.3 s) and the rollups one per project and year.
 *
 * Kept by statement triggers on progress_reports, so every writer (the API, reporting rounds, imports, the CLI,
 * bulk SQL) keeps it exact in its own transaction. The triggers add differences (new rows minus old ones) under the
 * row's lock rather than recounting: two transactions reporting different months of one project at once both
 * count, where a recount would let the later commit overwrite the earlier one with a sum that missed it. Only
 * rows whose amounts change are written. A project deleted with its reports takes its rows with it (cascade).
 */
export class ProgressYearAmounts1763882300000 implements MigrationInterface {
  name = 'ProgressYearAmounts1763882300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE progress_year_amounts (
        project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        year smallint NOT NULL,
        completed_wan numeric(18,2) NOT NULL DEFAULT 0,
        disbursed_wan numeric(18,2) NOT NULL DEFAULT 0,
        ${monthColumns((m) => `m${m} numeric(18,2) NOT NULL DEFAULT 0`)},
        PRIMARY KEY (project_id, year)
      )`);
    await q.query(`COMMENT ON TABLE progress_year_amounts IS 'Completed investment (万元) per project, year and month, and disbursement per year; kept by triggers on progress_reports'`);

    // Each trigger adds its statement's differences, read straight from its transition tables (no arrays: a bulk
    // insert of millions of reports is aggregated as it is read).
    const triggers: [name: string, changes: string, ofLiveProjects?: boolean][] = [
      ['progress_reports_added', `SELECT project_id, period, completed_investment_wan AS completed, disbursed_wan AS disbursed FROM added_reports`],
      ['progress_reports_removed', `SELECT project_id, period, -completed_investment_wan, -disbursed_wan FROM removed_reports`, true],
      [
        'progress_reports_changed',
        `SELECT project_id, period, completed_investment_wan AS completed, disbursed_wan AS disbursed FROM added_reports
         UNION ALL
         SELECT project_id, period, -completed_investment_wan, -disbursed_wan FROM removed_reports`,
      ],
    ];
    for (const [name, changes, ofLiveProjects] of triggers) {
      await q.query(`
        CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${addDifferencesSql(changes, ofLiveProjects)};
          RETURN NULL;
        END $$`);
    }
    await q.query(`
      CREATE TRIGGER progress_reports_added AFTER INSERT ON progress_reports
      REFERENCING NEW TABLE AS added_reports FOR EACH STATEMENT EXECUTE FUNCTION progress_reports_added()`);
    await q.query(`
      CREATE TRIGGER progress_reports_removed AFTER DELETE ON progress_reports
      REFERENCING OLD TABLE AS removed_reports FOR EACH STATEMENT EXECUTE FUNCTION progress_reports_removed()`);
    await q.query(`
      CREATE TRIGGER progress_reports_changed AFTER UPDATE ON progress_reports
      REFERENCING OLD TABLE AS removed_reports NEW TABLE AS added_reports
      FOR EACH STATEMENT EXECUTE FUNCTION progress_reports_changed()`);
    // TRUNCATE fires no DELETE trigger: its own empties the table.
    await q.query(`
      CREATE FUNCTION progress_reports_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM progress_year_amounts;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER progress_reports_truncated AFTER TRUNCATE ON progress_reports
      FOR EACH STATEMENT EXECUTE FUNCTION progress_reports_truncated()`);

    // The sums of the reports, as the table should hold them: for the backfill below, and for `derived:check`,
    // which compares (and with --repair recounts) when something went around the triggers (a restore with
    // triggers disabled, session_replication_role = replica).
    const expectedSql = `
      SELECT project_id, extract(year FROM period)::smallint AS year, sum(completed_investment_wan) AS completed_wan,
             sum(disbursed_wan) AS disbursed_wan,
             ${monthColumns((m) => `coalesce(sum(completed_investment_wan) FILTER (WHERE extract(month FROM period) = ${m}), 0) AS m${m}`)}
        FROM progress_reports
       GROUP BY 1, 2`;
    const columns = `project_id, year, completed_wan, disbursed_wan, ${MONTHS.map((m) => `m${m}`).join(', ')}`;
    await q.query(`
      CREATE FUNCTION progress_year_amounts_drift() RETURNS bigint LANGUAGE sql STABLE AS $$
        SELECT count(*) FROM (${expectedSql}) e
          FULL JOIN progress_year_amounts k ON k.project_id = e.project_id AND k.year = e.year
         WHERE (coalesce(e.completed_wan, 0), coalesce(e.disbursed_wan, 0), ${MONTHS.map((m) => `coalesce(e.m${m}, 0)`).join(', ')})
               IS DISTINCT FROM (coalesce(k.completed_wan, 0), coalesce(k.disbursed_wan, 0), ${MONTHS.map((m) => `coalesce(k.m${m}, 0)`).join(', ')})
      $$`);
    // Under a lock that holds report writers off (they would otherwise add to rows this replaces) until it commits.
    await q.query(`
      CREATE FUNCTION recount_progress_year_amounts() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE progress_reports IN SHARE MODE;
        DELETE FROM progress_year_amounts;
        INSERT INTO progress_year_amounts (${columns}) ${expectedSql};
      END $$`);
    await q.query(`SELECT recount_progress_year_amounts()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION recount_progress_year_amounts()`);
    await q.query(`DROP FUNCTION progress_year_amounts_drift()`);
    await q.query(`DROP TRIGGER progress_reports_truncated ON progress_reports`);
    await q.query(`DROP TRIGGER progress_reports_changed ON progress_reports`);
    await q.query(`DROP TRIGGER progress_reports_removed ON progress_reports`);
    await q.query(`DROP TRIGGER progress_reports_added ON progress_reports`);
    await q.query(`DROP FUNCTION progress_reports_truncated()`);
    await q.query(`DROP FUNCTION progress_reports_changed()`);
    await q.query(`DROP FUNCTION progress_reports_removed()`);
    await q.query(`DROP FUNCTION progress_reports_added()`);
    await q.query(`DROP TABLE progress_year_amounts`);
  }
}
