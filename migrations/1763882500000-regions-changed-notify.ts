import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GET /regions is answered from memory in each api process (RegionListCache) until what it reads changes: the
 * regions (the catalogue sync, an import adding a missing division) and region_plan_counts (kept by the triggers on
 * plans, migration 1763882400000). Triggers on both tables notify `hct_regions_changed`, so every writer (the API,
 * imports, the CLI, bulk SQL, a recount) is heard by every replica when its transaction commits, with no code to
 * remember.
 *
 * Statement triggers, not row triggers: one notification per statement however many rows it writes, and PostgreSQL
 * folds identical notifications of one transaction into one. A statement that writes no row notifies too (an
 * upsert that changes nothing); that costs a cache a refill, never a stale answer. TRUNCATE fires no DELETE
 * trigger, so it has its own.
 */
export class RegionsChangedNotify1763882500000 implements MigrationInterface {
  name = 'RegionsChangedNotify1763882500000';

  async up(q: QueryRunner): Promise<void> {
    // search_path pinned: the function runs with the writer's session settings, and what it calls must not depend
    // on them.
    await q.query(`
      CREATE FUNCTION notify_regions_changed() RETURNS trigger
      LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
      BEGIN
        PERFORM pg_notify('hct_regions_changed', '');
        RETURN NULL;
      END $$`);
    for (const table of ['regions', 'region_plan_counts']) {
      await q.query(`
        CREATE TRIGGER ${table}_changed_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION notify_regions_changed()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER region_plan_counts_changed_notify ON region_plan_counts`);
    await q.query(`DROP TRIGGER regions_changed_notify ON regions`);
    await q.query(`DROP FUNCTION notify_regions_changed()`);
  }
}
