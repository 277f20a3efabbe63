import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { ReminderScan } from '../../libs/notifications/src';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/** An instant given as Shanghai wall-clock time (UTC+8). */
const shanghai = (local: string) => new Date(`${local}+08:00`);

describe('late reports and overdue problems, reminded once across scans and workers', () => {
  let app: TestApp;
  let secondWorker: TestApp;
  let fixture: Awaited<ReturnType<typeof createPortfolioFixture>>;
  let finance: Record<string, string>;
  let hospitalManager: Record<string, string>;
  let clinicManager: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    // Another worker process's scan, on its own connections.
    secondWorker = await startTestApp({ features: [WorkerModule] });
    fixture = await createPortfolioFixture(app.dataSource);
    finance = bearer(await createKey(app.dataSource, 'finance'));
    hospitalManager = bearer(await createKey(app.dataSource, 'manager', [fixture.hospital.id]));
    clinicManager = bearer(await createKey(app.dataSource, 'manager', [fixture.clinic.id]));
  });
  afterAll(async () => {
    await secondWorker?.close();
    await app?.close();
  });

  /** Both workers scan at the same instant. */
  const scanTwice = (at: Date) => Promise.all([app.app.get(ReminderScan).scan(at), secondWorker.app.get(ReminderScan).scan(at)]);
  const remindersOf = async (roundId: string) =>
    (await app.dataSource.query(
      `SELECT n.kind, n.dedup_key, n.title, n.institution_id, n.audience_roles FROM notifications n WHERE n.round_id = $1 ORDER BY n.created_at, n.dedup_key`,
      [roundId],
    )) as { kind: string; dedup_key: string; title: string; institution_id: string; audience_roles: string[] }[];
  const eventsOf = async (aggregateId: string) =>
    ((await app.dataSource.query(`SELECT event_type FROM outbox_events WHERE aggregate_id = $1 AND event_type NOT IN ('round.opened') ORDER BY id`, [aggregateId])) as {
      event_type: string;
    }[]).map((e) => e.event_type);

  it('reminds units before the due date, after it, and finance later; each once', async () => {
    const round = (await app.http.post('/api/v1/reporting-rounds').set(finance).send({ period: '2022-05', dueDate: '2022-06-10', planId: fixture.plan.id }).expect(201))
      .body as { id: string };
    const [building] = fixture.projects;

    await scanTwice(shanghai('2022-06-06T09:00:00')); // 4 days before: nothing yet
    expect(await remindersOf(round.id)).toEqual([]);
    await scanTwice(shanghai('2022-06-07T09:00:00')); // 3 days before: both units
    let reminders = await remindersOf(round.id);
    expect(reminders.map((r) => [r.kind, r.institution_id]).sort()).toEqual(
      [['due_soon', fixture.hospital.id], ['due_soon', fixture.clinic.id]].sort(),
    );
    expect(reminders.find((r) => r.institution_id === fixture.hospital.id)!.title).toBe(
      `调度「2022-05」：${fixture.hospital.name}还有2个项目未提交，2022-06-10截止（还有3天）`,
    );

    // The hospital submits one of its two; the 1-day reminder counts what is left.
    await app.http.put(`/api/v1/reporting-rounds/${round.id}/reports/${building.id}`).set(hospitalManager).send({ completedInvestmentWan: 10 }).expect(200);
    await app.http.post(`/api/v1/reporting-rounds/${round.id}/reports/${building.id}/submit`).set(hospitalManager).expect(200);
    await scanTwice(shanghai('2022-06-09T09:00:00'));
    await scanTwice(shanghai('2022-06-09T18:00:00'));
    reminders = await remindersOf(round.id);
    expect(reminders.filter((r) => r.dedup_key.endsWith('due_soon:1')).map((r) => r.title).sort()).toEqual(
      [`调度「2022-05」：${fixture.hospital.name}还有1个项目未提交，2022-06-10截止（还有1天）`, `调度「2022-05」：${fixture.clinic.name}还有1个项目未提交，2022-06-10截止（还有1天）`].sort(),
    );

    await scanTwice(shanghai('2022-06-11T00:00:00')); // the day after: overdue, to the units
    await scanTwice(shanghai('2022-06-12T09:00:00'));
    await scanTwice(shanghai('2022-06-13T09:00:00')); // 3 days after: escalated, to finance
    await scanTwice(shanghai('2022-06-14T09:00:00'));
    reminders = await remindersOf(round.id);
    const count = (kind: string) => reminders.filter((r) => r.kind === kind).length;
    expect({ dueSoon: count('due_soon'), overdue: count('overdue'), escalated: count('escalated') }).toEqual({ dueSoon: 4, overdue: 2, escalated: 2 });
    expect(reminders.filter((r) => r.kind === 'escalated').every((r) => r.audience_roles.includes('finance') && !r.audience_roles.includes('manager'))).toBe(true);
    expect(await eventsOf(round.id)).toEqual([
      'round.due_soon', 'round.due_soon', 'round.due_soon', 'round.due_soon', 'round.overdue', 'round.overdue', 'round.escalated', 'round.escalated',
    ]);

    // Each unit sees its own (all of them in the history, the latest stage by default); finance sees the escalations.
    const history = await app.http.get('/api/v1/notifications').query({ history: true }).set(clinicManager).expect(200);
    const clinicKinds = history.body.items.filter((n: { roundId: string }) => n.roundId === round.id).map((n: { kind: string; subject: string }) => [n.subject, n.kind]);
    expect(clinicKinds.sort()).toEqual([['round', 'due_soon'], ['round', 'due_soon'], ['round', 'overdue']].sort());
    const mine = await app.http.get('/api/v1/notifications').set(clinicManager).expect(200);
    expect(mine.body.items.filter((n: { roundId: string }) => n.roundId === round.id).map((n: { kind: string }) => n.kind)).toEqual(['overdue']);
    const financeSees = await app.http.get('/api/v1/notifications').query({ kind: 'escalated' }).set(finance).expect(200);
    expect(financeSees.body.items.filter((n: { roundId: string }) => n.roundId === round.id)).toHaveLength(2);

    // A closed round reminds no more.
    await app.http.post(`/api/v1/reporting-rounds/${round.id}/close`).set(finance).expect(200);
    const before = (await remindersOf(round.id)).length;
    await scanTwice(shanghai('2022-06-20T09:00:00'));
    expect((await remindersOf(round.id)).length).toBe(before);
    // And its reminders are resolved: gone from the default list.
    const afterClose = await app.http.get('/api/v1/notifications').set(clinicManager).expect(200);
    expect(afterClose.body.items.filter((n: { roundId: string }) => n.roundId === round.id)).toEqual([]);
  });

  it('reminds of an open problem past its due date once, and again only when its date moves and passes', async () => {
    const [building] = fixture.projects;
    const problem = (await app.http
      .post(`/api/v1/projects/${building.id}/problems`)
      .set(hospitalManager)
      .send({ category: 'approval', description: '环评批复未取得', dueDate: '2022-07-01' })
      .expect(201)).body as { id: string; version: number };
    const remindersOfProblem = async () =>
      (await app.dataSource.query(`SELECT kind, title FROM notifications WHERE problem_id = $1 ORDER BY created_at`, [problem.id])) as { kind: string; title: string }[];

    await scanTwice(shanghai('2022-07-01T12:00:00')); // the due date itself: not yet
    expect(await remindersOfProblem()).toEqual([]);
    await scanTwice(shanghai('2022-07-02T09:00:00'));
    await scanTwice(shanghai('2022-07-03T09:00:00'));
    expect(await remindersOfProblem()).toEqual([{ kind: 'overdue', title: '问题「环评批复未取得」已过解决期限（2022-07-01）' }]);
    const events = async () =>
      (await app.dataSource.query(`SELECT payload FROM outbox_events WHERE aggregate_id = $1 AND event_type = 'problem.overdue'`, [problem.id])) as {
        payload: { problem: { id: string; overdue: boolean; categoryName: string } };
      }[];
    expect((await events()).map((e) => e.payload.problem)).toEqual([expect.objectContaining({ id: problem.id, categoryName: '手续审批' })]);

    // Given more time, it is reminded again when that passes; resolved, never.
    await app.http.patch(`/api/v1/problems/${problem.id}`).set(hospitalManager).set('If-Match', '"1"').send({ dueDate: '2022-08-01' }).expect(200);
    await scanTwice(shanghai('2022-08-02T09:00:00'));
    expect(await remindersOfProblem()).toHaveLength(2);
    await app.http.patch(`/api/v1/problems/${problem.id}`).set(hospitalManager).set('If-Match', '"2"').send({ status: 'resolved', resolution: '已取得', dueDate: '2022-09-01' }).expect(200);
    await scanTwice(shanghai('2022-09-05T09:00:00'));
    expect(await remindersOfProblem()).toHaveLength(2);
    expect(await events()).toHaveLength(2);
    const seen = await app.http.get('/api/v1/notifications').query({ history: true }).set(hospitalManager).expect(200);
    const ofProblem = seen.body.items.filter((n: { problemId: string }) => n.problemId === problem.id);
    expect(ofProblem.map((n: { subject: string }) => n.subject)).toEqual(['problem', 'problem']);
    // Resolved, the problem's reminders leave the default list.
    expect(ofProblem.every((n: { resolvedAt: string | null }) => n.resolvedAt !== null)).toBe(true);
    const current = await app.http.get('/api/v1/notifications').set(hospitalManager).expect(200);
    expect(current.body.items.filter((n: { problemId: string }) => n.problemId === problem.id)).toEqual([]);
  });
});
