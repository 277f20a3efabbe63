import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue, Worker } from 'bullmq';
import { ApiModule } from '../../apps/api/src/api.module';
import { RETENTION_QUEUE } from '../../libs/operations/src';
import { redisOptions } from '../../libs/platform/src';
import { bearer, createKey } from '../support/fixtures';
import { waitFor } from '../support/processes';
import { startTestApp, type TestApp } from '../support/test-app';
import { deleteQueueKeys } from '../support/queue-keys';
import { TEST_REDIS_URL, testQueuePrefix } from '../support/test-env';

const BOARD = '/admin/queues';

describe('queue board (Bull Board at /admin/queues)', () => {
  let app: TestApp;
  let adminKey: string;
  let viewerKey: string;
  // Queues of their own: a job failed here must not meet another file's workers.
  const prefix = `${testQueuePrefix()}-qb`;

  beforeAll(async () => {
    app = await startTestApp({ env: { QUEUE_PREFIX: prefix }, features: [ApiModule] });
    adminKey = await createKey(app.dataSource, 'admin');
    viewerKey = await createKey(app.dataSource, 'viewer');
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await deleteQueueKeys(prefix);
  });

  it('answers 401 without a key, 403 to a key of another role, and the board to an admin key', async () => {
    const none = await app.http.get(`${BOARD}/`).expect(401);
    expect(none.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    await app.http.get(`${BOARD}/api/queues`).set('Authorization', 'Bearer hct_000000000000_not-a-key').expect(401);
    await app.http.get(`${BOARD}/`).set(bearer(viewerKey)).expect(403);
    await app.http.put(`${BOARD}/api/queues/${RETENTION_QUEUE}/1/retry`).set(bearer(viewerKey)).expect(403);
    const page = await app.http.get(`${BOARD}/`).set(bearer(adminKey)).expect(200);
    expect(page.text).toContain('<base href="/admin/queues/"');
    expect(page.headers['cache-control']).toBe('no-store');
  });

  it('signs a browser in with the key through a form, into a signed cookie for the board only', async () => {
    await app.http.get(`${BOARD}/login`).expect(200).expect('Content-Type', /html/);
    await app.http.post(`${BOARD}/login`).type('form').send({ key: 'hct_000000000000_not-a-key' }).expect(401);
    await app.http.post(`${BOARD}/login`).type('form').send({ key: viewerKey }).expect(403);
    const signedIn = await app.http.post(`${BOARD}/login`).type('form').send({ key: adminKey }).expect(303);
    expect(signedIn.headers.location).toBe(`${BOARD}/`);
    const setCookie = String(signedIn.headers['set-cookie']);
    expect(setCookie).toMatch(/^hct_board=[A-Za-z0-9]{12}\.\d+\.[A-Za-z0-9_-]{43}; Path=\/admin\/queues; Max-Age=1800; HttpOnly; SameSite=Strict/);
    const cookie = setCookie.split(';')[0];
    // The secret is the 43 characters after `hct_<prefix>_`; it may itself hold `_`, so never split on it.
    const adminSecret = adminKey.slice('hct_'.length + 12 + 1);
    expect(adminSecret).toHaveLength(43);
    expect(cookie).not.toContain(adminSecret);

    await app.http.get(`${BOARD}/api/queues`).set('Cookie', cookie).expect(200);
    // The cookie is no API key, and a forged or altered one is refused.
    await app.http.get('/api/v1/me').set('Cookie', cookie).expect(401);
    const [prefix, expires, mac] = cookie.slice('hct_board='.length).split('.');
    await app.http.get(`${BOARD}/api/queues`).set('Cookie', `hct_board=${prefix}.${Number(expires) + 86_400}.${mac}`).expect(401);
    await app.http.get(`${BOARD}/api/queues`).set('Cookie', `hct_board=${prefix}.${expires}.${'A'.repeat(43)}`).expect(401);
    // Revoking the key ends its sessions.
    await app.dataSource.query(`UPDATE api_keys SET revoked_at = now() WHERE key_prefix = $1`, [prefix]);
    await app.http.get(`${BOARD}/api/queues`).set('Cookie', cookie).expect(401);
  });

  it("lists the application's queues and a failed job with its error, and retries it", async () => {
    const admin = bearer(await createKey(app.dataSource, 'admin'));
    const queue = app.app.get<Queue>(getQueueToken(RETENTION_QUEUE), { strict: false });
    const connection = { connection: redisOptions(TEST_REDIS_URL), prefix };
    let fail = true;
    const worker = new Worker(
      RETENTION_QUEUE,
      async () => {
        if (fail) throw new Error('relation "outbox_events" does not exist (a test failure)');
        return 'pruned';
      },
      connection,
    );
    try {
      const job = await queue.add('prune', {}, { attempts: 1 });
      await waitFor(async () => (await job.getState()) === 'failed', { what: 'the job to fail' });

      const listing = await app.http.get(`${BOARD}/api/queues`).query({ activeQueue: RETENTION_QUEUE, status: 'failed', page: '1' }).set(admin).expect(200);
      const names = (listing.body.queues as { name: string }[]).map((q) => q.name);
      expect(names).toEqual(expect.arrayContaining(['events', 'reminders', 'retention', 'rollups', 'rounds', 'webhooks']));
      const retention = listing.body.queues.find((q: { name: string }) => q.name === RETENTION_QUEUE);
      expect(retention.counts.failed).toBe(1);
      expect(retention.jobs).toEqual([expect.objectContaining({ id: job.id, failedReason: 'relation "outbox_events" does not exist (a test failure)' })]);

      fail = false;
      await app.http.put(`${BOARD}/api/queues/${RETENTION_QUEUE}/${job.id}/retry`).set(admin).expect(204);
      await waitFor(async () => (await queue.getJob(job.id!))?.returnvalue === 'pruned', { what: 'the retried job to complete' });
      expect(await queue.getJobState(job.id!)).toBe('completed');
    } finally {
      await worker.close();
    }
  });
});

describe('queue board under the rate limit', () => {
  let app: TestApp;
  const prefix = `${testQueuePrefix()}-qbl`;
  beforeAll(async () => {
    app = await startTestApp({ env: { QUEUE_PREFIX: prefix, RATE_LIMIT_PER_MINUTE: '3' }, features: [ApiModule] });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await deleteQueueKeys(prefix);
  });

  it('counts sign-in attempts and board requests by address, and answers 429 beyond the limit, in Chinese if asked', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.http.post(`${BOARD}/login`).type('form').send({ key: `hct_guess${i}` })).status);
    expect(statuses.every((status) => status !== 429)).toBe(true);
    const limited = await app.http.get(`${BOARD}/`).set('Accept-Language', 'zh-CN').expect(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.body).toMatchObject({ status: 429, title: '请求过于频繁' });
    expect(limited.body.detail).toMatch(/每分钟 3 次/);
  });
});
