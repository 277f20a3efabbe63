import { Inject, Injectable } from '@nestjs/common';
import { RUNTIME, type Runtime } from '@tracker/platform';
import { DataSource } from 'typeorm';

export interface ReminderScanResult {
  scanned: number;
  created: number;
  batches: number;
  durationMs: number;
}

const BATCH = 2000;

/**
 * Finds the open milestones a reminder rule applies to and records each reminder once.
 *
 * Rules, counted in days of the plan's time zone: due soon at the configured days before the planned date (only the
 * nearest rule that applies, so a scan that comes late does not send every earlier reminder at once); overdue from
 * the day after; escalated to finance and admins after N days overdue, again every week while it stays overdue.
 * Every reminder has a deduplication key (milestone, rule, planned date[, week]): a repeated or concurrent scan, or
 * one that restarts after a crash, inserts nothing twice, and each new notification writes its webhook event to
 * the outbox in the same statement. A done or moved milestone is judged by its current dates, so it gets no stale
 * reminder. Each milestone carries the plan-local date on which a rule can next fire for it (next_reminder_on,
 * reset by a trigger when its dates change); the scan walks only the open milestones whose date has come, in
 * batches, and moves each one's date on. A long-overdue milestone is so read once a week, not on every scan.
 */
@Injectable()
export class ReminderScan {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  /** Milestones per statement; a test sets it low to cross batch boundaries. */
  batchSize = BATCH;

  async scan(now: Date = new Date()): Promise<ReminderScanResult> {
    const started = performance.now();
    const { reminderDueSoonDays: dueSoon, reminderEscalateAfterDays: escalateAfter } = this.runtime.config;
    await this.resetWhenRulesChanged(dueSoon, escalateAfter);
    // The latest local date of any plan: milestones whose next date is after it cannot fire anywhere yet.
    const [{ through }] = await this.dataSource.query(
      `SELECT coalesce(max(($1::timestamptz AT TIME ZONE z.time_zone)::date), ($1::timestamptz AT TIME ZONE 'UTC')::date)::text AS through
         FROM (SELECT DISTINCT time_zone FROM plans) z`,
      [now.toISOString()],
    );
    let after: { nextOn: string; id: string } = { nextOn: '-infinity', id: '00000000-0000-0000-0000-000000000000' };
    let scanned = 0;
    let created = 0;
    let batches = 0;
    for (;;) {
      const [result] = await this.dataSource.query(SCAN_BATCH_SQL, [
        now.toISOString(),
        after.nextOn,
        after.id,
        this.batchSize,
        dueSoon,
        escalateAfter,
        through,
      ]);
      batches++;
      scanned += result.scanned;
      created += result.created;
      if (result.scanned < this.batchSize) break;
      after = { nextOn: result.last_next_on, id: result.last_id };
    }
    return { scanned, created, batches, durationMs: Math.round(performance.now() - started) };
  }

  /**
   * The stored next dates were computed with the rules in force then: when REMINDER_DUE_SOON_DAYS or
   * REMINDER_ESCALATE_AFTER_DAYS change, every open milestone is judged afresh (put-aside ones stay aside).
   */
  private async resetWhenRulesChanged(dueSoon: number[], escalateAfter: number): Promise<void> {
    const rules = `due_soon=${dueSoon.join(',')};escalate_after=${escalateAfter}`;
    await this.dataSource.transaction(async (manager) => {
      const changed = await manager.query(
        `INSERT INTO reminder_rules (id, rules) VALUES (true, $1)
         ON CONFLICT (id) DO UPDATE SET rules = EXCLUDED.rules WHERE reminder_rules.rules IS DISTINCT FROM EXCLUDED.rules
         RETURNING 1`,
        [rules],
      );
      if (changed.length === 0) return;
      await manager.query(
        `UPDATE milestones SET next_reminder_on = '-infinity'
          WHERE actual_date IS NULL AND next_reminder_on <> '-infinity' AND next_reminder_on <> 'infinity'`,
      );
    });
  }
}

// $1 now, $2/$3 keyset position, $4 batch size, $5 due-soon days, $6 escalate after (days), $7 the latest local
// date of any plan. Each row is judged in its own plan's time zone, so one read a few hours early fires nothing yet
// and keeps its date. Milestones of cancelled or suspended projects fire nothing and are put aside ('infinity')
// until their project resumes (a trigger on projects sets them back to '-infinity').
const SCAN_BATCH_SQL = `
WITH batch AS (
  SELECT m.id, m.xmin AS row_version, m.project_id, m.name, m.planned_date, m.next_reminder_on, p.institution_id,
         p.status NOT IN ('cancelled', 'suspended') AS active,
         m.planned_date - ($1::timestamptz AT TIME ZONE pl.time_zone)::date AS days_left
    FROM milestones m
    JOIN projects p ON p.id = m.project_id
    JOIN plans pl ON pl.id = p.plan_id
   WHERE m.actual_date IS NULL
     AND m.next_reminder_on <= $7::date
     AND (m.next_reminder_on, m.id) > ($2::date, $3::uuid)
   ORDER BY m.next_reminder_on, m.id
   LIMIT $4
), advanced AS (
  -- The next plan-local date on which the rule that applies changes (see the rules above).
  UPDATE milestones m
     SET next_reminder_on = CASE
           WHEN NOT b.active THEN 'infinity'
           WHEN b.days_left > 0 THEN coalesce(b.planned_date - (SELECT max(n) FROM unnest($5::int[]) AS n WHERE n < b.days_left),
                                              b.planned_date + 1)
           WHEN b.days_left = 0 THEN b.planned_date + 1
           WHEN -b.days_left < $6::int THEN b.planned_date + $6::int
           ELSE b.planned_date + $6::int + 7 * ((-b.days_left - $6::int) / 7 + 1)
         END
    FROM batch b
   -- Only the row version the batch read: a date change, a reset by a trigger or a resumed project committed
   -- meanwhile is a newer version (new xmin), which PostgreSQL rechecks here; that row keeps its new value.
   WHERE m.id = b.id AND m.xmin = b.row_version
  RETURNING 1
), fired AS (
  SELECT b.*, r.rule, r.rule_key
    FROM (SELECT * FROM batch WHERE active) b
    CROSS JOIN LATERAL (
      SELECT 'due_soon' AS rule, 'due_soon:' || min(n) AS rule_key
        FROM unnest($5::int[]) AS n WHERE b.days_left > 0 AND n >= b.days_left HAVING count(*) > 0
      UNION ALL
      SELECT 'overdue', 'overdue' WHERE b.days_left < 0
      UNION ALL
      SELECT 'escalated', 'escalated:week' || ((-b.days_left - $6::int) / 7) WHERE -b.days_left >= $6::int
    ) r
), inserted AS (
  INSERT INTO notifications (dedup_key, kind, milestone_id, project_id, institution_id, audience_roles, title, due_date)
  SELECT f.id || ':' || f.rule_key || ':' || f.planned_date, f.rule, f.id, f.project_id, f.institution_id,
         CASE f.rule WHEN 'escalated' THEN ARRAY['admin', 'finance', 'manager'] ELSE ARRAY['admin', 'manager'] END,
         CASE f.rule
           WHEN 'due_soon' THEN '里程碑「' || f.name || '」将于' || f.planned_date || '到期（还有' || f.days_left || '天）'
           WHEN 'overdue' THEN '里程碑「' || f.name || '」已逾期（计划' || f.planned_date || '）'
           ELSE '里程碑「' || f.name || '」已逾期' || -f.days_left || '天，已升级'
         END,
         f.planned_date
    FROM fired f
  ON CONFLICT (dedup_key) DO NOTHING
  RETURNING id, kind, milestone_id, project_id, institution_id, title, due_date
), events AS (
  INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, project_id, payload)
  SELECT 'milestone.' || i.kind, 'milestone', i.milestone_id, i.project_id,
         json_build_object('notificationId', i.id, 'milestoneId', i.milestone_id, 'projectId', i.project_id,
                           'institutionId', i.institution_id, 'plannedDate', i.due_date, 'title', i.title)
    FROM inserted i
  RETURNING 1
)
SELECT (SELECT count(*)::int FROM batch) AS scanned,
       (SELECT count(*)::int FROM events) AS created,
       (SELECT next_reminder_on::text FROM batch ORDER BY next_reminder_on DESC, id DESC LIMIT 1) AS last_next_on,
       (SELECT id FROM batch ORDER BY next_reminder_on DESC, id DESC LIMIT 1) AS last_id`;
