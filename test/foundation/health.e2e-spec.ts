import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations, withDataSource, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../libs/platform/src';
import { freePort, startRedisServer, waitFor, type RunningProcess } from '../support/processes';
import { startTestApp, type TestApp } from '../support/test-app';

describe('GET /api/v1/health', () => {
  describe('with the shared PostgreSQL and Redis', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp();
    });
    afterAll(() => app.close());

    it('answers 200 without a key when both are up', async () => {
      const response = await app.http.get('/api/v1/health').expect(200);
      expect(response.body).toEqual({ status: 'ok', db: 'ok', queue: 'ok', queueBackend: 'redis' });
    });

    it('serves the OpenAPI document and Swagger UI outside the versioned prefix', async () => {
      const document = await app.http.get('/openapi.json').expect(200);
      expect(document.body.openapi).toMatch(/^3\./);
      expect(Object.keys(document.body.paths)).toContain('/api/v1/health');
      const ui = await app.http.get('/docs/').expect(200);
      expect(ui.text).toContain('swagger-ui');
    });

    it('answers unknown paths with problem details, not an HTML page', async () => {
      const response = await app.http.get('/api/v1/nothing-here').expect(404);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 404, title: 'Not Found' });
    });
  });

  describe('when Redis stops and returns', () => {
    let redis: RunningProcess;
    let port: number;
    let app: TestApp;
    beforeAll(async () => {
      port = await freePort();
      redis = await startRedisServer(port);
      app = await startTestApp({ env: { REDIS_URL: `redis://127.0.0.1:${port}` } });
    });
    afterAll(async () => {
      await app.close();
      redis.child.kill('SIGKILL');
    });

    it('turns 503 naming the queue, then 200 again without a restart', async () => {
      await app.http.get('/api/v1/health').expect(200);
      redis.child.kill('SIGTERM');
      await redis.exited;
      const down = await app.http.get('/api/v1/health').expect(503);
      expect(down.body).toMatchObject({ status: 'degraded', db: 'ok', queue: 'down' });

      redis = await startRedisServer(port);
      await waitFor(async () => (await app.http.get('/api/v1/health')).status === 200, { what: 'health to recover' });
    });
  });

  describe('when PostgreSQL stops and returns', () => {
    let dataDir: string;
    let port: number;
    let postgres: EmbeddedPostgresHandle;
    let app: TestApp;
    beforeAll(async () => {
      // An embedded server of the test's own, so stopping it disturbs nobody.
      dataDir = mkdtempSync(join(tmpdir(), 'hct-pg-'));
      port = await freePort();
      postgres = await startEmbeddedPostgres({ dataDir, port });
      await withDataSource(postgres.url, runMigrations);
      app = await startTestApp({ env: { DATABASE_URL: postgres.url } });
    }, 60_000);
    afterAll(async () => {
      await app.close();
      await postgres.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('turns 503 naming the database, then 200 again without a restart', async () => {
      await app.http.get('/api/v1/health').expect(200);
      await postgres.stop();
      const down = await app.http.get('/api/v1/health').expect(503);
      expect(down.body).toMatchObject({ status: 'degraded', db: 'down', queue: 'ok' });

      postgres = await startEmbeddedPostgres({ dataDir, port });
      await waitFor(async () => (await app.http.get('/api/v1/health')).status === 200, { what: 'health to recover' });
    }, 60_000);
  });
});
