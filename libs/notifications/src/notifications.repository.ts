import { paginate, SqlParams, type Page, type PageQuery } from '@tracker/api-conventions';
import type { Principal } from '@tracker/auth';
import { OutboxRepository, type EventName } from '@tracker/events';
import { MilestonesRepository } from '@tracker/milestones';
import { SqlRepository } from '@tracker/platform';
import type { EntityManager } from 'typeorm';
import type { NotificationView } from './http/notification.views';
import { REMINDER_EVENTS, type RoundReminderEvent } from './notifications.events';
import type { ReminderKind } from './notifications.types';

type Row = Record<string, unknown>;

export interface NotificationFilters {
  kind?: ReminderKind;
  projectId?: string;
  milestoneId?: string;
  /** Only those the reader acknowledged (true) or did not (false). */
  acked?: boolean;
  institutionId?: string;
  /** Every reminder, resolved and superseded ones too; by default only the current one of each subject. */
  history?: boolean;
}

/** Where a scan stands: the last milestone of the previous batch, in the order of the scan. */
export interface ScanPosition {
  nextOn: string;
  id: string;
}

/** The rules a batch of the scan judges by. */
export interface ReminderRules {
  /** Days before the planned date at which a due-soon reminder fires. */
  dueSoonDays: number[];
  /** Days overdue after which a milestone is escalated (again every week). */
  escalateAfterDays: number;
}

/** A round reminder the scan recorded: its kind, and the payload of its event. */
export interface RecordedRoundReminder extends RoundReminderEvent {
  kind: ReminderKind;
}

/** What a batch of the scan read and recorded. */
export interface ReminderBatch {
  /** Open milestones read. */
  scanned: number;
  /** The last one read, where the next batch starts; null when none was. */
  last: ScanPosition | null;
  /** The reminders new in this batch (those recorded before are skipped by their deduplication key). */
  created: number;
}

/**
 * The notifications, notification_acks and reminder_rules tables. To find the reminders due it reads milestones
 * (milestones feature) with their projects and plans (projects, plans): their dates, their project's status and
 * institution, and today in the plan's time zone. It writes only its own tables; the scan's batch statement stores
 * the milestones' next reminder dates with MilestonesRepository's SQL and writes the reminders' events with
 * OutboxRepository's, in the same statement.
 */
export class NotificationsRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  /**
   * The reader's notifications: a manager's of their institutions, finance's the escalations, an admin's all. By
   * default only the current reminder of each subject (a milestone, a problem, a round's reports of one
   * institution): unresolved, and the most advanced the reader may see (escalated over overdue over due soon; of
   * the same kind the newest, e.g. this week's escalation). `history` lists them all, with `resolvedAt`.
   */
  list(reader: Principal, filters: NotificationFilters, page: PageQuery): Promise<Page<NotificationView>> {
    const params = new SqlParams();
    const key = params.add(reader.keyId);
    const where = [...audience(reader, params), ...matching(filters, params, key)];
    if (!filters.history) where.push(current(reader, params));
    return paginate(this.run, {
      select: `SELECT n.*, EXISTS (SELECT 1 FROM notification_acks a WHERE a.notification_id = n.id AND a.api_key_id = ${key}) AS acked,
                      p.name AS project_name, p.code AS project_code, i.name AS institution_name, m.name AS milestone_name, m.kind AS milestone_kind
                 FROM notifications n
                 LEFT JOIN projects p ON p.id = n.project_id
                 LEFT JOIN institutions i ON i.id = n.institution_id
                 LEFT JOIN milestones m ON m.id = n.milestone_id`,
      where,
      params,
      page,
      sortable: { createdAt: { column: 'n.created_at', type: 'timestamptz' }, dueDate: { column: 'n.due_date', type: 'date' } },
      defaultSort: '-createdAt',
      idColumn: 'n.id',
      map: toNotificationView,
    });
  }

  /**
   * Acknowledges, for the reader, every unresolved reminder of theirs that matches the filters and that they have
   * not acknowledged yet (superseded ones too, so none comes back when the current one is resolved); returns how many.
   */
  async acknowledgeAll(reader: Principal, filters: NotificationFilters): Promise<number> {
    const params = new SqlParams();
    const key = params.add(reader.keyId);
    const where = [...audience(reader, params), ...matching({ ...filters, acked: false }, params, key), 'n.resolved_at IS NULL'];
    const rows = await this.rows(
      `INSERT INTO notification_acks (notification_id, api_key_id)
       SELECT n.id, ${key} FROM notifications n WHERE ${where.join(' AND ')}
       ON CONFLICT DO NOTHING
       RETURNING 1`,
      params.values,
    );
    return rows.length;
  }

  /** Whether the notification exists and is among the reader's. */
  async isVisibleTo(id: string, reader: Principal): Promise<boolean> {
    const params = new SqlParams();
    const notification = params.add(id);
    const row = await this.row(`SELECT 1 FROM notifications n WHERE n.id = ${notification} AND ${audience(reader, params).join(' AND ')}`, params.values);
    return row !== null;
  }

  /** Idempotent: acknowledging twice records it once. */
  async acknowledge(id: string, apiKeyId: string): Promise<void> {
    await this.db.query(`INSERT INTO notification_acks (notification_id, api_key_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [id, apiKeyId]);
  }

  // ---- the reminder scan ----

  /** Records the rules in force; true when they differ from the ones recorded before (or none were). */
  async recordRules(rules: string): Promise<boolean> {
    const changed = await this.rows(
      `INSERT INTO reminder_rules (id, rules) VALUES (true, $1)
       ON CONFLICT (id) DO UPDATE SET rules = EXCLUDED.rules WHERE reminder_rules.rules IS DISTINCT FROM EXCLUDED.rules
       RETURNING 1`,
      [rules],
    );
    return changed.length > 0;
  }

  /** The latest local date of any plan at `now` (YYYY-MM-DD): no milestone can fire anywhere before it. */
  async latestLocalDate(now: Date): Promise<string> {
    const row = await this.row<{ through: string }>(
      `SELECT coalesce(max(($1::timestamptz AT TIME ZONE z.time_zone)::date), ($1::timestamptz AT TIME ZONE 'UTC')::date)::text AS through
         FROM (SELECT DISTINCT time_zone FROM plans) z`,
      [now.toISOString()],
    );
    return row!.through;
  }

  /**
   * One batch of the scan: the next `limit` open milestones after `after` whose next reminder date has come (by
   * `through`), judged at `now` in their plans' time zones. Records their reminders (each once, by its deduplication
   * key), stores each milestone's next reminder date and writes each new reminder's event to the outbox, in one
   * statement (so one transaction).
   */
  async recordRemindersDue(now: Date, after: ScanPosition, limit: number, rules: ReminderRules, through: string): Promise<ReminderBatch> {
    const row = await this.row<{ scanned: number; last_next_on: string | null; last_id: string | null; created: number }>(REMINDERS_DUE_SQL, [
      now.toISOString(),
      after.nextOn,
      after.id,
      limit,
      rules.dueSoonDays,
      rules.escalateAfterDays,
      through,
    ]);
    const { scanned, last_next_on, last_id, created } = row!;
    return { scanned, last: last_next_on !== null && last_id !== null ? { nextOn: last_next_on, id: last_id } : null, created };
  }

  /**
   * Reminders about reporting rounds, per open round and institution with reports not submitted (pending, draft,
   * returned), judged in the round's time zone: due soon at the configured days before the due date (the nearest
   * that applies), overdue from the day after (to the institution's managers), escalated to finance the given days
   * after. Each once, by its deduplication key; a scan reads only the open rounds' reports.
   */
  async recordRoundRemindersDue(now: Date, rules: { remindDays: number[]; escalateAfterDays: number }): Promise<RecordedRoundReminder[]> {
    const row = await this.row<{ recorded: RecordedRoundReminder[] | null }>(ROUND_REMINDERS_SQL, [now.toISOString(), rules.remindDays, rules.escalateAfterDays]);
    return row?.recorded ?? [];
  }

  /**
   * One reminder per open problem whose due date has passed in its plan's time zone (again if the due date is moved
   * and passes again), to managers of the project's institution, finance and admins. Returns the problems reminded of.
   */
  async recordProblemRemindersDue(now: Date): Promise<{ notificationId: string; problemId: string; projectId: string }[]> {
    return this.rows(
      `WITH due AS (
         SELECT pb.id, pb.project_id, pb.description, pb.due_date, p.institution_id, 'problem:' || pb.id || ':overdue:' || pb.due_date AS dedup_key
           FROM project_problems pb JOIN projects p ON p.id = pb.project_id JOIN plans pl ON pl.id = p.plan_id
          WHERE pb.status = 'open' AND pb.due_date IS NOT NULL AND pb.due_date < ($1::timestamptz AT TIME ZONE pl.time_zone)::date
       )
       INSERT INTO notifications (dedup_key, kind, problem_id, project_id, institution_id, audience_roles, title, due_date)
       SELECT d.dedup_key, 'overdue', d.id, d.project_id, d.institution_id, ARRAY['admin', 'finance', 'manager'],
              '问题「' || left(d.description, 60) || '」已过解决期限（' || d.due_date || '）', d.due_date
         FROM due d
        WHERE NOT EXISTS (SELECT 1 FROM notifications n WHERE n.dedup_key = d.dedup_key)
       ON CONFLICT (dedup_key) DO NOTHING
       RETURNING id AS "notificationId", problem_id AS "problemId", project_id AS "projectId"`,
      [now.toISOString()],
    );
  }

  /**
   * Retention: deletes up to `limit` notifications acknowledged (by at least one key) and created more than `days`
   * days ago, with their acknowledgements (ON DELETE CASCADE); returns how many went. Unacknowledged ones stay.
   */
  async pruneAcknowledged(days: number, limit: number): Promise<number> {
    const rows = await this.rows(
      `DELETE FROM notifications WHERE id IN (
         SELECT n.id FROM notifications n
          WHERE n.created_at < now() - make_interval(days => $1)
            AND EXISTS (SELECT 1 FROM notification_acks a WHERE a.notification_id = n.id)
          LIMIT $2)
       RETURNING id`,
      [days, limit],
    );
    return rows.length;
  }
}

/** Who receives a notification: its audience roles, and for a manager, their institutions. */
function audience(reader: Principal, params: SqlParams, alias = 'n'): string[] {
  const where = [`${params.add(reader.role)} = ANY(${alias}.audience_roles)`];
  if (reader.role === 'manager') where.push(`${alias}.institution_id = ANY(${params.add(reader.institutionIds)}::uuid[])`);
  return where;
}

function matching(filters: NotificationFilters, params: SqlParams, key: string): string[] {
  const where: string[] = [];
  if (filters.kind) where.push(`n.kind = ${params.add(filters.kind)}`);
  if (filters.projectId) where.push(`n.project_id = ${params.add(filters.projectId)}`);
  if (filters.milestoneId) where.push(`n.milestone_id = ${params.add(filters.milestoneId)}`);
  if (filters.institutionId) where.push(`n.institution_id = ${params.add(filters.institutionId)}`);
  if (filters.acked !== undefined) {
    where.push(`${filters.acked ? '' : 'NOT '}EXISTS (SELECT 1 FROM notification_acks a WHERE a.notification_id = n.id AND a.api_key_id = ${key})`);
  }
  return where;
}

/** How far a reminder has gone: a later stage supersedes an earlier one of the same subject. */
const STAGE = (alias: string) => `CASE ${alias}.kind WHEN 'escalated' THEN 3 WHEN 'overdue' THEN 2 ELSE 1 END`;

/** Unresolved, and no later stage (or newer reminder of the same stage) of the same subject the reader may see. */
function current(reader: Principal, params: SqlParams): string {
  return `n.resolved_at IS NULL AND NOT EXISTS (
    SELECT 1 FROM notifications l
     WHERE l.resolved_at IS NULL AND l.id <> n.id
       AND (l.milestone_id = n.milestone_id OR l.problem_id = n.problem_id
            OR (l.round_id = n.round_id AND l.institution_id IS NOT DISTINCT FROM n.institution_id))
       AND ${audience(reader, params, 'l').join(' AND ')}
       AND (${STAGE('l')}, l.created_at, l.id) > (${STAGE('n')}, n.created_at, n.id))`;
}

function toNotificationView(row: Row): NotificationView {
  return {
    id: row.id as string,
    kind: row.kind as string,
    subject: row.milestone_id ? 'milestone' : row.round_id ? 'round' : 'problem',
    milestoneId: (row.milestone_id as string | null) ?? null,
    roundId: (row.round_id as string | null) ?? null,
    problemId: (row.problem_id as string | null) ?? null,
    projectId: (row.project_id as string | null) ?? null,
    institutionId: row.institution_id as string | null,
    projectName: (row.project_name as string | null) ?? null,
    projectCode: (row.project_code as string | null) ?? null,
    institutionName: (row.institution_name as string | null) ?? null,
    milestoneName: (row.milestone_name as string | null) ?? null,
    milestoneKind: (row.milestone_kind as string | null) ?? null,
    title: row.title as string,
    dueDate: row.due_date as string,
    createdAt: new Date(row.created_at as string).toISOString(),
    acked: row.acked as boolean,
    resolvedAt: row.resolved_at ? new Date(row.resolved_at as string).toISOString() : null,
  };
}

/** The events of the milestone reminders (the scan's batch statement writes them). */
const MILESTONE_REMINDER_EVENTS = Object.keys(REMINDER_EVENTS).filter((name) => name.startsWith('milestone.')) as EventName[];

// Rules, counted in days of the plan's time zone: see ReminderScan. $1 now, $2/$3 keyset position, $4 batch size,
// $5 due-soon days, $6 escalate after (days), $7 the latest local date of any plan. Each row is judged in its own
// plan's time zone, so one read a few hours early fires nothing yet and keeps its date. Milestones of cancelled or
// suspended projects fire nothing and are put aside ('infinity') until their project resumes (a trigger on
// projects sets them back to '-infinity').
const REMINDERS_DUE_SQL = `
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
), next_dates AS (
  -- The next plan-local date on which the rule that applies changes (see the rules above), for the row version read.
  SELECT b.id, b.row_version, CASE
           WHEN NOT b.active THEN 'infinity'
           WHEN b.days_left > 0 THEN coalesce(b.planned_date - (SELECT max(n) FROM unnest($5::int[]) AS n WHERE n < b.days_left),
                                              b.planned_date + 1)
           WHEN b.days_left = 0 THEN b.planned_date + 1
           WHEN -b.days_left < $6::int THEN b.planned_date + $6::int
           ELSE b.planned_date + $6::int + 7 * ((-b.days_left - $6::int) / 7 + 1)
         END AS next_on
    FROM batch b
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
), moved_on AS (
  ${MilestonesRepository.settingNextReminderDates('next_dates')}
), events AS (
  -- A reminder's webhook event: milestone.<kind>, with the fields of MilestoneReminderEvent; in the order the
  -- reminders were made (the batch's, and a milestone's overdue before its escalation).
  SELECT 'milestone.' || i.kind AS event_type, i.milestone_id::text AS aggregate_id, i.project_id,
         jsonb_build_object('notificationId', i.id, 'milestoneId', i.milestone_id, 'projectId', i.project_id,
                            'institutionId', i.institution_id, 'plannedDate', i.due_date::text, 'title', i.title) AS payload,
         row_number() OVER (ORDER BY b.next_reminder_on, b.id, CASE i.kind WHEN 'due_soon' THEN 1 WHEN 'overdue' THEN 2 ELSE 3 END) AS position
    FROM inserted i JOIN batch b ON b.id = i.milestone_id
), emitted AS (
  ${OutboxRepository.appendingFrom('events', MILESTONE_REMINDER_EVENTS)}
)
SELECT (SELECT count(*)::int FROM batch) AS scanned,
       (SELECT next_reminder_on::text FROM batch ORDER BY next_reminder_on DESC, id DESC LIMIT 1) AS last_next_on,
       (SELECT id FROM batch ORDER BY next_reminder_on DESC, id DESC LIMIT 1) AS last_id,
       (SELECT count(*)::int FROM inserted) AS created`;

// $1 now, $2 the days before the due date to remind at, $3 the days after it to escalate at. Dates are days of the
// round's time zone. An institution's reminder counts its reports not submitted at the time.
const ROUND_REMINDERS_SQL = `
WITH owed AS (
  SELECT r.id, to_char(r.period, 'YYYY-MM') AS period, r.due_date, rr.institution_id, i.name AS institution_name,
         count(*)::int AS unsubmitted, r.due_date - ($1::timestamptz AT TIME ZONE r.time_zone)::date AS days_left
    FROM reporting_rounds r
    JOIN round_reports rr ON rr.round_id = r.id AND rr.status IN ('pending', 'draft', 'returned')
    LEFT JOIN institutions i ON i.id = rr.institution_id
   WHERE r.status = 'open'
   GROUP BY r.id, rr.institution_id, i.name
), fired AS (
  SELECT o.*, f.rule, 'round:' || o.id || ':' || coalesce(o.institution_id::text, 'none') || ':' || f.rule_key AS dedup_key
    FROM owed o
    CROSS JOIN LATERAL (
      SELECT 'due_soon' AS rule, 'due_soon:' || min(n) AS rule_key
        FROM unnest($2::int[]) AS n WHERE o.days_left > 0 AND n >= o.days_left HAVING count(*) > 0
      UNION ALL
      SELECT 'overdue', 'overdue' WHERE o.days_left < 0
      UNION ALL
      SELECT 'escalated', 'escalated' WHERE -o.days_left >= $3::int
    ) f
), inserted AS (
  INSERT INTO notifications (dedup_key, kind, round_id, institution_id, audience_roles, title, due_date)
  SELECT f.dedup_key, f.rule, f.id, f.institution_id,
         CASE f.rule WHEN 'escalated' THEN ARRAY['admin', 'finance'] ELSE ARRAY['admin', 'manager'] END,
         '调度「' || f.period || '」：' || coalesce(f.institution_name, '未指定单位') || CASE f.rule
           WHEN 'due_soon' THEN '还有' || f.unsubmitted || '个项目未提交，' || f.due_date || '截止（还有' || f.days_left || '天）'
           WHEN 'overdue' THEN '有' || f.unsubmitted || '个项目逾期未提交（' || f.due_date || '截止）'
           ELSE '有' || f.unsubmitted || '个项目逾期' || -f.days_left || '天仍未提交'
         END,
         f.due_date
    FROM fired f
   WHERE NOT EXISTS (SELECT 1 FROM notifications n WHERE n.dedup_key = f.dedup_key)
  ON CONFLICT (dedup_key) DO NOTHING
  RETURNING id, kind, round_id, institution_id, due_date, title, dedup_key
)
SELECT json_agg(json_build_object('kind', i.kind, 'notificationId', i.id, 'roundId', i.round_id, 'period', f.period,
                                  'institutionId', i.institution_id, 'institutionName', f.institution_name,
                                  'unsubmitted', f.unsubmitted, 'dueDate', i.due_date::text, 'title', i.title)) AS recorded
  FROM inserted i JOIN fired f ON f.dedup_key = i.dedup_key`;
