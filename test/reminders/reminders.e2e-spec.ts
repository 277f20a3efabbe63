import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MilestonesRepository } from '../../libs/milestones/src/milestones.repository';
import { ReminderScan } from '../../libs/notifications/src/jobs/reminder-scan';
import { NotificationsRepository } from '../../libs/notifications/src/notifications.repository';
import { ProblemsRepository } from '../../libs/reporting/src';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { waitFor } from '../support/processes';
import { startTestApp, type TestApp } from '../support/test-app';

/** An instant given as Shanghai wall-clock time (UTC+8, no daylight saving). */
const shanghai = (local: string) => new Date(`${local}+08:00`);

describe('milestone reminders', () => {
  let app: TestApp;
  let scan: ReminderScan;
  beforeAll(async () => {
    app = await startTestApp();
    scan = app.app.get(ReminderScan);
  });
  afterAll(() => app.close());

  async function milestoneDue(plannedDate: string) {
    const fixture = await createPortfolioFixture(app.dataSource);
    const [milestone] = await app.dataSource.query(
      `INSERT INTO milestones (project_id, kind, name, planned_date) VALUES ($1, 'groundbreaking', '开工', $2) RETURNING id`,
      [fixture.projects[0].id, plannedDate],
    );
    return { fixture, milestoneId: milestone.id as string };
  }

  const remindersOf = async (milestoneId: string) =>
    (await app.dataSource.query(`SELECT kind, dedup_key, title FROM notifications WHERE milestone_id = $1 ORDER BY created_at, dedup_key`, [milestoneId])) as {
      kind: string;
      dedup_key: string;
      title: string;
    }[];

  it('fires due-soon reminders 30, 7 and 1 days before, across a month end', async () => {
    const { milestoneId } = await milestoneDue('2025-03-01');
    await scan.scan(shanghai('2025-01-29T09:00:00')); // 31 days before: nothing yet
    expect(await remindersOf(milestoneId)).toEqual([]);
    await scan.scan(shanghai('2025-01-30T09:00:00')); // 30 days before
    await scan.scan(shanghai('2025-02-21T09:00:00')); // 8 days before: still the 30-day reminder only
    await scan.scan(shanghai('2025-02-22T09:00:00')); // 7 days before (February has 28 days)
    await scan.scan(shanghai('2025-02-28T09:00:00')); // 1 day before
    const reminders = await remindersOf(milestoneId);
    expect(reminders.map((r) => r.dedup_key.split(':').slice(1, 3).join(':'))).toEqual(['due_soon:30', 'due_soon:7', 'due_soon:1']);
    expect(reminders[2].title).toBe('里程碑「开工」将于2025-03-01到期（还有1天）');
  });

  it('counts days at midnight in Shanghai, not in UTC', async () => {
    const { milestoneId } = await milestoneDue('2025-06-10');
    // 23:59 on 9 June in Shanghai is still one day before; 00:00 on 11 June (16:00 UTC on the 10th) is overdue.
    await scan.scan(shanghai('2025-06-09T23:59:00'));
    expect((await remindersOf(milestoneId)).map((r) => r.kind)).toEqual(['due_soon']);
    await scan.scan(shanghai('2025-06-10T23:59:00'));
    expect((await remindersOf(milestoneId)).map((r) => r.kind)).toEqual(['due_soon']);
    await scan.scan(shanghai('2025-06-11T00:00:00'));
    expect((await remindersOf(milestoneId)).map((r) => r.kind)).toEqual(['due_soon', 'overdue']);
  });

  it('escalates after 14 days overdue and again every week while it stays overdue', async () => {
    const { milestoneId } = await milestoneDue('2025-04-30');
    for (const day of ['2025-05-01', '2025-05-13', '2025-05-14', '2025-05-20', '2025-05-21', '2025-05-28', '2025-05-28']) {
      await scan.scan(shanghai(`${day}T08:00:00`));
    }
    const kinds = (await remindersOf(milestoneId)).map((r) => r.dedup_key.split(':').slice(1, 3).join(':'));
    expect(kinds).toEqual(['overdue:2025-04-30', 'escalated:week0', 'escalated:week1', 'escalated:week2']);
  });

  it('sends nothing stale for a milestone that is done or moved', async () => {
    const { milestoneId } = await milestoneDue('2025-07-10');
    await app.dataSource.query(`UPDATE milestones SET planned_date = '2025-09-10' WHERE id = $1`, [milestoneId]);
    await scan.scan(shanghai('2025-07-09T09:00:00'));
    expect(await remindersOf(milestoneId)).toEqual([]);
    await app.dataSource.query(`UPDATE milestones SET actual_date = '2025-07-01' WHERE id = $1`, [milestoneId]);
    await scan.scan(shanghai('2025-09-20T09:00:00'));
    expect(await remindersOf(milestoneId)).toEqual([]);
  });

  it('reads a milestone again only when a rule can fire for it, and when its dates or its project change', async () => {
    const { fixture, milestoneId } = await milestoneDue('2025-11-10');
    const nextOn = async () =>
      ((await app.dataSource.query(`SELECT next_reminder_on::text AS d FROM milestones WHERE id = $1`, [milestoneId]))[0] as { d: string }).d;
    expect(await nextOn()).toBe('-infinity');
    await scan.scan(shanghai('2025-10-01T09:00:00')); // 40 days before: nothing, until 30 days before
    expect({ reminders: await remindersOf(milestoneId), next: await nextOn() }).toEqual({ reminders: [], next: '2025-10-11' });
    await scan.scan(shanghai('2025-11-20T09:00:00')); // 10 days overdue: overdue now, escalation at 14 days
    expect({ kinds: (await remindersOf(milestoneId)).map((r) => r.kind), next: await nextOn() }).toEqual({ kinds: ['overdue'], next: '2025-11-24' });

    // A suspended project's milestone fires nothing and is put aside; resuming the project brings it back.
    await app.dataSource.query(`UPDATE projects SET status = 'suspended' WHERE id = $1`, [fixture.projects[0].id]);
    await scan.scan(shanghai('2025-11-25T09:00:00'));
    expect({ kinds: (await remindersOf(milestoneId)).map((r) => r.kind), next: await nextOn() }).toEqual({ kinds: ['overdue'], next: 'infinity' });
    await app.dataSource.query(`UPDATE projects SET status = 'under_construction' WHERE id = $1`, [fixture.projects[0].id]);
    expect(await nextOn()).toBe('-infinity');
    await scan.scan(shanghai('2025-11-25T09:00:00'));
    expect((await remindersOf(milestoneId)).map((r) => r.kind)).toEqual(['overdue', 'escalated']);

    // Moving the planned date makes the next scan judge it afresh.
    await app.dataSource.query(`UPDATE milestones SET planned_date = '2026-03-01' WHERE id = $1`, [milestoneId]);
    expect(await nextOn()).toBe('-infinity');
  });

  it('keeps a date change committed while a scan runs, and crosses batch boundaries without losing a milestone', async () => {
    const { milestoneId } = await milestoneDue('2026-06-01');
    const nextOn = async () =>
      ((await app.dataSource.query(`SELECT next_reminder_on::text AS d FROM milestones WHERE id = $1`, [milestoneId]))[0] as { d: string }).d;
    // A user's transaction moves the date (the trigger resets the next date) and has not committed yet.
    const editor = app.dataSource.createQueryRunner();
    await editor.connect();
    try {
      await editor.startTransaction();
      await editor.query(`UPDATE milestones SET planned_date = '2026-02-10' WHERE id = $1`, [milestoneId]);
      const scanning = scan.scan(shanghai('2026-01-01T09:00:00')); // reads the old date, then waits on the row
      await waitFor(
        async () => (await app.dataSource.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'transactionid' AND NOT granted`))[0].n > 0,
        { what: 'the scan to wait on the edited row' },
      );
      await editor.commitTransaction();
      await scanning;
    } finally {
      await editor.release();
    }
    expect(await nextOn()).toBe('-infinity'); // not the date computed from the old planned date
    await scan.scan(shanghai('2026-01-12T09:00:00')); // 29 days before the new date
    expect((await remindersOf(milestoneId)).map((r) => r.dedup_key.split(':').slice(1).join(':'))).toEqual(['due_soon:30:2026-02-10']);

    // Small batches: every milestone due is still reached, each reminder recorded once.
    const many = await Promise.all(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].map((d) => milestoneDue(d)));
    const batchSize = scan.batchSize;
    scan.batchSize = 2;
    try {
      await scan.scan(shanghai('2026-03-10T09:00:00'));
      await scan.scan(shanghai('2026-03-10T10:00:00'));
    } finally {
      scan.batchSize = batchSize;
    }
    for (const { milestoneId: id } of many) expect((await remindersOf(id)).map((r) => r.kind)).toEqual(['overdue']);
  });

  it('judges every open milestone afresh when the reminder rules change', async () => {
    const { milestoneId } = await milestoneDue('2026-09-30');
    await scan.scan(shanghai('2026-09-10T09:00:00')); // 20 days before: the 30-day reminder, next at 7 days before
    const next = async () => ((await app.dataSource.query(`SELECT next_reminder_on::text AS d FROM milestones WHERE id = $1`, [milestoneId]))[0] as { d: string }).d;
    expect(await next()).toBe('2026-09-23');
    const withFourteen = new ReminderScan(app.dataSource.manager, app.app.get(NotificationsRepository), app.app.get(MilestonesRepository), app.app.get(ProblemsRepository), {
      ...app.runtime,
      config: { ...app.runtime.config, reminderDueSoonDays: [30, 14, 7, 1] },
    });
    await withFourteen.scan(shanghai('2026-09-17T09:00:00')); // 13 days before: the new 14-day rule applies
    expect((await remindersOf(milestoneId)).map((r) => r.dedup_key.split(':').slice(1, 3).join(':'))).toEqual(['due_soon:30', 'due_soon:14']);
    await scan.scan(shanghai('2026-09-17T10:00:00')); // and back to the configured rules, judged afresh again
    expect(await next()).toBe('2026-09-23');
  });

  it('records each reminder once when scans run twice and concurrently, with one outbox event each', async () => {
    const { milestoneId } = await milestoneDue('2025-10-08');
    const now = shanghai('2025-10-07T10:00:00');
    await Promise.all([scan.scan(now), scan.scan(now), scan.scan(now)]);
    await scan.scan(now);
    expect(await remindersOf(milestoneId)).toHaveLength(1);
    const events = await app.dataSource.query(`SELECT event_type FROM outbox_events WHERE aggregate_id = $1 AND event_type LIKE 'milestone.%'`, [milestoneId]);
    expect(events).toEqual([{ event_type: 'milestone.due_soon' }]);
  });

  it('writes each new reminder\'s event as the outbox writes any event, in the order made, across batch boundaries', async () => {
    const due = await Promise.all(['2025-11-03', '2025-11-04', '2025-11-05'].map((d) => milestoneDue(d)));
    const batchSize = scan.batchSize;
    scan.batchSize = 2;
    try {
      await scan.scan(shanghai('2025-11-20T09:00:00')); // 15 to 17 days overdue: overdue, then escalated
    } finally {
      scan.batchSize = batchSize;
    }
    for (const { fixture, milestoneId } of due) {
      const projectId = fixture.projects[0].id;
      const [{ institution_id: institutionId }] = await app.dataSource.query(`SELECT institution_id FROM projects WHERE id = $1`, [projectId]);
      const made = await app.dataSource.query(`SELECT id, kind, title, due_date::text AS due_date FROM notifications WHERE milestone_id = $1`, [milestoneId]);
      const events = await app.dataSource.query(
        `SELECT event_type, aggregate_type, aggregate_id, project_id, payload FROM outbox_events WHERE aggregate_id = $1 AND event_type LIKE 'milestone.%' ORDER BY id`,
        [milestoneId],
      );
      expect(events).toEqual(
        ['overdue', 'escalated'].map((kind) => {
          const notification = made.find((n: { kind: string }) => n.kind === kind);
          return {
            event_type: `milestone.${kind}`,
            aggregate_type: 'milestone',
            aggregate_id: milestoneId,
            project_id: projectId,
            payload: { notificationId: notification.id, milestoneId, projectId, institutionId, plannedDate: notification.due_date, title: notification.title },
          };
        }),
      );
    }
  });

  it('shows managers the reminders of their institutions, finance the escalations, and acknowledges per caller', async () => {
    const { fixture, milestoneId } = await milestoneDue('2025-01-01');
    await scan.scan(shanghai('2025-01-20T09:00:00')); // overdue and escalated
    const manager = bearer(await createKey(app.dataSource, 'manager', [fixture.hospital.id]));
    const otherManager = bearer(await createKey(app.dataSource, 'manager', [fixture.clinic.id]));
    const finance = bearer(await createKey(app.dataSource, 'finance'));
    const viewer = bearer(await createKey(app.dataSource, 'viewer'));
    const mine = await app.http.get('/api/v1/notifications').query({ milestoneId, history: true }).set(manager).expect(200);
    expect(mine.body.items.filter((n: { milestoneId: string }) => n.milestoneId === milestoneId).map((n: { kind: string }) => n.kind).sort()).toEqual([
      'escalated',
      'overdue',
    ]);
    expect((await app.http.get('/api/v1/notifications').set(otherManager).expect(200)).body.items).toEqual([]);
    const financeView = await app.http.get('/api/v1/notifications').query({ milestoneId }).set(finance).expect(200);
    expect(financeView.body.items.map((n: { kind: string }) => n.kind)).toEqual(['escalated']);
    expect((await app.http.get('/api/v1/notifications').set(viewer).expect(200)).body.items).toEqual([]);

    const target = mine.body.items[0];
    expect(target.acked).toBe(false);
    await app.http.post(`/api/v1/notifications/${target.id}/ack`).set(manager).expect(204);
    await app.http.post(`/api/v1/notifications/${target.id}/ack`).set(manager).expect(204);
    const unacked = await app.http.get('/api/v1/notifications').query({ acked: false, milestoneId }).set(manager).expect(200);
    expect(unacked.body.items.map((n: { id: string }) => n.id)).not.toContain(target.id);
    await app.http.post(`/api/v1/notifications/${target.id}/ack`).set(otherManager).expect(404);
  });

  it('runs the scan as a job on demand', async () => {
    const admin = bearer(await createKey(app.dataSource, 'admin'));
    const response = await app.http.post('/api/v1/jobs/reminders/run').set(admin).expect(202);
    expect(response.body).toMatchObject({ name: 'reminders', jobId: expect.any(String) });
  });
});
