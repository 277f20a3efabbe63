import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { IdempotencyRepository } from '../../libs/api-conventions/src/idempotency.repository';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 17: "clients need a safe way to retry any write". `Idempotency-Key` on PATCH and PUT as on POST: a retry
 * with the same key gets the first answer and writes nothing; a claim left by an api that died mid-request is taken
 * over by the same request once its lease has passed, instead of answering "in progress" for ever.
 */
describe('Idempotency-Key on PATCH and PUT', () => {
  let app: TestApp;
  let admin: Record<string, string>;
  let adminKeyId: string;
  let fixture: Awaited<ReturnType<typeof createPortfolioFixture>>;
  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    fixture = await createPortfolioFixture(app.dataSource);
    const key = await createKey(app.dataSource, 'admin');
    admin = bearer(key);
    [{ id: adminKeyId }] = await app.dataSource.query(`SELECT id FROM api_keys WHERE key_prefix = $1`, [key.slice(4, 16)]);
  });
  afterAll(() => app.close());

  const writesAbout = async (id: string) => {
    const [{ audits }] = await app.dataSource.query(`SELECT count(*)::int AS audits FROM audit_log WHERE entity_id = $1`, [id]);
    const [{ events }] = await app.dataSource.query(`SELECT count(*)::int AS events FROM outbox_events WHERE aggregate_id = $1`, [id]);
    return { audits, events };
  };
  const newKey = () => `retry-${randomBytes(6).toString('hex')}`;

  it('a PATCH retried with its key answers as the first did and writes once', async () => {
    const project = fixture.projects[0];
    const read = await app.http.get(`/api/v1/projects/${project.id}`).set(admin).expect(200);
    const before = await writesAbout(project.id);
    const key = newKey();
    const patch = () =>
      app.http.patch(`/api/v1/projects/${project.id}`).set(admin).set('If-Match', String(read.headers.etag)).set('Idempotency-Key', key).send({ landMu: 7.25 });
    const first = await patch().expect(200);
    const retry = await patch().expect(200); // without the key this would be a 412: the version moved on
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect({ body: retry.body, etag: retry.headers.etag }).toEqual({ body: first.body, etag: first.headers.etag });
    expect(first.body.version).toBe(read.body.version + 1);
    const after = await writesAbout(project.id);
    expect(after).toEqual({ audits: before.audits + 1, events: before.events + 1 });
    // The same key for another body is a mistake the client must hear about.
    await app.http.patch(`/api/v1/projects/${project.id}`).set(admin).set('If-Match', String(first.headers.etag)).set('Idempotency-Key', key).send({ landMu: 8 }).expect(422);
  });

  it('a PUT of a month retried with its key answers as the first did', async () => {
    const project = fixture.projects[1];
    const key = newKey();
    const put = () =>
      app.http.put(`/api/v1/projects/${project.id}/progress/2023-04`).set(admin).set('Idempotency-Key', key).send({ completedInvestmentWan: 12.5, disbursedWan: 3 });
    const first = await put();
    expect(first.status).toBeLessThan(300);
    const retry = await put();
    expect({ status: retry.status, body: retry.body, replayed: retry.headers['idempotent-replayed'] }).toEqual({ status: first.status, body: first.body, replayed: 'true' });
  });

  it('takes over a claim its api left in progress once the lease has passed, and not before', async () => {
    const project = fixture.projects[2];
    const read = await app.http.get(`/api/v1/projects/${project.id}`).set(admin).expect(200);
    const body = { floorAreaM2: 1234.5 };
    const path = `/api/v1/projects/${project.id}`;
    // What the interceptor hashes: the method, the URL and the body.
    const hash = createHash('sha256').update(`PATCH ${path}\n${JSON.stringify(body)}`).digest('hex');
    const claim = async (key: string, age: string) =>
      app.dataSource.query(
        `INSERT INTO idempotency_keys (api_key_id, key, request_hash, response_status, created_at) VALUES ($1, $2, $3, 0, now() - $4::interval)`,
        [adminKeyId, key, hash, age],
      );
    const fresh = newKey();
    await claim(fresh, '5 seconds'); // a request still running elsewhere
    await app.http.patch(path).set(admin).set('If-Match', String(read.headers.etag)).set('Idempotency-Key', fresh).send(body).expect(409);
    const abandoned = newKey();
    await claim(abandoned, '1 hour'); // the api that claimed it died before it answered (or was very slow)
    const [{ claim_token: oldToken }] = await app.dataSource.query(`SELECT claim_token FROM idempotency_keys WHERE key = $1`, [abandoned]);
    const taken = await app.http.patch(path).set(admin).set('If-Match', String(read.headers.etag)).set('Idempotency-Key', abandoned).send(body).expect(200);
    expect(taken.body.floorAreaM2).toBe(1234.5);
    const replay = await app.http.patch(path).set(admin).set('If-Match', String(read.headers.etag)).set('Idempotency-Key', abandoned).send(body).expect(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    // The api that held the old claim was only slow: when it finishes, its answer or its failure no longer counts.
    const keys = new IdempotencyRepository(app.dataSource.manager);
    await keys.complete(adminKeyId, abandoned, oldToken, { status: 500, body: { late: true }, location: null });
    await keys.release(adminKeyId, abandoned, oldToken);
    const still = await app.http.patch(path).set(admin).set('If-Match', String(read.headers.etag)).set('Idempotency-Key', abandoned).send(body).expect(200);
    expect(still.body).toEqual(taken.body);
  });
});
