import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ReminderScan } from '../../libs/notifications/src/jobs/reminder-scan';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/** An instant given as Shanghai wall-clock time (UTC+8, no daylight saving). */
const shanghai = (local: string) => new Date(`${local}+08:00`);

interface Reminder {
  id: string;
  kind: string;
  milestoneId: string | null;
  projectId: string | null;
  projectName: string | null;
  institutionId: string | null;
  institutionName: string | null;
  milestoneName: string | null;
  acked: boolean;
  resolvedAt: string | null;
  dueDate: string;
}

/**
 * Issue 16: reminders a manager can act on. Each names its project and institution; the default list holds one
 * entry per milestone (its latest stage); a done or moved milestone's reminders are resolved; all can be
 * acknowledged at once.
 */
describe('actionable reminders', () => {
  let app: TestApp;
  let scan: ReminderScan;
  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    scan = app.app.get(ReminderScan);
  });
  afterAll(() => app.close());

  async function setUp() {
    const fixture = await createPortfolioFixture(app.dataSource);
    const manager = bearer(await createKey(app.dataSource, 'manager', [fixture.hospital.id]));
    const milestone = async (projectIndex: number, name: string, plannedDate: string) =>
      (
        await app.dataSource.query(`INSERT INTO milestones (project_id, kind, name, planned_date) VALUES ($1, 'groundbreaking', $2, $3) RETURNING id`, [
          fixture.projects[projectIndex].id,
          name,
          plannedDate,
        ])
      )[0].id as string;
    const list = async (query: Record<string, unknown> = {}, who = manager) =>
      (await app.http.get('/api/v1/notifications').query({ limit: 500, ...query }).set(who).expect(200)).body.items as Reminder[];
    return { fixture, manager, milestone, list };
  }

  it('names the project and institution, and lists one entry per milestone: its latest stage', async () => {
    const { fixture, milestone, list } = await setUp();
    const late = await milestone(0, '开工', '2025-01-01');
    const soon = await milestone(1, '投入使用', '2025-02-14');
    await scan.scan(shanghai('2025-01-15T09:00:00')); // late: overdue; soon: due in 30 days
    await scan.scan(shanghai('2025-01-20T09:00:00')); // late: escalated; soon: due in 25 days (still the 30-day reminder)
    await scan.scan(shanghai('2025-02-08T09:00:00')); // soon: due in 6 days, the 7-day reminder; late: escalated again (weekly)
    const history = await list({ history: true });
    expect(history.filter((n) => n.milestoneId === late).map((n) => n.kind).sort()).toEqual(['escalated', 'escalated', 'overdue']);
    expect(history.filter((n) => n.milestoneId === soon).map((n) => n.kind)).toEqual(['due_soon', 'due_soon']);

    const current = await list();
    expect(current.map((n) => n.milestoneId).sort()).toEqual([late, soon].sort());
    const [lateOne] = current.filter((n) => n.milestoneId === late);
    expect(lateOne).toMatchObject({
      kind: 'escalated',
      projectId: fixture.projects[0].id,
      projectName: fixture.projects[0].name,
      institutionId: fixture.hospital.id,
      institutionName: fixture.hospital.name,
      milestoneName: '开工',
      resolvedAt: null,
    });
    // Of two escalations, this week's is the current one; of two due-soon reminders, the newer (7 days).
    const [thisWeek] = (await app.dataSource.query(`SELECT id FROM notifications WHERE milestone_id = $1 AND kind = 'escalated' ORDER BY created_at DESC LIMIT 1`, [
      late,
    ])) as { id: string }[];
    expect(lateOne.id).toBe(thisWeek.id);
    const soonOne = current.find((n) => n.milestoneId === soon)!;
    const [newest] = (await app.dataSource.query(`SELECT id FROM notifications WHERE milestone_id = $1 AND dedup_key LIKE '%:due_soon:7:%'`, [soon])) as { id: string }[];
    expect(soonOne.id).toBe(newest.id);
  });

  it('resolves a milestone’s reminders when it is done, and when its date moves; a new date is reminded of afresh', async () => {
    const { list } = await setUp();
    const admin = bearer(await createKey(app.dataSource, 'admin'));
    const done = await milestoneOf(await setUpMilestone('2025-03-01'));
    const moved = await milestoneOf(await setUpMilestone('2025-03-02'));
    await scan.scan(shanghai('2025-03-10T09:00:00')); // both overdue
    expect((await list({}, admin)).filter((n) => [done, moved].includes(n.milestoneId!)).map((n) => n.kind)).toEqual(['overdue', 'overdue']);

    await app.http.patch(`/api/v1/milestones/${done}`).set(admin).set('If-Match', '"1"').send({ actualDate: '2025-03-05' }).expect(200);
    await app.http.patch(`/api/v1/milestones/${moved}`).set(admin).set('If-Match', '"1"').send({ plannedDate: '2099-06-30' }).expect(200);
    expect((await list({}, admin)).filter((n) => [done, moved].includes(n.milestoneId!))).toEqual([]);
    const resolved = (await list({ history: true }, admin)).filter((n) => [done, moved].includes(n.milestoneId!));
    expect(resolved).toHaveLength(2);
    expect(resolved.every((n) => typeof n.resolvedAt === 'string' && !Number.isNaN(Date.parse(n.resolvedAt)))).toBe(true);

    // Moved to a date still in range, it is judged by the new date at the next scan.
    await app.http.patch(`/api/v1/milestones/${moved}`).set(admin).set('If-Match', '"2"').send({ plannedDate: '2025-03-08' }).expect(200);
    await scan.scan(shanghai('2025-03-10T10:00:00'));
    expect((await list({}, admin)).filter((n) => n.milestoneId === moved).map((n) => [n.kind, n.dueDate])).toEqual([['overdue', '2025-03-08']]);
    // Reopened on the date it was reminded of, the done one's reminder is current again.
    await app.http.patch(`/api/v1/milestones/${done}`).set(admin).set('If-Match', '"2"').send({ actualDate: null }).expect(200);
    expect((await list({}, admin)).filter((n) => n.milestoneId === done).map((n) => n.kind)).toEqual(['overdue']);

    async function setUpMilestone(plannedDate: string) {
      const fixture = await createPortfolioFixture(app.dataSource);
      return { fixture, plannedDate };
    }
    async function milestoneOf({ fixture, plannedDate }: { fixture: { projects: { id: string }[] }; plannedDate: string }) {
      const [row] = await app.dataSource.query(`INSERT INTO milestones (project_id, kind, name, planned_date) VALUES ($1, 'completion', '竣工验收', $2) RETURNING id`, [
        fixture.projects[0].id,
        plannedDate,
      ]);
      return row.id as string;
    }
  });

  it('acknowledges all of the caller’s reminders at once, or those matching the filters, per caller', async () => {
    const { fixture, manager, milestone, list } = await setUp();
    const colleague = bearer(await createKey(app.dataSource, 'manager', [fixture.hospital.id]));
    const outsider = bearer(await createKey(app.dataSource, 'manager', [fixture.clinic.id]));
    const first = await milestone(0, '开工', '2025-04-01');
    const second = await milestone(1, '开工', '2025-04-02');
    await scan.scan(shanghai('2025-04-10T09:00:00'));
    const unacked = async (who = manager) => (await list({ acked: false }, who)).filter((n) => [first, second].includes(n.milestoneId!));
    expect(await unacked()).toHaveLength(2);

    const one = await app.http.post('/api/v1/notifications/ack').set(manager).send({ projectId: fixture.projects[0].id }).expect(200);
    expect(one.body).toEqual({ acknowledged: 1 });
    expect((await unacked()).map((n) => n.milestoneId)).toEqual([second]);
    const rest = await app.http.post('/api/v1/notifications/ack').set(manager).send({}).expect(200);
    expect(rest.body.acknowledged).toBeGreaterThanOrEqual(1);
    expect(await unacked()).toEqual([]);
    expect((await app.http.post('/api/v1/notifications/ack').set(manager).send({}).expect(200)).body).toEqual({ acknowledged: 0 });
    // Acknowledging is per caller: a colleague still has them to read; another institution's manager acknowledges none of them.
    expect(await unacked(colleague)).toHaveLength(2);
    expect((await app.http.post('/api/v1/notifications/ack').set(outsider).send({ projectId: fixture.projects[0].id }).expect(200)).body).toEqual({ acknowledged: 0 });
    expect(await unacked(colleague)).toHaveLength(2);

    const refused = await app.http.post('/api/v1/notifications/ack').set(manager).set('Accept-Language', 'zh').send({ everything: true }).expect(400);
    expect(refused.body.errors).toEqual([{ field: 'everything', message: '不接受的字段“everything”' }]);
    // A null filter is refused, not read as "all".
    await app.http.post('/api/v1/notifications/ack').set(manager).send({ projectId: null }).expect(400);
    await app.http.post('/api/v1/notifications/ack').send({}).expect(401);
    await app.http.post('/api/v1/notifications/ack').set(bearer(await createKey(app.dataSource, 'viewer'))).send({}).expect(403);
  });
});
