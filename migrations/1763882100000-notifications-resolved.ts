import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: a reminder stays in the list after its cause is gone. `resolved_at` says when it went: a milestone
 * reminder when the milestone is done or its planned date is no longer the one reminded of (the scan judges the
 * new date afresh, and reminds again if a rule applies to it); a problem reminder when the problem is resolved or
 * its due date moves; a round reminder when the round closes or the institution has no report left to submit.
 * Kept by triggers, so every writer of those tables (the API, imports, the CLI) resolves alike, in its own
 * transaction. The reverse (the milestone reopened on the same date) makes the reminder current again, since its
 * deduplication key would keep the scan from recording it anew.
 */
export class NotificationsResolved1763882100000 implements MigrationInterface {
  name = 'NotificationsResolved1763882100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN resolved_at timestamptz`);
    // The triggers and the list find a subject's reminders by these.
    await q.query(`CREATE INDEX notifications_milestone_idx ON notifications (milestone_id) WHERE milestone_id IS NOT NULL`);
    await q.query(`CREATE INDEX notifications_problem_idx ON notifications (problem_id) WHERE problem_id IS NOT NULL`);
    await q.query(`CREATE INDEX notifications_round_idx ON notifications (round_id, institution_id) WHERE round_id IS NOT NULL`);
    // Existing reminders whose cause is already gone.
    await q.query(`
      UPDATE notifications n SET resolved_at = now()
        FROM milestones m
       WHERE m.id = n.milestone_id AND (m.actual_date IS NOT NULL OR m.planned_date <> n.due_date)`);
    await q.query(`
      UPDATE notifications n SET resolved_at = now()
        FROM project_problems pb
       WHERE pb.id = n.problem_id AND (pb.status <> 'open' OR pb.due_date IS DISTINCT FROM n.due_date)`);
    await q.query(`
      UPDATE notifications n SET resolved_at = now()
        FROM reporting_rounds r
       WHERE r.id = n.round_id
         AND (r.status <> 'open' OR NOT EXISTS (
               SELECT 1 FROM round_reports rr
                WHERE rr.round_id = r.id AND rr.institution_id IS NOT DISTINCT FROM n.institution_id
                  AND rr.status IN ('pending', 'draft', 'returned')))`);

    await q.query(`
      CREATE FUNCTION milestones_resolve_reminders() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE notifications
           SET resolved_at = CASE WHEN NEW.actual_date IS NULL AND due_date = NEW.planned_date THEN NULL ELSE now() END
         WHERE milestone_id = NEW.id
           AND (resolved_at IS NULL) IS DISTINCT FROM (NEW.actual_date IS NULL AND due_date = NEW.planned_date);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER milestones_resolve_reminders AFTER UPDATE OF planned_date, actual_date ON milestones
      FOR EACH ROW WHEN (NEW.planned_date IS DISTINCT FROM OLD.planned_date OR NEW.actual_date IS DISTINCT FROM OLD.actual_date)
      EXECUTE FUNCTION milestones_resolve_reminders()`);

    await q.query(`
      CREATE FUNCTION problems_resolve_reminders() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE notifications
           SET resolved_at = CASE WHEN NEW.status = 'open' AND due_date IS NOT DISTINCT FROM NEW.due_date THEN NULL ELSE now() END
         WHERE problem_id = NEW.id
           AND (resolved_at IS NULL) IS DISTINCT FROM (NEW.status = 'open' AND due_date IS NOT DISTINCT FROM NEW.due_date);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER problems_resolve_reminders AFTER UPDATE OF status, due_date ON project_problems
      FOR EACH ROW WHEN (NEW.status IS DISTINCT FROM OLD.status OR NEW.due_date IS DISTINCT FROM OLD.due_date)
      EXECUTE FUNCTION problems_resolve_reminders()`);

    await q.query(`
      CREATE FUNCTION rounds_resolve_reminders() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status <> 'open' THEN
          UPDATE notifications SET resolved_at = now() WHERE round_id = NEW.id AND resolved_at IS NULL;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER rounds_resolve_reminders AFTER UPDATE OF status ON reporting_rounds
      FOR EACH ROW WHEN (NEW.status IS DISTINCT FROM OLD.status) EXECUTE FUNCTION rounds_resolve_reminders()`);

    // Whether an institution still owes reports of a round changes when a report's status changes, when a report is
    // added (it may owe again) or removed (a project deleted: its reports go with it), and when a report changes
    // institution. Statement-level with transition tables: opening a round inserts a report per project, and the
    // reminders are settled once per (round, institution) the statement touched, not once per row.
    await q.query(`
      CREATE FUNCTION settle_round_reminders(touched_rounds uuid[], touched_institutions uuid[]) RETURNS void LANGUAGE sql AS $$
        UPDATE notifications n
           SET resolved_at = CASE WHEN t.owed THEN NULL ELSE now() END
          FROM (SELECT p.round_id, p.institution_id,
                       EXISTS (SELECT 1 FROM round_reports rr
                                WHERE rr.round_id = p.round_id AND rr.institution_id IS NOT DISTINCT FROM p.institution_id
                                  AND rr.status IN ('pending', 'draft', 'returned'))
                       AND EXISTS (SELECT 1 FROM reporting_rounds r WHERE r.id = p.round_id AND r.status = 'open') AS owed
                  FROM (SELECT DISTINCT * FROM unnest(touched_rounds, touched_institutions) AS u (round_id, institution_id)) p) t
         WHERE n.round_id = t.round_id AND n.institution_id IS NOT DISTINCT FROM t.institution_id
           AND (n.resolved_at IS NULL) IS DISTINCT FROM t.owed
      $$`);
    await q.query(`
      CREATE FUNCTION round_reports_resolve_reminders() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM settle_round_reminders(array_agg(round_id), array_agg(institution_id)) FROM changed_reports;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION round_reports_moved_resolve_reminders() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM settle_round_reminders(array_agg(round_id), array_agg(institution_id))
           FROM (SELECT round_id, institution_id FROM changed_reports UNION SELECT round_id, institution_id FROM previous_reports) c;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER round_reports_added_resolve_reminders AFTER INSERT ON round_reports
      REFERENCING NEW TABLE AS changed_reports FOR EACH STATEMENT EXECUTE FUNCTION round_reports_resolve_reminders()`);
    await q.query(`
      CREATE TRIGGER round_reports_removed_resolve_reminders AFTER DELETE ON round_reports
      REFERENCING OLD TABLE AS changed_reports FOR EACH STATEMENT EXECUTE FUNCTION round_reports_resolve_reminders()`);
    await q.query(`
      CREATE TRIGGER round_reports_resolve_reminders AFTER UPDATE ON round_reports
      REFERENCING OLD TABLE AS previous_reports NEW TABLE AS changed_reports
      FOR EACH STATEMENT EXECUTE FUNCTION round_reports_moved_resolve_reminders()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER round_reports_resolve_reminders ON round_reports`);
    await q.query(`DROP TRIGGER round_reports_removed_resolve_reminders ON round_reports`);
    await q.query(`DROP TRIGGER round_reports_added_resolve_reminders ON round_reports`);
    await q.query(`DROP FUNCTION round_reports_moved_resolve_reminders()`);
    await q.query(`DROP FUNCTION round_reports_resolve_reminders()`);
    await q.query(`DROP FUNCTION settle_round_reminders(uuid[], uuid[])`);
    await q.query(`DROP TRIGGER rounds_resolve_reminders ON reporting_rounds`);
    await q.query(`DROP FUNCTION rounds_resolve_reminders()`);
    await q.query(`DROP TRIGGER problems_resolve_reminders ON project_problems`);
    await q.query(`DROP FUNCTION problems_resolve_reminders()`);
    await q.query(`DROP TRIGGER milestones_resolve_reminders ON milestones`);
    await q.query(`DROP FUNCTION milestones_resolve_reminders()`);
    await q.query(`DROP INDEX notifications_round_idx`);
    await q.query(`DROP INDEX notifications_problem_idx`);
    await q.query(`DROP INDEX notifications_milestone_idx`);
    await q.query(`ALTER TABLE notifications DROP COLUMN resolved_at`);
  }
}
