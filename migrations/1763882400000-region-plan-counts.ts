import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GET /regions counted every region's plans (own region, parent and grandparent: the depth of every regionCode
 * filter) by aggregating all plans on every request (10 ms at 2,800 plans, 164 req/s). `region_plan_counts` holds
 * the count per region, so a page reads one row per region. A region without a row has no plans; rows may reach 0.
 *
 * Kept by statement triggers on plans, so every writer (the API, imports, the CLI, bulk SQL) keeps it exact in its
 * own transaction. They add differences (+1 for a plan added, −1 for one removed, both for one moved) to the plan's
 * region and the two above it, under the row's lock, rather than recounting: two transactions creating plans in one
 * county at once both count, where a recount would let the later commit overwrite the earlier one with a count that
 * missed it. A region moved to another parent (the catalogue sync) recounts everything; see
 * recount_region_plan_counts for why that is safe beside the increments. Regions added need no row.
 */
export class RegionPlanCounts1763882400000 implements MigrationInterface {
  name = 'RegionPlanCounts1763882400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE region_plan_counts (
        code varchar(12) PRIMARY KEY REFERENCES regions (code) ON DELETE CASCADE,
        plan_count int NOT NULL
      )`);
    await q.query(`COMMENT ON TABLE region_plan_counts IS 'Plans in each region and the regions under it; kept by triggers on plans and regions'`);

    // Signed numbers of plans per region code, added to each region and the two above it. The lock comes first, in
    // a statement of its own: under READ COMMITTED the INSERT's snapshot is taken when it starts, after the lock is
    // granted, so when a recount held it the INSERT reads the regions' parents as the recount left them. Rows are
    // written in code order, so two transactions adding to the same regions lock them in the same order.
    await q.query(`
      CREATE FUNCTION add_region_plan_counts(region_codes varchar[], deltas int[]) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        IF region_codes IS NULL THEN
          RETURN;
        END IF;
        IF current_setting('transaction_isolation') <> 'read committed' THEN
          RAISE EXCEPTION 'plans are written under READ COMMITTED only (region_plan_counts), not %', current_setting('transaction_isolation');
        END IF;
        LOCK TABLE region_plan_counts IN ROW EXCLUSIVE MODE;
        INSERT INTO region_plan_counts (code, plan_count)
        SELECT up.code, sum(c.delta)
          FROM unnest(region_codes, deltas) AS c (region_code, delta)
          JOIN regions own ON own.code = c.region_code
          LEFT JOIN regions parent ON parent.code = own.parent_code
         CROSS JOIN LATERAL (VALUES (own.code), (own.parent_code), (parent.parent_code)) AS up (code)
         WHERE up.code IS NOT NULL
         GROUP BY up.code
        HAVING sum(c.delta) <> 0
         ORDER BY up.code
        ON CONFLICT (code) DO UPDATE SET plan_count = region_plan_counts.plan_count + EXCLUDED.plan_count;
      END $$`);

    // Every region's count from the plans, replacing the table's rows. The EXCLUSIVE lock conflicts with the ROW
    // EXCLUSIVE lock of add_region_plan_counts (and with itself), and is held to the end of the transaction:
    // - a transaction that added to the table before waits to be committed, and under READ COMMITTED the recount
    //   statements, started after the lock is granted, see its plans (and the rows it added to);
    // - a transaction adding after waits for this one to commit, then reads the new parents (see above) and adds to
    //   a table that already counts everything this one saw; its own uncommitted plans were not among them.
    // Readers (ACCESS SHARE) are not held up: they see the old rows until this commits. Under REPEATABLE READ or
    // SERIALIZABLE the snapshot would predate the lock and a count could be lost without an error: both functions
    // refuse to run there (the application writes under READ COMMITTED, PostgreSQL's default).
    await q.query(`
      CREATE FUNCTION recount_region_plan_counts() RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('transaction_isolation') <> 'read committed' THEN
          RAISE EXCEPTION 'plans are written under READ COMMITTED only (region_plan_counts), not %', current_setting('transaction_isolation');
        END IF;
        LOCK TABLE region_plan_counts IN EXCLUSIVE MODE;
        DELETE FROM region_plan_counts;
        INSERT INTO region_plan_counts (code, plan_count)
        SELECT up.code, count(*)
          FROM plans pl
          JOIN regions own ON own.code = pl.region_code
          LEFT JOIN regions parent ON parent.code = own.parent_code
         CROSS JOIN LATERAL (VALUES (own.code), (own.parent_code), (parent.parent_code)) AS up (code)
         WHERE up.code IS NOT NULL
         GROUP BY up.code;
      END $$`);

    await q.query(`
      CREATE FUNCTION plans_added_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM add_region_plan_counts(array_agg(region_code), array_agg(1)) FROM added_plans;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION plans_removed_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM add_region_plan_counts(array_agg(region_code), array_agg(-1)) FROM removed_plans;
        RETURN NULL;
      END $$`);
    // Any update of plans fires it (a trigger with transition tables cannot name columns); only region codes whose
    // number of plans changed reach add_region_plan_counts, so an update that moves no plan writes nothing.
    await q.query(`
      CREATE FUNCTION plans_moved_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM add_region_plan_counts(array_agg(d.region_code), array_agg(d.delta))
           FROM (SELECT c.region_code, sum(c.delta)::int AS delta
                   FROM (SELECT region_code, 1 AS delta FROM added_plans
                         UNION ALL
                         SELECT region_code, -1 FROM removed_plans) c
                  GROUP BY c.region_code
                 HAVING sum(c.delta) <> 0) d;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER plans_added_count AFTER INSERT ON plans
      REFERENCING NEW TABLE AS added_plans FOR EACH STATEMENT EXECUTE FUNCTION plans_added_count()`);
    await q.query(`
      CREATE TRIGGER plans_removed_count AFTER DELETE ON plans
      REFERENCING OLD TABLE AS removed_plans FOR EACH STATEMENT EXECUTE FUNCTION plans_removed_count()`);
    await q.query(`
      CREATE TRIGGER plans_moved_count AFTER UPDATE ON plans
      REFERENCING OLD TABLE AS removed_plans NEW TABLE AS added_plans
      FOR EACH STATEMENT EXECUTE FUNCTION plans_moved_count()`);

    // TRUNCATE fires no row or statement trigger of DELETE: its own trigger recounts (to nothing).
    await q.query(`
      CREATE FUNCTION plans_truncated_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM recount_region_plan_counts();
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER plans_truncated_count AFTER TRUNCATE ON plans FOR EACH STATEMENT EXECUTE FUNCTION plans_truncated_count()`);

    // A region moved to another parent moves its plans' counts, and its children's. Any update of regions fires it
    // (the catalogue sync's upsert does, even when nothing changed): it recounts only when a parent did change.
    await q.query(`
      CREATE FUNCTION regions_moved_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM old_regions o JOIN new_regions n ON n.code = o.code
                    WHERE n.parent_code IS DISTINCT FROM o.parent_code) THEN
          PERFORM recount_region_plan_counts();
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER regions_moved_count AFTER UPDATE ON regions
      REFERENCING OLD TABLE AS old_regions NEW TABLE AS new_regions
      FOR EACH STATEMENT EXECUTE FUNCTION regions_moved_count()`);

    // For `derived:check`: the regions whose count differs from a count of the plans.
    await q.query(`
      CREATE FUNCTION region_plan_counts_drift() RETURNS bigint LANGUAGE sql STABLE AS $$
        SELECT count(*)
          FROM (SELECT up.code, count(*) AS plan_count
                  FROM plans pl
                  JOIN regions own ON own.code = pl.region_code
                  LEFT JOIN regions parent ON parent.code = own.parent_code
                 CROSS JOIN LATERAL (VALUES (own.code), (own.parent_code), (parent.parent_code)) AS up (code)
                 WHERE up.code IS NOT NULL
                 GROUP BY up.code) e
          FULL JOIN region_plan_counts k ON k.code = e.code
         WHERE coalesce(e.plan_count, 0) <> coalesce(k.plan_count, 0)
      $$`);

    // The plans already there, under locks that hold writers off until the triggers count theirs.
    await q.query(`LOCK TABLE plans, regions IN SHARE MODE`);
    await q.query(`SELECT recount_region_plan_counts()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION region_plan_counts_drift()`);
    await q.query(`DROP TRIGGER regions_moved_count ON regions`);
    await q.query(`DROP TRIGGER plans_truncated_count ON plans`);
    await q.query(`DROP TRIGGER plans_moved_count ON plans`);
    await q.query(`DROP TRIGGER plans_removed_count ON plans`);
    await q.query(`DROP TRIGGER plans_added_count ON plans`);
    await q.query(`DROP FUNCTION regions_moved_count()`);
    await q.query(`DROP FUNCTION plans_truncated_count()`);
    await q.query(`DROP FUNCTION plans_moved_count()`);
    await q.query(`DROP FUNCTION plans_removed_count()`);
    await q.query(`DROP FUNCTION plans_added_count()`);
    await q.query(`DROP FUNCTION recount_region_plan_counts()`);
    await q.query(`DROP FUNCTION add_region_plan_counts(varchar[], int[])`);
    await q.query(`DROP TABLE region_plan_counts`);
  }
}
