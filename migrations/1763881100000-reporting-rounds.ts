import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 调度: the bureau's monthly reporting rounds, their reports, and the problems (存在问题) of projects.
 *
 * - A round asks every unfinished project of a plan or of a region (and the regions under it) for one month's
 *   report. Its reports hold the workflow only (who owes it, its status, the last reason it was returned) and the
 *   manager's unsubmitted form (`draft`); the figures of record are the month's row of progress_reports, written on
 *   submit, so the finance totals read one table whichever way a month was reported.
 * - A project is in at most one round per month (UNIQUE (project_id, period)), so two rounds never write the same
 *   month of progress.
 * - The month's progress row says which round wrote it, and carries the report's 是否开工 and 存在问题 text.
 * - Notifications gain the round and the problem as subjects beside the milestone: one reminder table, one scan.
 */
export class ReportingRounds1763881100000 implements MigrationInterface {
  name = 'ReportingRounds1763881100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reporting_rounds (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period      date NOT NULL CHECK (extract(day FROM period) = 1),
        due_date    date NOT NULL,
        closes_on   date NOT NULL,
        plan_id     uuid REFERENCES plans (id) ON DELETE CASCADE,
        region_code varchar(12) REFERENCES regions (code),
        -- The plan's (or, for a region, the tracker's) time zone: the due and close dates are days there.
        time_zone   text NOT NULL,
        status      text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        closed_at   timestamptz,
        closed_by   text CHECK (closed_by IN ('schedule', 'hand')),
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        version     integer NOT NULL DEFAULT 1,
        CHECK ((plan_id IS NULL) <> (region_code IS NULL)),
        CHECK (closes_on >= due_date),
        CHECK ((status = 'closed') = (closed_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX reporting_rounds_period_idx ON reporting_rounds (period DESC, id)`);
    // The worker closes the open rounds whose close date has come.
    await q.query(`CREATE INDEX reporting_rounds_open_idx ON reporting_rounds (closes_on, id) WHERE status = 'open'`);

    await q.query(`
      CREATE TABLE round_reports (
        round_id       uuid NOT NULL REFERENCES reporting_rounds (id) ON DELETE CASCADE,
        project_id     uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        period         date NOT NULL,
        institution_id uuid REFERENCES institutions (id) ON DELETE SET NULL,
        status         text NOT NULL DEFAULT 'pending'
                       CHECK (status IN ('pending', 'draft', 'submitted', 'returned', 'approved')),
        draft          jsonb,
        reason         text CHECK (length(reason) BETWEEN 1 AND 2000),
        submitted_at   timestamptz,
        reviewed_at    timestamptz,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        version        integer NOT NULL DEFAULT 1,
        PRIMARY KEY (round_id, project_id),
        UNIQUE (project_id, period)
      )`);
    await q.query(`CREATE INDEX round_reports_institution_idx ON round_reports (round_id, institution_id, project_id)`);
    await q.query(`CREATE INDEX round_reports_status_idx ON round_reports (round_id, status, project_id)`);

    await q.query(`ALTER TABLE progress_reports ADD COLUMN round_id uuid REFERENCES reporting_rounds (id) ON DELETE SET NULL`);
    await q.query(`ALTER TABLE progress_reports ADD COLUMN started boolean`);
    await q.query(`ALTER TABLE progress_reports ADD COLUMN started_on date`);
    await q.query(`ALTER TABLE progress_reports ADD COLUMN problems text CHECK (length(problems) <= 10000)`);

    await q.query(`
      CREATE TABLE project_problems (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id       uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        category         text NOT NULL CHECK (category IN ('land', 'funding', 'approval', 'demolition', 'construction', 'other')),
        description      text NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
        responsible_unit text CHECK (length(responsible_unit) BETWEEN 1 AND 200),
        due_date         date,
        status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        resolution       text CHECK (length(resolution) BETWEEN 1 AND 5000),
        resolved_on      date,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        version          integer NOT NULL DEFAULT 1,
        CHECK ((status = 'resolved') = (resolved_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX project_problems_project_idx ON project_problems (project_id, created_at, id)`);
    await q.query(`CREATE INDEX project_problems_created_idx ON project_problems (created_at DESC, id)`);
    // The reminder scan and ?overdue=true read only open problems with a due date.
    await q.query(`CREATE INDEX project_problems_open_due_idx ON project_problems (due_date, id) WHERE status = 'open' AND due_date IS NOT NULL`);

    // A reminder is about a milestone, a round (to an institution, for its reports) or a problem.
    await q.query(`ALTER TABLE notifications ALTER COLUMN milestone_id DROP NOT NULL`);
    await q.query(`ALTER TABLE notifications ALTER COLUMN project_id DROP NOT NULL`);
    await q.query(`ALTER TABLE notifications ADD COLUMN round_id uuid REFERENCES reporting_rounds (id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE notifications ADD COLUMN problem_id uuid REFERENCES project_problems (id) ON DELETE CASCADE`);
    await q.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_one_subject
        CHECK (num_nonnulls(milestone_id, round_id, problem_id) = 1)`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_project_of_subject CHECK (round_id IS NOT NULL OR project_id IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE milestone_id IS NULL`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_project_of_subject`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_one_subject`);
    await q.query(`ALTER TABLE notifications DROP COLUMN problem_id`);
    await q.query(`ALTER TABLE notifications DROP COLUMN round_id`);
    await q.query(`ALTER TABLE notifications ALTER COLUMN project_id SET NOT NULL`);
    await q.query(`ALTER TABLE notifications ALTER COLUMN milestone_id SET NOT NULL`);
    await q.query(`DROP TABLE project_problems`);
    await q.query(`ALTER TABLE progress_reports DROP COLUMN problems`);
    await q.query(`ALTER TABLE progress_reports DROP COLUMN started_on`);
    await q.query(`ALTER TABLE progress_reports DROP COLUMN started`);
    await q.query(`ALTER TABLE progress_reports DROP COLUMN round_id`);
    await q.query(`DROP TABLE round_reports`);
    await q.query(`DROP TABLE reporting_rounds`);
  }
}
