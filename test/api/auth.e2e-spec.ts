import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

describe('authentication and authorisation', () => {
  let app: TestApp;
  let fixture: Awaited<ReturnType<typeof createPortfolioFixture>>;
  const keys: Record<string, string> = {};
  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '1000' } });
    fixture = await createPortfolioFixture(app.dataSource);
    keys.admin = await createKey(app.dataSource, 'admin');
    keys.finance = await createKey(app.dataSource, 'finance');
    keys.viewer = await createKey(app.dataSource, 'viewer');
    keys.manager = await createKey(app.dataSource, 'manager', [fixture.hospital.id]);
  });
  afterAll(() => app.close());

  it.each([
    ['no header', {}],
    ['another scheme', { Authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
    ['a malformed key', { Authorization: 'Bearer nope' }],
    ['an unknown key', { Authorization: 'Bearer hct_AAAAAAAAAAAA_' + 'A'.repeat(43) }],
  ])('answers 401 with problem details for %s', async (_label, headers) => {
    const response = await app.http.get('/api/v1/projects').set(headers).expect(401);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.body).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it('rejects a key whose secret part is wrong even when its prefix exists', async () => {
    const forged = keys.viewer.slice(0, -4) + (keys.viewer.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await app.http.get('/api/v1/projects').set(bearer(forged)).expect(401);
  });

  it('rejects a revoked key', async () => {
    const key = await createKey(app.dataSource, 'viewer');
    await app.http.get('/api/v1/projects').set(bearer(key)).expect(200);
    const [row] = await app.dataSource.query(`SELECT id FROM api_keys WHERE key_prefix = $1`, [key.split('_')[1]]);
    await app.http.delete(`/api/v1/keys/${row.id}`).set(bearer(keys.admin)).set('If-Match', '"1"').expect(204);
    const response = await app.http.get('/api/v1/projects').set(bearer(key)).expect(401);
    expect(response.body.detail).toMatch(/revoked/);
  });

  it('revokes a key only with If-Match at the version listed: 428 without, 412 when stale, and the key keeps working', async () => {
    const created = await app.http.post('/api/v1/keys').set(bearer(keys.admin)).send({ name: 'to revoke', role: 'viewer' }).expect(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.body.version).toBe(1);
    const { id, key } = created.body;

    const missing = await app.http.delete(`/api/v1/keys/${id}`).set(bearer(keys.admin)).expect(428);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(missing.body.detail).toMatch(/If-Match/);
    const stale = await app.http.delete(`/api/v1/keys/${id}`).set(bearer(keys.admin)).set('If-Match', '"7"').expect(412);
    expect(stale.headers.etag).toBe('"1"');
    await app.http.delete(`/api/v1/keys/${id}`).set(bearer(keys.admin)).set('If-Match', 'seven').expect(400);
    await app.http.get('/api/v1/projects').set(bearer(key)).expect(200);

    await app.http.delete(`/api/v1/keys/${id}`).set(bearer(keys.admin)).set('If-Match', '"1"').expect(204);
    await app.http.get('/api/v1/projects').set(bearer(key)).expect(401);
    const listed = (await app.http.get('/api/v1/keys').set(bearer(keys.admin)).expect(200)).body.items.find((k: { id: string }) => k.id === id);
    expect(listed).toMatchObject({ version: 2, revokedAt: expect.any(String) });
    await app.http.delete(`/api/v1/keys/${id}`).set(bearer(keys.admin)).set('If-Match', '"2"').expect(404);
    const [audit] = await app.dataSource.query(`SELECT before, after FROM audit_log WHERE entity_type = 'api_key' AND entity_id = $1 AND action = 'revoke'`, [id]);
    expect(audit.before).toMatchObject({ version: 1, revokedAt: null });
    expect(audit.after).toMatchObject({ version: 2 });
  });

  it('stores keys hashed, never in clear', async () => {
    const rows = await app.dataSource.query(`SELECT key_hash FROM api_keys`);
    for (const { key_hash } of rows) {
      expect(key_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(Object.values(keys)).not.toContain(key_hash);
    }
  });

  it.each(['viewer', 'finance', 'manager'])('refuses key management to a %s (403)', async (role) => {
    await app.http.get('/api/v1/keys').set(bearer(keys[role])).expect(403);
    await app.http.post('/api/v1/keys').set(bearer(keys[role])).send({ name: 'x', role: 'admin' }).expect(403);
  });

  it('lets an admin create a manager key scoped to institutions, shown once', async () => {
    const created = await app.http
      .post('/api/v1/keys')
      .set(bearer(keys.admin))
      .send({ name: '医院项目经理', role: 'manager', institutionIds: [fixture.clinic.id] })
      .expect(201);
    expect(created.body.key).toMatch(/^hct_/);
    expect(created.body.institutionIds).toEqual([fixture.clinic.id]);
    const listed = await app.http.get('/api/v1/keys').set(bearer(keys.admin)).expect(200);
    const entry = listed.body.items.find((k: { id: string }) => k.id === created.body.id);
    expect(entry).toBeDefined();
    expect(entry.key).toBeUndefined();
    await app.http.get('/api/v1/projects').set(bearer(created.body.key)).expect(200);
  });

  it('tells each key who it is with /me: role, name and, for a manager, its institutions', async () => {
    const manager = await app.http.get('/api/v1/me').set(bearer(keys.manager)).expect(200);
    const [managerKey] = await app.dataSource.query(`SELECT id FROM api_keys WHERE key_prefix = $1`, [keys.manager.split('_')[1]]);
    expect(manager.body).toEqual({
      keyId: managerKey.id,
      name: 'manager-test',
      role: 'manager',
      institutions: [{ id: fixture.hospital.id, name: fixture.hospital.name }],
    });
    for (const role of ['admin', 'finance', 'viewer']) {
      const me = await app.http.get('/api/v1/me').set(bearer(keys[role])).expect(200);
      expect(me.body).toMatchObject({ role, institutions: [] });
      expect(me.body.keyId).not.toBe(manager.body.keyId);
    }
    await app.http.get('/api/v1/me').expect(401);
  });

  it('refuses a manager key without institutions, naming the field', async () => {
    const response = await app.http
      .post('/api/v1/keys')
      .set(bearer(keys.admin))
      .send({ name: 'x', role: 'manager' })
      .expect(400);
    expect(response.body.errors).toEqual([{ field: 'institutionIds', message: expect.stringMatching(/at least one/) }]);
  });

  it.each(['viewer', 'finance'])('refuses project writes to a %s', async (role) => {
    const project = fixture.projects[0];
    await app.http
      .patch(`/api/v1/projects/${project.id}`)
      .set(bearer(keys[role]))
      .set('If-Match', '"1"')
      .send({ remark: 'x' })
      .expect(403);
  });

  it('lets a manager change projects of their institution but not of another (403)', async () => {
    const own = fixture.projects[0];
    const other = fixture.projects[2];
    await app.http
      .patch(`/api/v1/projects/${own.id}`)
      .set(bearer(keys.manager))
      .set('If-Match', `"${own.version}"`)
      .send({ status: 'preparing' })
      .expect(200);
    const refused = await app.http
      .patch(`/api/v1/projects/${other.id}`)
      .set(bearer(keys.manager))
      .set('If-Match', `"${other.version}"`)
      .send({ status: 'preparing' })
      .expect(403);
    expect(refused.body.detail).toMatch(/not scoped/);
    // …nor move their own project to another institution.
    await app.http
      .patch(`/api/v1/projects/${own.id}`)
      .set(bearer(keys.manager))
      .set('If-Match', `"${own.version + 1}"`)
      .send({ institutionId: fixture.clinic.id })
      .expect(403);
    await app.http.delete(`/api/v1/projects/${own.id}`).set(bearer(keys.manager)).set('If-Match', '"2"').expect(403);
  });

  it('limits requests per key with 429 and Retry-After', async () => {
    const limited = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const key = await createKey(limited.dataSource, 'viewer');
      for (let i = 0; i < 3; i++) await limited.http.get('/api/v1/plans').set(bearer(key)).expect(200);
      const response = await limited.http.get('/api/v1/plans').set(bearer(key)).expect(429);
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      expect(response.body).toMatchObject({ status: 429, title: 'Too Many Requests' });
      // Another key has its own budget.
      await limited.http.get('/api/v1/plans').set(bearer(await createKey(limited.dataSource, 'viewer'))).expect(200);
    } finally {
      await limited.close();
    }
  });

  describe('the rate limiter counts authenticated keys by id, everything else by address', () => {
    let limited: TestApp;
    const LIMIT = 20;
    const randomKey = () => `hct_${randomBytes(9).toString('base64url').replace(/[^A-Za-z0-9]/g, 'A').slice(0, 12)}_${'B'.repeat(43)}`;
    beforeEach(async () => {
      // A queue prefix of its own, so its counters start at zero whatever else ran this minute.
      limited = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: String(LIMIT), QUEUE_PREFIX: `rl${randomBytes(4).toString('hex')}` } });
    });
    afterEach(() => limited.close());

    it("wrong secrets with someone else's key prefix do not lock that key out, and are throttled by address", async () => {
      const victim = await createKey(limited.dataSource, 'viewer');
      const forged = `${victim.slice(0, victim.lastIndexOf('_') + 1)}${'x'.repeat(43)}`;
      expect(forged.slice(0, 17)).toBe(victim.slice(0, 17));
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT + 5; i++) statuses.push((await limited.http.get('/api/v1/plans').set(bearer(forged))).status);
      expect(statuses.slice(0, LIMIT).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(LIMIT)).toEqual(Array(5).fill(429));
      // The victim's own key still works.
      await limited.http.get('/api/v1/plans').set(bearer(victim)).expect(200);
    });

    it('random invalid keys are throttled by address, and a forged X-Forwarded-For does not escape it', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT + 3; i++) {
        const response = await limited.http.get('/api/v1/plans').set(bearer(randomKey())).set('X-Forwarded-For', `203.0.113.${i}`);
        statuses.push(response.status);
      }
      expect(statuses.slice(LIMIT)).toEqual([429, 429, 429]);
      const anonymous = await limited.http.get('/api/v1/health').set('X-Forwarded-For', '198.51.100.7');
      expect(anonymous.status).toBe(429);
      // A valid key has its own budget by id, from the same address.
      await limited.http.get('/api/v1/plans').set(bearer(await createKey(limited.dataSource, 'viewer'))).expect(200);
    });
  });

  it('marks authenticated responses no-store, documents keys as API keys (not JWTs), and bounds the audited request id', async () => {
    const read = await app.http.get('/api/v1/plans').set(bearer(keys.admin)).expect(200);
    expect(read.headers['cache-control']).toBe('no-store');
    const document = (await app.http.get('/openapi.json').expect(200)).body as { components: { securitySchemes: Record<string, { bearerFormat?: string }> } };
    expect(Object.values(document.components.securitySchemes).map((s) => s.bearerFormat)).not.toContain('JWT');
    const longId = 'r'.repeat(3000);
    const created = await app.http
      .post('/api/v1/institutions')
      .set(bearer(keys.admin))
      .set('X-Request-Id', longId)
      .send({ name: `请求编号医院${randomBytes(3).toString('hex')}`, regionCode: fixture.regionCode, category: 'other' })
      .expect(201);
    const [entry] = await app.dataSource.query(`SELECT request_id FROM audit_log WHERE entity_id = $1`, [created.body.id]);
    expect(entry.request_id.length).toBeLessThanOrEqual(128);
    expect(entry.request_id).toBe(created.headers['x-request-id']);
  });

  it('sends security headers', async () => {
    const response = await app.http.get('/api/v1/health').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-request-id']).toBeDefined();
  });
});
