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
 * reminder. The scan walks the partial index of open milestones in planned-date order, in batches.
 */
@Injectable()
export class ReminderScan {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  async scan(now: Date = new Date()): Promise<ReminderScanResult> {
    const started = performance.now();
    const { reminderDueSoonDays: dueSoon, reminderEscalateAfterDays: escalateAfter } = this.runtime.config;
    // The furthest planned date any rule can reach, with a day of margin for time zones ahead of UTC.
    const horizonDays = Math.max(...dueSoon) + 1;
    let after: { plannedDate: string; id: string } = { plannedDate: '0001-01-01', id: '00000000-0000-0000-0000-000000000000' };
    let scanned = 0;
    let created = 0;
    let batches = 0;
    for (;;) {
      const [result] = await this.dataSource.query(SCAN_BATCH_SQL, [
        now.toISOString(),
        horizonDays,
        after.plannedDate,
        after.id,
        BATCH,
        dueSoon,
        escalateAfter,
      ]);
      batches++;
      scanned += result.scanned;
      created += result.created;
      if (result.scanned < BATCH) break;
      after = { plannedDate: result.last_planned_date, id: result.last_id };
    }
    return { scanned, created, batches, durationMs: Math.round(performance.now() - started) };
  }
}

// $1 now, $2 horizon days, $3/$4 keyset position, $5 batch size, $6 due-soon days, $7 escalate after (days).
const SCAN_BATCH_SQL = `
WITH batch AS (
  SELECT m.id, m.project_id, m.name, m.planned_date, p.institution_id,
         m.planned_date - ($1::timestamptz AT TIME ZONE pl.time_zone)::date AS days_left
    FROM milestones m
    JOIN projects p ON p.id = m.project_id
    JOIN plans pl ON pl.id = p.plan_id
   WHERE m.actual_date IS NULL
     AND m.planned_date <= ($1::timestamptz AT TIME ZONE 'UTC')::date + $2::int
     AND (m.planned_date, m.id) > ($3::date, $4::uuid)
     AND p.status NOT IN ('cancelled', 'suspended')
   ORDER BY m.planned_date, m.id
   LIMIT $5
), fired AS (
  SELECT b.*, r.rule, r.rule_key
    FROM batch b
    CROSS JOIN LATERAL (
      SELECT 'due_soon' AS rule, 'due_soon:' || min(n) AS rule_key
        FROM unnest($6::int[]) AS n WHERE b.days_left > 0 AND n >= b.days_left HAVING count(*) > 0
      UNION ALL
      SELECT 'overdue', 'overdue' WHERE b.days_left < 0
      UNION ALL
      SELECT 'escalated', 'escalated:week' || ((-b.days_left - $7::int) / 7) WHERE -b.days_left >= $7::int
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
       (SELECT planned_date::text FROM batch ORDER BY planned_date DESC, id DESC LIMIT 1) AS last_planned_date,
       (SELECT id FROM batch ORDER BY planned_date DESC, id DESC LIMIT 1) AS last_id`;
