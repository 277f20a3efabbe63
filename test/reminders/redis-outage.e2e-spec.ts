import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { ReminderScan } from '../../libs/notifications/src/jobs/reminder-scan';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { freePort, startRedisServer, waitFor, type RunningProcess } from '../support/processes';
import { startTestAppOnFreshDatabase, type TestApp } from '../support/test-app';

describe('while Redis is away', () => {
  let redis: RunningProcess;
  let redisPort: number;
  let app: TestApp;
  let receiver: Server;
  const received: { eventId: string; type: string }[] = [];
  let receiverUrl: string;
  beforeAll(async () => {
    redisPort = await freePort();
    redis = await startRedisServer(redisPort);
    // A database of its own: it counts deliveries, and no other file's events may reach its receiver.
    app = await startTestAppOnFreshDatabase('redis_outage', { REDIS_URL: `redis://127.0.0.1:${redisPort}`, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ eventId: String(req.headers['x-event-id']), type: JSON.parse(body).type });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;
  });
  afterAll(async () => {
    await app?.close(); // before Redis goes: closing the queues needs it
    redis?.child.kill('SIGKILL');
    receiver.closeAllConnections();
    receiver.close();
  });

  it('accepts writes, and afterwards delivers every reminder, rollup and webhook exactly once', async () => {
    const admin = bearer(await createKey(app.dataSource, 'admin'));
    const fixture = await createPortfolioFixture(app.dataSource);
    await app.http
      .post('/api/v1/webhooks')
      .set(admin)
      .send({ url: receiverUrl, events: ['project.updated', 'milestone.overdue'] })
      .expect(201);
    const [milestone] = await app.dataSource.query(
      `INSERT INTO milestones (project_id, kind, name, planned_date) VALUES ($1, 'permit', '施工许可', '2024-01-10') RETURNING id`,
      [fixture.projects[0].id],
    );

    redis.child.kill('SIGTERM');
    await redis.exited;
    expect((await app.http.get('/api/v1/health').expect(503)).body).toMatchObject({ queue: 'down', db: 'ok' });

    let version = 1;
    for (const investmentWan of [12001, 12002.5, 12003.75]) {
      const response = await app.http
        .patch(`/api/v1/projects/${fixture.projects[0].id}`)
        .set(admin)
        .set('If-Match', `"${version}"`)
        .send({ investmentWan })
        .expect(200);
      version = response.body.version;
    }
    // A scan during the outage still records its reminders; their events wait in the outbox.
    const scanned = await app.app.get(ReminderScan).scan(new Date('2024-02-01T02:00:00Z'));
    expect(scanned.created).toBeGreaterThan(0);
    const waiting = await app.dataSource.query(
      `SELECT event_id, event_type FROM outbox_events WHERE published_at IS NULL AND (aggregate_id = $1 OR aggregate_id = $2)`,
      [fixture.projects[0].id, milestone.id],
    );
    expect(waiting.map((e: { event_type: string }) => e.event_type).sort()).toEqual(
      expect.arrayContaining(['milestone.overdue', 'project.updated', 'project.updated', 'project.updated']),
    );

    redis = await startRedisServer(redisPort);
    const expected = waiting
      .filter((e: { event_type: string }) => ['project.updated', 'milestone.overdue'].includes(e.event_type))
      .map((e: { event_id: string }) => e.event_id)
      .sort();
    await waitFor(() => expected.every((id: string) => received.some((r) => r.eventId === id)), { what: 'every webhook' });
    await waitFor(
      async () => {
        const totals = await app.http.get('/api/v1/finance/totals').query({ groupBy: 'plan', planId: fixture.plan.id }).set(admin);
        return totals.body.source === 'rollup' && totals.body.total.investmentWan === 12003.75 + 10024 + 10200;
      },
      { what: 'the rollup' },
    );
    await new Promise((resolve) => setTimeout(resolve, 500)); // a moment for any duplicate to show up
    const deliveredIds = received.map((r) => r.eventId).filter((id) => expected.includes(id)).sort();
    expect(deliveredIds).toEqual(expected);
    const notifications = await app.dataSource.query(`SELECT kind FROM notifications WHERE milestone_id = $1`, [milestone.id]);
    expect(notifications.map((n: { kind: string }) => n.kind).sort()).toEqual(['escalated', 'overdue']);
  }, 90_000);
});
