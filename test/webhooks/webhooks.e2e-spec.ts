import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { WebhookDeliveryProcessor } from '../../libs/webhooks/src/delivery/webhook-delivery.processor';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { waitFor } from '../support/processes';
import { startTestApp, startTestAppOnFreshDatabase, type TestApp } from '../support/test-app';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A local receiver that answers with whatever `respond` decides for each request. */
async function startReceiver(respond: (count: number) => number | 'hang'): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const answer = respond(received.length);
      if (answer === 'hang') return; // never answers: the tracker must give up after 5 s
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/hook`, received, server };
}

describe('webhooks', () => {
  let app: TestApp;
  let admin: Record<string, string>;
  let fixture: Awaited<ReturnType<typeof createPortfolioFixture>>;
  const servers: Server[] = [];
  beforeAll(async () => {
    // A database of its own: receivers count what they get, and no other file's events may reach them.
    app = await startTestAppOnFreshDatabase('webhooks', {
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      WEBHOOK_MAX_ATTEMPTS: '3',
      WEBHOOK_RETRY_BASE_MS: '50',
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    admin = bearer(await createKey(app.dataSource, 'admin'));
    fixture = await createPortfolioFixture(app.dataSource);
  });
  afterAll(async () => {
    for (const server of servers) server.closeAllConnections();
    await app.close();
    for (const server of servers) server.close();
  });

  const subscribe = async (url: string, secret?: string) =>
    (await app.http.post('/api/v1/webhooks').set(admin).send({ url, events: ['project.updated'], ...(secret ? { secret } : {}) }).expect(201)).body;

  let projectVersion = 1;
  const touchProject = async () => {
    const project = fixture.projects[0];
    const response = await app.http
      .patch(`/api/v1/projects/${project.id}`)
      .set(admin)
      .set('If-Match', `"${projectVersion}"`)
      .send({ remark: `变更${projectVersion}` })
      .expect(200);
    projectVersion = response.body.version;
  };

  it('delivers signed events to a receiver, once each', async () => {
    const receiver = await startReceiver(() => 204);
    servers.push(receiver.server);
    const created = await subscribe(receiver.url);
    expect(created.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const fetched = await app.http.get(`/api/v1/webhooks/${created.id}`).set(admin).expect(200);
    expect(fetched.body.secret).toBeUndefined();

    await touchProject();
    await waitFor(() => receiver.received.length === 1, { what: 'the delivery' }).catch(async (error: Error) => {
      // Say where the event stopped (relay, routing or delivery), so a failure here can be diagnosed from the log.
      const events = await app.dataSource.query(`SELECT event_type, published_at, handled_at FROM outbox_events ORDER BY id`);
      const deliveries = await app.dataSource.query(`SELECT status, attempts, last_error FROM webhook_deliveries`);
      throw new Error(`${error.message}; received ${receiver.received.length}; outbox ${JSON.stringify(events)}; deliveries ${JSON.stringify(deliveries)}`);
    });
    const [delivery] = receiver.received;
    const expected = `sha256=${createHmac('sha256', created.secret).update(delivery.body).digest('hex')}`;
    expect(delivery.headers['x-signature']).toBe(expected);
    const body = JSON.parse(delivery.body);
    expect(body).toMatchObject({ type: 'project.updated', id: delivery.headers['x-event-id'] });
    expect(body.data.project.id).toBe(fixture.projects[0].id);
    expect(Number(delivery.headers['x-timestamp'])).toBeGreaterThan(Date.now() / 1000 - 60);
    const [event] = await app.dataSource.query(`SELECT event_id FROM outbox_events WHERE event_id = $1`, [body.id]);
    expect(event).toBeDefined();

    const deliveries = await app.http.get(`/api/v1/webhooks/${created.id}/deliveries`).set(admin).expect(200);
    expect(deliveries.body.items).toEqual([
      expect.objectContaining({ eventId: body.id, status: 'succeeded', attempts: 1, lastStatusCode: 204, attemptLog: [expect.objectContaining({ statusCode: 204 })] }),
    ]);
    // The same event relayed again (as after a crash) is not delivered twice.
    await app.dataSource.query(`UPDATE outbox_events SET published_at = NULL WHERE event_id = $1`, [body.id]);
    await waitFor(async () => (await app.dataSource.query(`SELECT published_at FROM outbox_events WHERE event_id = $1`, [body.id]))[0].published_at !== null, { what: 'the re-relay' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(1);
  });

  it('publishes again an event the queue lost, and marks it handled once routed', async () => {
    const receiver = await startReceiver(() => 204);
    servers.push(receiver.server);
    await subscribe(receiver.url);
    // As if relayed an hour ago into a Redis that then restarted without persistence: no job exists for it.
    const [lost] = await app.dataSource.query(
      `INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, project_id, payload, published_at)
       VALUES ('project.updated', 'project', $1::text, $1::uuid, $2, now() - interval '1 hour') RETURNING event_id`,
      [fixture.projects[0].id, JSON.stringify({ project: { id: fixture.projects[0].id } })],
    );
    await waitFor(() => receiver.received.some((r) => r.headers['x-event-id'] === lost.event_id), { what: 'the lost event to be delivered' });
    await waitFor(
      async () => (await app.dataSource.query(`SELECT handled_at FROM outbox_events WHERE event_id = $1`, [lost.event_id]))[0].handled_at !== null,
      { what: 'the event to be marked handled' },
    );
    expect(receiver.received.filter((r) => r.headers['x-event-id'] === lost.event_id)).toHaveLength(1);
  });

  it('schedules again a delivery whose job the queue lost', async () => {
    const receiver = await startReceiver(() => 200);
    servers.push(receiver.server);
    const subscription = await subscribe(receiver.url);
    // A delivery created an hour ago whose job never ran (a Redis restarted without persistence).
    const [delivery] = await app.dataSource.query(
      `INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, payload, created_at, updated_at)
       VALUES ($1, gen_random_uuid(), 'project.updated', '{"type":"project.updated"}', now() - interval '1 hour', now() - interval '1 hour')
       RETURNING id, event_id`,
      [subscription.id],
    );
    const recovered = await app.app.get(WebhookDeliveryProcessor).recoverLostDeliveries();
    expect(recovered).toBeGreaterThanOrEqual(1);
    await waitFor(() => receiver.received.some((r) => r.headers['x-event-id'] === delivery.event_id), { what: 'the recovered delivery' });
    await waitFor(
      async () => (await app.dataSource.query(`SELECT status FROM webhook_deliveries WHERE id = $1`, [delivery.id]))[0].status === 'succeeded',
      { what: 'the delivery to be recorded as succeeded' },
    );
  });

  it('retries a failing receiver with backoff, then dead-letters the delivery', async () => {
    const receiver = await startReceiver(() => 500);
    servers.push(receiver.server);
    const created = await subscribe(receiver.url, 'a-secret-of-enough-length');
    await touchProject();
    await waitFor(async () => {
      const deliveries = await app.http.get(`/api/v1/webhooks/${created.id}/deliveries`).set(admin);
      return deliveries.body.items[0]?.status === 'dead';
    }, { what: 'the dead letter' });
    expect(receiver.received).toHaveLength(3);
    const deliveries = await app.http.get(`/api/v1/webhooks/${created.id}/deliveries`).set(admin).expect(200);
    expect(deliveries.body.items[0]).toMatchObject({ attempts: 3, lastStatusCode: 500 });
    expect(deliveries.body.items[0].attemptLog.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 500, 500]);
  });

  it('does not let a hanging receiver delay another subscriber', async () => {
    const hanging = await startReceiver(() => 'hang');
    const healthy = await startReceiver(() => 200);
    servers.push(hanging.server, healthy.server);
    await subscribe(hanging.url);
    await subscribe(healthy.url);
    const before = healthy.received.length;
    const started = Date.now();
    await touchProject();
    await waitFor(() => healthy.received.length > before, { what: 'the healthy receiver' });
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('refuses receivers on private or loopback addresses unless the deployment allows them', async () => {
    const strict = await startTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false' } });
    try {
      const key = bearer(await createKey(strict.dataSource, 'admin'));
      for (const url of ['http://127.0.0.1:8080/x', 'http://10.1.2.3/x', 'http://169.254.169.254/latest', 'http://[::1]/x', 'http://localhost/x', 'ftp://example.com/x']) {
        const response = await strict.http.post('/api/v1/webhooks').set(key).send({ url, events: ['project.updated'] }).expect(400);
        expect({ url, field: response.body.errors[0].field }).toEqual({ url, field: 'url' });
      }
    } finally {
      await strict.close();
    }
  });

  it('validates subscriptions and requires If-Match to change them', async () => {
    const bad = await app.http.post('/api/v1/webhooks').set(admin).send({ url: 'http://127.0.0.1/x', events: ['project.exploded'], secret: 'short' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['events', 'secret']);
    const receiver = await startReceiver(() => 200);
    servers.push(receiver.server);
    const created = await subscribe(receiver.url);
    await app.http.patch(`/api/v1/webhooks/${created.id}`).set(admin).send({ active: false }).expect(428);
    const updated = await app.http.patch(`/api/v1/webhooks/${created.id}`).set(admin).set('If-Match', '"1"').send({ active: false }).expect(200);
    expect(updated.body).toMatchObject({ active: false, version: 2 });
    await app.http.delete(`/api/v1/webhooks/${created.id}`).set(admin).set('If-Match', '"2"').expect(204);
    const viewer = bearer(await createKey(app.dataSource, 'viewer'));
    await app.http.get('/api/v1/webhooks').set(viewer).expect(403);
  });
});
