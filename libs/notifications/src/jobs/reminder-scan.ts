import { Inject, Injectable } from '@nestjs/common';
import { recordChanges, SYSTEM_ACTOR, type AnyOutboxEntry } from '@tracker/audit';
import { MilestonesRepository } from '@tracker/milestones';
import { ProblemsRepository } from '@tracker/reporting';
import { RUNTIME, type Runtime } from '@tracker/platform';
import { EntityManager } from 'typeorm';
import {
  NotificationsRepository,
  type RecordedRoundReminder,
  type ReminderBatch,
  type ScanPosition,
} from '../notifications.repository';

export interface ReminderScanResult {
  /** Open milestones read, and the milestone reminders made. */
  scanned: number;
  created: number;
  /** Reminders about reporting rounds (per institution) and overdue problems made. */
  roundReminders: number;
  problemReminders: number;
  batches: number;
  durationMs: number;
}

// A first scan of 100,000 projects reads 263,000 milestones; batches of 10,000 keep each statement (and the row locks
// of its milestones) to a second or two while its per-statement cost is paid 27 times rather than 132.
const BATCH = 10000;

/**
 * Finds the open milestones a reminder rule applies to and records each reminder once; then the reminders about
 * reporting rounds (units with reports not submitted) and overdue problems, each also once (see
 * NotificationsRepository).
 *
 * Rules, counted in days of the plan's time zone: due soon at the configured days before the planned date (only the
 * nearest rule that applies, so a scan that comes late does not send every earlier reminder at once); overdue from
 * the day after; escalated to finance and admins after N days overdue, again every week while it stays overdue.
 * Every reminder has a deduplication key (milestone, rule, planned date[, week]): a repeated or concurrent scan, or
 * one that restarts after a crash, inserts nothing twice, and each new notification writes its webhook event to
 * the outbox in the same transaction. A done or moved milestone is judged by its current dates, so it gets no stale
 * reminder. Each milestone carries the plan-local date on which a rule can next fire for it (next_reminder_on,
 * reset by a trigger when its dates change); the scan walks only the open milestones whose date has come, in
 * batches, and moves each one's date on. A long-overdue milestone is so read once a week, not on every scan.
 *
 * Each batch is one statement (so one transaction, its locks held briefly): it reads the batch and records its
 * reminders (NotificationsRepository), stores the milestones' next dates (SQL of MilestonesRepository) and writes the
 * reminders' events to the outbox (SQL of OutboxRepository), without sending hundreds of thousands of rows through
 * Node and back on a first scan.
 */
@Injectable()
export class ReminderScan {
  constructor(
    private readonly db: EntityManager,
    private readonly notifications: NotificationsRepository,
    private readonly milestones: MilestonesRepository,
    private readonly problems: ProblemsRepository,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  /** Milestones per statement; a test sets it low to cross batch boundaries. */
  batchSize = BATCH;

  async scan(now: Date = new Date()): Promise<ReminderScanResult> {
    const started = performance.now();
    const { reminderDueSoonDays: dueSoonDays, reminderEscalateAfterDays: escalateAfterDays } = this.runtime.config;
    await this.resetWhenRulesChanged(dueSoonDays, escalateAfterDays);
    // The latest local date of any plan: milestones whose next date is after it cannot fire anywhere yet.
    const through = await this.notifications.latestLocalDate(now);
    let after: ScanPosition = { nextOn: '-infinity', id: '00000000-0000-0000-0000-000000000000' };
    let scanned = 0;
    let created = 0;
    let batches = 0;
    for (;;) {
      const batch: ReminderBatch = await this.notifications.recordRemindersDue(now, after, this.batchSize, { dueSoonDays, escalateAfterDays }, through);
      batches++;
      scanned += batch.scanned;
      created += batch.created;
      if (batch.scanned < this.batchSize || !batch.last) break;
      after = batch.last;
    }
    const roundReminders = await this.remindOfRounds(now);
    const problemReminders = await this.remindOfProblems(now);
    return { scanned, created, roundReminders, problemReminders, batches, durationMs: Math.round(performance.now() - started) };
  }

  /** Units with reports of an open round not submitted: before the due date, after it, and finance some days after. */
  private async remindOfRounds(now: Date): Promise<number> {
    const { reportReminderDays: remindDays, reportEscalateAfterDays: escalateAfterDays } = this.runtime.config;
    return recordChanges(this.db, SYSTEM_ACTOR, async (changes) => {
      const recorded = await this.notifications.within(changes.manager).recordRoundRemindersDue(now, { remindDays, escalateAfterDays });
      await changes.emitMany(recorded.map(toRoundEvent));
      return recorded.length;
    });
  }

  /** Open problems past their due date: one reminder each, and its `problem.overdue` event. */
  private async remindOfProblems(now: Date): Promise<number> {
    return recordChanges(this.db, SYSTEM_ACTOR, async (changes) => {
      const recorded = await this.notifications.within(changes.manager).recordProblemRemindersDue(now);
      const problems = this.problems.within(changes.manager);
      const entries: AnyOutboxEntry[] = [];
      for (const { problemId, projectId } of recorded) {
        const problem = await problems.view(problemId);
        if (problem) entries.push({ name: 'problem.overdue', subject: { aggregateId: problemId, projectId }, payload: { problem } });
      }
      await changes.emitMany(entries);
      return recorded.length;
    });
  }

  /**
   * The stored next dates were computed with the rules in force then: when REMINDER_DUE_SOON_DAYS or
   * REMINDER_ESCALATE_AFTER_DAYS change, every open milestone is judged afresh (put-aside ones stay aside).
   */
  private async resetWhenRulesChanged(dueSoon: number[], escalateAfter: number): Promise<void> {
    const rules = `due_soon=${dueSoon.join(',')};escalate_after=${escalateAfter}`;
    await this.db.transaction(async (manager) => {
      if (await this.notifications.within(manager).recordRules(rules)) await this.milestones.within(manager).resetNextReminderDates();
    });
  }
}

/** A round reminder's webhook event: `round.due_soon`, `round.overdue` or `round.escalated`. */
function toRoundEvent({ kind, ...payload }: RecordedRoundReminder): AnyOutboxEntry {
  return { name: `round.${kind}`, subject: { aggregateId: payload.roundId }, payload };
}
