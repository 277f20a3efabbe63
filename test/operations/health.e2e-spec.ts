import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiModule } from '../../apps/api/src/api.module';
import { waitFor } from '../support/processes';
import { startAppOnOwnPostgres, type AppOnOwnPostgres, type TestApp } from '../support/test-app';

describe('liveness and readiness for orchestrators', () => {
  let own: AppOnOwnPostgres;
  let app: TestApp;

  beforeAll(async () => {
    // A PostgreSQL of the test's own, so stopping it disturbs nobody.
    own = await startAppOnOwnPostgres('health', { RATE_LIMIT_PER_MINUTE: '1000000' }, [ApiModule]);
    ({ app } = own);
  }, 90_000);
  afterAll(async () => {
    await own?.close();
  });

  it('answers without a key, in the OpenAPI document', async () => {
    const live = await app.http.get('/api/v1/health/live');
    expect({ status: live.status, body: live.body }).toEqual({ status: 200, body: { status: 'ok' } });
    const ready = await app.http.get('/api/v1/health/ready');
    expect({ status: ready.status, body: ready.body }).toEqual({ status: 200, body: { status: 'ok', db: 'ok', queue: 'ok', queueBackend: 'redis' } });
    const document = (await app.http.get('/openapi.json')).body as { paths: Record<string, { get?: { security?: unknown[] } }> };
    expect(document.paths['/api/v1/health/live']?.get).toBeDefined();
    expect(document.paths['/api/v1/health/ready']?.get).toBeDefined();
  });

  it('turns readiness 503 while PostgreSQL is down, keeps liveness 200, and is ready again after', async () => {
    await own.postgres.stop();
    const ready = await app.http.get('/api/v1/health/ready');
    expect({ status: ready.status, db: (ready.body as { db: string }).db }).toEqual({ status: 503, db: 'down' });
    const live = await app.http.get('/api/v1/health/live');
    expect(live.status).toBe(200);
    // The existing endpoint keeps its meaning.
    expect((await app.http.get('/api/v1/health')).status).toBe(503);

    await own.restartPostgres();
    await waitFor(async () => (await app.http.get('/api/v1/health/ready')).status === 200, {
      timeoutMs: 15_000,
      what: 'readiness after PostgreSQL is back',
    });
    expect((await app.http.get('/api/v1/health/live')).status).toBe(200);
  }, 60_000);
});
