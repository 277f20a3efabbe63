import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { WebhookDeliveryProcessor } from '../../libs/webhooks/src/jobs/webhook-delivery.processor';
import { WEBHOOKS_QUEUE } from '../../libs/webhooks/src/jobs/webhook-jobs';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { waitFor } from '../support/processes';
import { startTestApp, startTestAppOnFreshDatabase, type TestApp } from '../support/test-app';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A local receiver that answers with whatever `respond` decides for each request. */
async function startReceiver(respond: (count: number) => number | 'hang'): Promise<{ url: string; received: Received[]; server: Server; abandoned: { count: number } }> {
  const received: Received[] = [];
  const abandoned = { count: 0 }; // hanging requests the tracker has given up on (closed without an answer)
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const answer = respond(received.length);
      if (answer === 'hang') {
        res.on('close', () => abandoned.count++);
        return; // never answers: the tracker must give up after 5 s
      }
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/hook`, received, server, abandoned };
}

/** A delivery created and last touched an hour ago, still pending: what the recovery sweep looks for. */
async function insertStaleDelivery(app: TestApp, subscriptionId: string): Promise<{ id: string; event_id: string }> {
  const [delivery] = await app.dataSource.query(
    `INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, payload, created_at, updated_at)
     VALUES ($1, gen_random_uuid(), 'project.updated', '{"type":"project.updated"}', now() - interval '1 hour', now() - interval '1 hour')
     RETURNING id, event_id`,
    [subscriptionId],
  );
  return delivery;
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
    const delivery = await insertStaleDelivery(app, subscription.id);
    const recovered = await app.app.get(WebhookDeliveryProcessor).recoverLostDeliveries();
    expect(recovered).toBeGreaterThanOrEqual(1);
    await waitFor(() => receiver.received.some((r) => r.headers['x-event-id'] === delivery.event_id), { what: 'the recovered delivery' });
    await waitFor(
      async () => (await app.dataSource.query(`SELECT status FROM webhook_deliveries WHERE id = $1`, [delivery.id]))[0].status === 'succeeded',
      { what: 'the delivery to be recorded as succeeded' },
    );
  });

  it('schedules again a delivery whose job ended without settling it (the finished job no longer swallows the new one)', async () => {
    const receiver = await startReceiver(() => 200);
    servers.push(receiver.server);
    const subscription = await subscribe(receiver.url);
    const delivery = await insertStaleDelivery(app, subscription.id);
    // A job under the delivery's id that failed for good without recording anything (its data cannot be read).
    const queue = app.app.get<Queue>(getQueueToken(WEBHOOKS_QUEUE), { strict: false });
    await queue.add('deliver', { deliveryId: 'not-a-delivery' }, { jobId: `delivery-${delivery.id}`, attempts: 1 });
    await waitFor(async () => (await queue.getJob(`delivery-${delivery.id}`))?.failedReason !== undefined, { what: 'the job to fail' });
    await app.app.get(WebhookDeliveryProcessor).recoverLostDeliveries();
    await waitFor(() => receiver.received.some((r) => r.headers['x-event-id'] === delivery.event_id), { what: 'the recovered delivery' });
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

  it('lists a dead delivery, and an admin retry sends it again once, to a receiver now answering 200', async () => {
    let answer = 500;
    const receiver = await startReceiver(() => answer);
    servers.push(receiver.server);
    const created = await subscribe(receiver.url);
    await touchProject();
    const deadOnes = async () => (await app.http.get(`/api/v1/webhooks/${created.id}/deliveries`).query({ status: 'dead' }).set(admin).expect(200)).body.items;
    await waitFor(async () => (await deadOnes()).length === 1, { what: 'the dead letter' });
    const [dead] = await deadOnes();
    expect(dead).toMatchObject({ status: 'dead', attempts: 3, lastStatusCode: 500 });
    const retryPath = `/api/v1/webhooks/${created.id}/deliveries/${dead.id}/retry`;

    await app.http.post(retryPath).expect(401);
    await app.http.post(retryPath).set(bearer(await createKey(app.dataSource, 'finance'))).expect(403);
    await app.http.post(`/api/v1/webhooks/${created.id}/deliveries/00000000-0000-4000-8000-000000000000/retry`).set(admin).expect(404);
    expect(receiver.received).toHaveLength(3);

    answer = 200;
    // Two admins at once: one retry queues it, the other finds it no longer dead.
    const [first, second] = await Promise.all([app.http.post(retryPath).set(admin), app.http.post(retryPath).set(admin)]);
    expect([first.status, second.status].sort()).toEqual([202, 409]);
    const accepted = first.status === 202 ? first : second;
    expect(accepted.body).toMatchObject({ id: dead.id, status: 'pending', attempts: 3 });

    const deliveryOf = async () =>
      (await app.http.get(`/api/v1/webhooks/${created.id}/deliveries`).set(admin).expect(200)).body.items.find((d: { id: string }) => d.id === dead.id);
    await waitFor(async () => (await deliveryOf()).status === 'succeeded', { what: 'the retried delivery to succeed' });
    const delivered = await deliveryOf();
    expect(delivered).toMatchObject({ attempts: 4, lastStatusCode: 200 });
    expect(delivered.attemptLog.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 500, 500, 200]);
    expect(receiver.received.map((r) => r.headers['x-event-id'])).toEqual(Array(4).fill(dead.eventId));
    // Succeeded now, so a further retry is refused and nothing more is sent.
    await app.http.post(retryPath).set(admin).expect(409);
    expect(await deadOnes()).toEqual([]);

    const audit = await app.http.get('/api/v1/audit').query({ entityType: 'webhook_delivery', entityId: dead.id }).set(admin).expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ action: 'retry', before: expect.objectContaining({ status: 'dead' }), after: expect.objectContaining({ status: 'pending', jobId: expect.any(String) }) }),
    ]);
  });

  it('does not let a hanging receiver delay another subscriber', async () => {
    const hanging = await startReceiver(() => 'hang');
    const healthy = await startReceiver(() => 200);
    servers.push(hanging.server, healthy.server);
    await subscribe(hanging.url);
    await subscribe(healthy.url);
    const before = healthy.received.length;
    await touchProject();
    await waitFor(() => healthy.received.length > before, { what: 'the healthy receiver' });
    // Had the deliveries waited for each other, the healthy one would come only after the tracker gave up on the
    // hanging one (its 5 s timeout). It came while that request was still open.
    expect(hanging.abandoned.count).toBe(0);
    await waitFor(() => hanging.received.length > 0, { what: 'the hanging receiver to be called too' });
  });

  it('refuses receivers on private or loopback addresses unless the deployment allows them', async () => {
    const strict = await startTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false' } });
    try {
      const key = bearer(await createKey(strict.dataSource, 'admin'));
      const refused = [
        'http://127.0.0.1:8080/x',
        'http://10.1.2.3/x',
        'http://169.254.169.254/latest',
        'http://[::1]/x',
        'http://localhost/x',
        'ftp://example.com/x',
        // The IPv6 forms that lead to a private IPv4 address, and the deprecated site-local range.
        'http://[::ffff:127.0.0.1]/x',
        'http://[::7f00:1]/x',
        'http://[64:ff9b::a00:1]/x',
        'http://[2002:c0a8:101::1]/x',
        'http://[fec0::1]/x',
        'http://[fd00::1]/x',
      ];
      for (const url of refused) {
        const response = await strict.http.post('/api/v1/webhooks').set(key).send({ url, events: ['project.updated'] });
        expect({ url, status: response.status, field: response.body.errors?.[0].field }).toEqual({ url, status: 400, field: 'url' });
      }
      // Public receivers, IPv4 (refused by the old rule ::ffff:0:0/96, which matched every IPv4 address) and IPv6.
      for (const url of ['http://8.8.8.8/hook', 'https://[2001:4860:4860::8888]/hook', 'http://[::ffff:8.8.8.8]/hook']) {
        const response = await strict.http.post('/api/v1/webhooks').set(key).send({ url, events: ['project.updated'], active: false });
        expect({ url, status: response.status }).toEqual({ url, status: 201 });
      }
    } finally {
      await strict.close();
    }
  });

  it('refuses a private IP-literal receiver at delivery time too, when the subscription predates the rule', async () => {
    // A deployment that allowed private targets, then stopped: its old subscriptions are checked at every connection.
    const strict = await startTestAppOnFreshDatabase('webhooks_strict', {
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false',
      WEBHOOK_MAX_ATTEMPTS: '1',
      RATE_LIMIT_PER_MINUTE: '100000',
      // Queues of its own: the other app's worker, on another database, must not take these jobs.
      QUEUE_PREFIX: `hct-strict-${process.pid}`,
    });
    let connections = 0;
    const receiver = await startReceiver(() => 204);
    receiver.server.on('connection', () => (connections += 1));
    servers.push(receiver.server);
    try {
      const key = bearer(await createKey(strict.dataSource, 'admin'));
      const { projects } = await createPortfolioFixture(strict.dataSource);
      const port = new URL(receiver.url).port;
      const urls = [receiver.url, `http://[::ffff:127.0.0.1]:${port}/hook`];
      const subscriptions: { id: string }[] = [];
      for (const url of urls) {
        const [row] = await strict.dataSource.query(
          `INSERT INTO webhook_subscriptions (url, events, secret, active) VALUES ($1, '{project.updated}', 'a-secret-of-sixteen+', true) RETURNING id`,
          [url],
        );
        subscriptions.push(row);
      }
      await strict.http.patch(`/api/v1/projects/${projects[0].id}`).set(key).set('If-Match', '"1"').send({ remark: '投递时检查' }).expect(200);
      const deliveries = () =>
        strict.dataSource.query(`SELECT subscription_id, status, last_error FROM webhook_deliveries WHERE subscription_id = ANY($1::uuid[])`, [
          subscriptions.map((s) => s.id),
        ]);
      await waitFor(async () => (await deliveries()).filter((d: { status: string }) => d.status === 'dead').length === 2, { what: 'both deliveries refused' }).catch(async (error: Error) => {
        const events = await strict.dataSource.query(`SELECT event_type, published_at, handled_at FROM outbox_events ORDER BY id`);
        throw new Error(`${error.message}; deliveries ${JSON.stringify(await deliveries())}; events ${JSON.stringify(events)}`);
      });
      for (const delivery of await deliveries()) expect(delivery.last_error).toMatch(/^refused: .*loopback/);
      expect(receiver.received).toEqual([]);
      expect(connections).toBe(0);
    } finally {
      await strict.close();
    }
  });

  it('records webhook.created, webhook.updated and webhook.deleted in the transaction of the change, never with the secret', async () => {
    const secret = 'first-secret-never-in-an-event';
    const newSecret = 'second-secret-never-in-an-event';
    const created = (
      await app.http.post('/api/v1/webhooks').set(admin).send({ url: 'http://127.0.0.1:9/events', events: ['project.updated'], secret, active: false }).expect(201)
    ).body;
    const view = (await app.http.get(`/api/v1/webhooks/${created.id}`).set(admin).expect(200)).body;
    // now() is the time its transaction started, to the microsecond: rows written at the same now() were written together.
    const outbox = () =>
      app.dataSource.query(`SELECT event_type, aggregate_type, project_id, payload, created_at::text AS tx FROM outbox_events WHERE aggregate_id = $1 ORDER BY id`, [
        created.id,
      ]);
    const auditTrail = () =>
      app.dataSource.query(`SELECT action, occurred_at::text AS tx FROM audit_log WHERE entity_type = 'webhook' AND entity_id = $1 ORDER BY id`, [created.id]);
    const rowTx = async () => (await app.dataSource.query(`SELECT updated_at::text AS tx FROM webhook_subscriptions WHERE id = $1`, [created.id]))[0].tx as string;

    let events = await outbox();
    expect(events).toEqual([{ event_type: 'webhook.created', aggregate_type: 'webhook', project_id: null, payload: { webhook: view }, tx: await rowTx() }]);
    expect((await auditTrail()).map((a: { tx: string }) => a.tx)).toEqual([events[0].tx]);

    // A refused change writes no event.
    await app.http.patch(`/api/v1/webhooks/${created.id}`).set(admin).set('If-Match', '"7"').send({ events: ['milestone.overdue'] }).expect(412);
    expect(await outbox()).toHaveLength(1);

    const updated = (
      await app.http.patch(`/api/v1/webhooks/${created.id}`).set(admin).set('If-Match', '"1"').send({ events: ['milestone.overdue'], secret: newSecret }).expect(200)
    ).body;
    expect(updated).toMatchObject({ events: ['milestone.overdue'], version: 2 });
    expect(updated.secret).toBeUndefined();
    events = await outbox();
    expect(events[1]).toEqual({ event_type: 'webhook.updated', aggregate_type: 'webhook', project_id: null, payload: { webhook: updated, previous: view }, tx: await rowTx() });

    await app.http.delete(`/api/v1/webhooks/${created.id}`).set(admin).set('If-Match', '"2"').expect(204);
    events = await outbox();
    expect(events.map((e: { event_type: string }) => e.event_type)).toEqual(['webhook.created', 'webhook.updated', 'webhook.deleted']);
    expect(events[2].payload).toEqual({ webhook: updated });
    const audit = await auditTrail();
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update', 'delete']);
    expect(audit.map((a: { tx: string }) => a.tx)).toEqual(events.map((e: { tx: string }) => e.tx));

    for (const event of events) expect(Object.keys(event.payload.webhook).sort()).toEqual(['active', 'createdAt', 'events', 'id', 'url', 'version']);
    const written = JSON.stringify(await app.dataSource.query(`SELECT payload FROM outbox_events UNION ALL SELECT to_jsonb(a) FROM audit_log a`));
    expect(written).not.toContain(secret);
    expect(written).not.toContain(newSecret);

    // Kept to the outbox and the audit trail: subscriptions cannot ask for them.
    const refused = await app.http.post('/api/v1/webhooks').set(admin).send({ url: 'http://127.0.0.1:9/events', events: ['webhook.created'] }).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['events']);
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
