import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reminder scan looked at every open milestone up to 30 days ahead on every run, and so retried, every 15
 * minutes, the reminders of every long-overdue milestone (deduplicated, but 225,000 milestones and 9 s at 100,000
 * projects). Each milestone now carries the plan-local date on which a rule can next fire for it; the scan reads
 * only the milestones whose date has come. '-infinity' means "evaluate at the next scan": new milestones, and any
 * whose planned or actual date changes (the trigger below), so a moved milestone is judged by its new dates.
 * 'infinity' puts aside the milestones of a cancelled or suspended project until it resumes (second trigger).
 */
export class MilestoneNextReminder1763880600000 implements MigrationInterface {
  name = 'MilestoneNextReminder1763880600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE milestones ADD COLUMN next_reminder_on date NOT NULL DEFAULT '-infinity'`);
    await q.query(`CREATE INDEX milestones_next_reminder_idx ON milestones (next_reminder_on, id) WHERE actual_date IS NULL`);
    // The rules the stored dates were computed with; the scan judges every milestone afresh when they change.
    await q.query(`CREATE TABLE reminder_rules (id boolean PRIMARY KEY DEFAULT true CHECK (id), rules text NOT NULL)`);
    await q.query(`
      CREATE FUNCTION milestones_reset_next_reminder() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.planned_date IS DISTINCT FROM OLD.planned_date OR NEW.actual_date IS DISTINCT FROM OLD.actual_date THEN
          NEW.next_reminder_on := '-infinity';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER milestones_reset_next_reminder BEFORE UPDATE OF planned_date, actual_date ON milestones
      FOR EACH ROW EXECUTE FUNCTION milestones_reset_next_reminder()`);
    await q.query(`
      CREATE FUNCTION projects_resume_reminders() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status IN ('cancelled', 'suspended') AND NEW.status NOT IN ('cancelled', 'suspended') THEN
          UPDATE milestones SET next_reminder_on = '-infinity' WHERE project_id = NEW.id AND actual_date IS NULL;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER projects_resume_reminders AFTER UPDATE OF status ON projects
      FOR EACH ROW EXECUTE FUNCTION projects_resume_reminders()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER projects_resume_reminders ON projects`);
    await q.query(`DROP FUNCTION projects_resume_reminders()`);
    await q.query(`DROP TRIGGER milestones_reset_next_reminder ON milestones`);
    await q.query(`DROP FUNCTION milestones_reset_next_reminder()`);
    await q.query(`DROP TABLE reminder_rules`);
    await q.query(`DROP INDEX milestones_next_reminder_idx`);
    await q.query(`ALTER TABLE milestones DROP COLUMN next_reminder_on`);
  }
}
