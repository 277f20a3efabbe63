import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { createServer, type ServerResponse, type Server } from 'node:http';
import { resolve } from 'node:path';
import { ApiModule } from '../../apps/api/src/api.module';
import { signature } from '../../libs/webhooks/src/jobs/send-webhook';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { cleanEnv, startProcess, waitFor, type RunningProcess } from '../support/processes';
import { startTestAppOnFreshDatabase, type TestApp } from '../support/test-app';
import { TEST_REDIS_URL } from '../support/test-env';

interface Arrival {
  eventId: string;
  signature: string;
  body: string;
}

describe('a worker killed while it delivers a webhook', () => {
  // Workers of their own, on a queue prefix of their own, so no other test's worker takes the job.
  const prefix = `hct-kill-${randomBytes(3).toString('hex')}`;
  let app: TestApp;
  let receiver: Server;
  let receiverUrl: string;
  const arrivals: Arrival[] = [];
  const held: ServerResponse[] = [];
  const workers: RunningProcess[] = [];
  const startWorker = () => {
    const worker = startProcess(
      'node',
      [resolve('dist/apps/worker/src/main.js')],
      cleanEnv({
        DATABASE_URL: app.runtime.databaseUrl,
        REDIS_URL: TEST_REDIS_URL,
        QUEUE_PREFIX: prefix,
        WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
        LOG_LEVEL: 'info',
      }),
    );
    workers.push(worker);
    return worker;
  };

  beforeAll(async () => {
    // The api alone in this process (it only writes the outbox); the worker runs as a child process to be killed.
    // A database of its own, so that only this test's event reaches the receiver.
    app = await startTestAppOnFreshDatabase('worker_kill', { QUEUE_PREFIX: prefix, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }, [ApiModule]);
    // The first delivery is held without an answer (the worker is killed while it waits); later ones get 200.
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        arrivals.push({ eventId: String(req.headers['x-event-id']), signature: String(req.headers['x-signature']), body });
        if (arrivals.length === 1) held.push(res);
        else res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;
  });
  afterAll(async () => {
    for (const worker of workers) worker.child.kill('SIGKILL');
    for (const res of held) res.destroy();
    receiver?.closeAllConnections();
    receiver?.close();
    await app?.close();
  });

  it('delivers the event after a restart, with the same X-Event-Id, and records one successful attempt', async () => {
    const admin = bearer(await createKey(app.dataSource, 'admin'));
    const fixture = await createPortfolioFixture(app.dataSource);
    const projectId = fixture.projects[1].id as string;
    const subscription = await app.http.post('/api/v1/webhooks').set(admin).send({ url: receiverUrl, events: ['project.updated'] }).expect(201);
    const secret: string = subscription.body.secret;

    const first = startWorker();
    await waitFor(() => first.output().includes('worker started'), { what: 'the first worker' });
    await app.http.patch(`/api/v1/projects/${projectId}`).set(admin).set('If-Match', '"1"').send({ investmentWan: 10024.5 }).expect(200);
    const [event] = await app.dataSource.query(
      `SELECT event_id FROM outbox_events WHERE aggregate_id = $1 AND event_type = 'project.updated'`,
      [projectId],
    );

    // The delivery is in flight: the receiver has the request and has not answered.
    await waitFor(() => arrivals.length === 1, { what: 'the first delivery attempt to arrive' });
    expect(arrivals[0].eventId).toBe(event.event_id);
    first.child.kill('SIGKILL');
    await first.exited;
    const [inFlight] = await app.dataSource.query(`SELECT status, attempts FROM webhook_deliveries WHERE subscription_id = $1`, [
      subscription.body.id,
    ]);
    expect(inFlight).toEqual({ status: 'pending', attempts: 0 });

    const second = startWorker();
    // BullMQ hands the dead worker's job to the new one when its lock expires (30 s).
    await waitFor(
      async () => {
        const [row] = await app.dataSource.query(`SELECT status FROM webhook_deliveries WHERE subscription_id = $1`, [subscription.body.id]);
        return row?.status === 'succeeded';
      },
      { timeoutMs: 100_000, intervalMs: 500, what: 'the delivery to succeed after the restart' },
    );
    expect(second.output()).toMatch(/worker started/);

    // At least once: the receiver saw the event twice, with the same id (its key for deduplication), both signed.
    expect(arrivals.map((a) => a.eventId)).toEqual([event.event_id, event.event_id]);
    for (const arrival of arrivals) expect(arrival.signature).toBe(signature(secret, arrival.body));
    expect(JSON.parse(arrivals[1].body)).toMatchObject({ id: event.event_id, type: 'project.updated' });
    const attempts = await app.dataSource.query(
      `SELECT a.status_code FROM webhook_delivery_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id WHERE d.subscription_id = $1`,
      [subscription.body.id],
    );
    expect(attempts).toEqual([{ status_code: 200 }]);
  }, 150_000);
});
