import type { MigrationInterface, QueryRunner } from 'typeorm';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const monthColumns = (render: (month: number) => string) => MONTHS.map(render).join(',\n             ');

/**
 * Adds the signed amounts of `changes` (rows of project_id, period, completed, disbursed) per project and year, in
 * key order; a project and year whose amounts do not change is not written.
 */
const addDifferencesSql = (changes: string) => `
  INSERT INTO progress_year_amounts AS t (project_id, year, completed_wan, disbursed_wan, ${MONTHS.map((m) => `m${m}`).join(', ')})
  SELECT * FROM (
    SELECT c.project_id, extract(year FROM c.period)::smallint AS year, sum(c.completed) AS completed_wan,
           sum(c.disbursed) AS disbursed_wan,
           ${monthColumns((m) => `coalesce(sum(c.completed) FILTER (WHERE extract(month FROM c.period) = ${m}), 0) AS m${m}`)}
      FROM (${changes}) AS c (project_id, period, completed, disbursed)
     -- Reports deleted with their project (cascade) have no row left to keep.
     WHERE EXISTS (SELECT 1 FROM projects p WHERE p.id = c.project_id)
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
    const triggers: [name: string, changes: string][] = [
      ['progress_reports_added', `SELECT project_id, period, completed_investment_wan AS completed, disbursed_wan AS disbursed FROM added_reports`],
      ['progress_reports_removed', `SELECT project_id, period, -completed_investment_wan, -disbursed_wan FROM removed_reports`],
      [
        'progress_reports_changed',
        `SELECT project_id, period, completed_investment_wan AS completed, disbursed_wan AS disbursed FROM added_reports
         UNION ALL
         SELECT project_id, period, -completed_investment_wan, -disbursed_wan FROM removed_reports`,
      ],
    ];
    for (const [name, changes] of triggers) {
      await q.query(`
        CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${addDifferencesSql(changes)};
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

    // The reports already there, under a lock that holds writers off until the triggers count theirs.
    await q.query(`LOCK TABLE progress_reports IN SHARE MODE`);
    await q.query(`
      INSERT INTO progress_year_amounts (project_id, year, completed_wan, disbursed_wan, ${MONTHS.map((m) => `m${m}`).join(', ')})
      SELECT project_id, extract(year FROM period)::smallint, sum(completed_investment_wan), sum(disbursed_wan),
             ${monthColumns((m) => `coalesce(sum(completed_investment_wan) FILTER (WHERE extract(month FROM period) = ${m}), 0)`)}
        FROM progress_reports
       GROUP BY 1, 2`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER progress_reports_changed ON progress_reports`);
    await q.query(`DROP TRIGGER progress_reports_removed ON progress_reports`);
    await q.query(`DROP TRIGGER progress_reports_added ON progress_reports`);
    await q.query(`DROP FUNCTION progress_reports_changed()`);
    await q.query(`DROP FUNCTION progress_reports_removed()`);
    await q.query(`DROP FUNCTION progress_reports_added()`);
    await q.query(`DROP TABLE progress_year_amounts`);
  }
}
