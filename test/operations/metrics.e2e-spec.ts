import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiModule } from '../../apps/api/src/api.module';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { MetricsServer } from '../../libs/operations/src';
import { bearer, createKey } from '../support/fixtures';
import { waitFor } from '../support/processes';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text';
import { startTestApp, startTestAppOnFreshDatabase, type TestApp } from '../support/test-app';

const FAMILIES = [
  'http_request_duration_seconds',
  'hct_queue_jobs',
  'hct_outbox_backlog',
  'hct_outbox_oldest_unhandled_seconds',
  'hct_webhook_deliveries',
  'hct_rollup_staleness_seconds',
  'hct_reminder_scan_duration_seconds',
  'hct_reminders_created_total',
  'hct_reminder_scan_failures_total',
  'hct_db_pool_connections',
  'hct_db_pool_waiting',
  'process_cpu_user_seconds_total',
  'nodejs_eventloop_lag_seconds',
];

describe('GET /metrics', () => {
  let api: TestApp;
  let worker: TestApp | undefined;
  let metricsUrl: string;

  beforeAll(async () => {
    // The api alone on a database of its own: nothing relays its outbox until the worker starts.
    api = await startTestAppOnFreshDatabase('metrics', { METRICS_PORT: '0', RATE_LIMIT_PER_MINUTE: '1000000' }, [ApiModule]);
    metricsUrl = `http://127.0.0.1:${api.app.get(MetricsServer).port}/metrics`;
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const scrape = async () => {
    const response = await fetch(metricsUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parsePrometheusText(await response.text());
  };

  it('serves the Prometheus text format with every family, on loopback, apart from the API', async () => {
    expect((await api.http.get('/api/v1/health/live')).status).toBe(200);
    const families = await scrape();
    for (const name of FAMILIES) expect({ name, present: families.has(name) }).toEqual({ name, present: true });
    expect(families.get('http_request_duration_seconds')?.type).toBe('histogram');
    expect(sampleValue(families, 'http_request_duration_seconds_count', { route: '/api/v1/health/live', status: '200', method: 'GET' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(families, 'hct_webhook_deliveries', { state: 'dead' })).toBe(0);
    const queues = new Set(families.get('hct_queue_jobs')?.samples.map((s) => s.labels.queue));
    // The queues the api produces to (it writes events only to the outbox, so not the events queue).
    expect([...queues].sort()).toEqual(expect.arrayContaining(['reminders', 'rollups', 'webhooks']));
    expect(sampleValue(families, 'hct_queue_jobs', { queue: 'webhooks', state: 'failed' })).toBeGreaterThanOrEqual(0);
    expect(sampleValue(families, 'hct_db_pool_connections', { state: 'in_use' })).toBeGreaterThanOrEqual(0);
    // The API's port serves no metrics (at most the dashboard's page, for a path outside /api).
    expect((await api.http.get('/metrics')).text ?? '').not.toContain('hct_outbox_backlog');
    expect((await api.http.get('/api/v1/metrics')).status).toBe(404);
  });

  it('reports the outbox backlog rising while nothing relays it, and falling once a worker does', async () => {
    const admin = bearer(await createKey(api.dataSource, 'admin'));
    const before = sampleValue(await scrape(), 'hct_outbox_backlog') ?? NaN;
    for (let i = 0; i < 5; i += 1) {
      const response = await api.http.post('/api/v1/keys').set(admin).send({ name: `metrics ${i}`, role: 'viewer' });
      expect(response.status).toBe(201);
    }
    const during = await scrape();
    expect(sampleValue(during, 'hct_outbox_backlog')).toBe(before + 5);
    expect(sampleValue(during, 'hct_outbox_oldest_unhandled_seconds')).toBeGreaterThan(0);
    expect(sampleValue(during, 'http_request_duration_seconds_count', { route: '/api/v1/keys', method: 'POST', status: '201' })).toBe(5);

    worker = await startTestApp({ env: { DATABASE_URL: api.runtime.config.databaseUrl! }, features: [WorkerModule] });
    await waitFor(async () => sampleValue(await scrape(), 'hct_outbox_backlog') === 0, { timeoutMs: 30_000, what: 'the backlog to drain' });
    expect(sampleValue(await scrape(), 'hct_outbox_oldest_unhandled_seconds')).toBe(0);
  }, 60_000);
});
