import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiModule } from '../../apps/api/src/api.module';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { waitFor } from '../support/processes';
import { startAppOnOwnPostgres, type AppOnOwnPostgres, type TestApp } from '../support/test-app';

interface Outcome {
  startedAt: number;
  endedAt: number;
  status: number;
  contentType: string;
  body: { status?: number; version?: number; detail?: string };
  text: string;
}

const LOAD_BOUND_MS = 20_000; // the write loop never runs longer than this
const PACE_MS = 25; // a few writes per 100 ms

describe('PostgreSQL stopped and started again under a steady write load', () => {
  let own: AppOnOwnPostgres;
  let app: TestApp;

  beforeAll(async () => {
    // A PostgreSQL of the test's own, so stopping it disturbs nobody.
    own = await startAppOnOwnPostgres('pg-restart', { RATE_LIMIT_PER_MINUTE: '1000000' }, [ApiModule]);
    ({ app } = own);
  }, 90_000);
  afterAll(async () => {
    await own?.close();
  });

  it('fails fast with 503 during the outage, recovers without a restart, and leaves no partial writes', async () => {
    const admin = bearer(await createKey(app.dataSource, 'admin'));
    const fixture = await createPortfolioFixture(app.dataSource);
    const projectId = fixture.projects[0].id as string;

    const outcomes: Outcome[] = [];
    let version = 1;
    let stopLoad = false;
    const loadStarted = Date.now();
    const load = (async () => {
      for (let i = 0; !stopLoad && Date.now() - loadStarted < LOAD_BOUND_MS; i += 1) {
        const startedAt = Date.now();
        const response = await app.http
          .patch(`/api/v1/projects/${projectId}`)
          .set(admin)
          .set('If-Match', `"${version}"`)
          .send({ investmentWan: 12000 + (i % 1000) / 100, remark: `写入${i}` });
        const outcome: Outcome = {
          startedAt,
          endedAt: Date.now(),
          status: response.status,
          contentType: String(response.headers['content-type']),
          body: response.body as Outcome['body'],
          text: response.text,
        };
        outcomes.push(outcome);
        if (response.status === 200) version = Number(outcome.body.version);
        if (response.status === 412) {
          // A write whose commit raced the outage: read the current version again, as a client would.
          const current = await app.http.get(`/api/v1/projects/${projectId}`).set(admin);
          if (current.status === 200) version = Number((current.body as { version: number }).version);
        }
        await new Promise((resolve) => setTimeout(resolve, PACE_MS)); // pacing of the load, not a wait for a state
      }
    })();

    const succeededSince = (since: number) => outcomes.filter((o) => o.startedAt >= since && o.status === 200).length;
    try {
      await waitFor(() => succeededSince(loadStarted) >= 10, { timeoutMs: 10_000, what: 'writes before the outage' });

      const stopping = Date.now();
      await own.postgres.stop();
      const stopped = Date.now();
      // Down for ~3 s, with the load running against it.
      await waitFor(() => Date.now() - stopped >= 3000 && outcomes.filter((o) => o.startedAt >= stopped).length >= 3, {
        timeoutMs: 10_000,
        intervalMs: 50,
        what: 'requests during the outage',
      });
      const restarting = Date.now();
      await own.restartPostgres();
      const restarted = Date.now();
      await waitFor(() => succeededSince(restarted) >= 10, { timeoutMs: 12_000, what: 'writes to succeed again without restarting the api' });
      stopLoad = true;
      await load;

      // Nothing hangs and nothing is a 500, whatever the phase.
      const slow = outcomes.filter((o) => o.endedAt - o.startedAt > 3500);
      expect(slow.map((o) => ({ status: o.status, ms: o.endedAt - o.startedAt }))).toEqual([]);
      const unexpected = outcomes.filter((o) => o.status !== 200 && o.status !== 503 && o.status !== 412);
      expect(unexpected.map((o) => `${o.status} ${o.text.slice(0, 200)}`)).toEqual([]);
      // Requests sent while the server was down answer 503 with problem details.
      const duringOutage = outcomes.filter((o) => o.startedAt >= stopped && o.endedAt <= restarting);
      expect(duringOutage.length).toBeGreaterThanOrEqual(3);
      for (const o of duringOutage) {
        expect({ status: o.status, contentType: o.contentType }).toEqual({ status: 503, contentType: expect.stringMatching(/application\/problem\+json/) });
        expect(o.body).toMatchObject({ status: 503, title: 'Service Unavailable' });
        expect(o.text).not.toMatch(/at .*\.(ts|js):\d+/);
      }
      // Every 503 at any time is problem details; 412s only around the outage (a commit whose answer was lost).
      for (const o of outcomes.filter((x) => x.status === 503)) expect(o.body.status).toBe(503);
      for (const o of outcomes.filter((x) => x.status === 412)) expect(o.startedAt).toBeGreaterThanOrEqual(stopping - 1000);
      // After recovery the writes succeed again, and keep succeeding.
      const last = outcomes[outcomes.length - 1];
      expect(last.status).toBe(200);
      expect(succeededSince(restarted)).toBeGreaterThanOrEqual(10);

      // No partial writes: each version bump has exactly one audit entry and one outbox event.
      const [row] = await app.dataSource.query(`SELECT version FROM projects WHERE id = $1`, [projectId]);
      const [audit] = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'project' AND entity_id = $1 AND action = 'update'`,
        [projectId],
      );
      const [events] = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_events WHERE event_type = 'project.updated' AND aggregate_id = $1`,
        [projectId],
      );
      expect(row.version).toBe(last.body.version);
      expect({ audit: audit.n, events: events.n }).toEqual({ audit: row.version - 1, events: row.version - 1 });
      const successes = outcomes.filter((o) => o.status === 200).length;
      // Every acknowledged write is in; at most the few whose answer was lost in the outage come on top.
      expect(row.version - 1).toBeGreaterThanOrEqual(successes);
      expect(row.version - 1 - successes).toBeLessThanOrEqual(outcomes.filter((o) => o.status === 503).length);
      process.stdout.write(
        `postgres-restart: ${outcomes.length} writes, ${successes} ok, ${outcomes.filter((o) => o.status === 503).length} × 503, ` +
          `${outcomes.filter((o) => o.status === 412).length} × 412, outage ${restarting - stopped} ms (stop took ${stopped - stopping} ms, start ${restarted - restarting} ms), ` +
          `slowest ${Math.max(...outcomes.map((o) => o.endedAt - o.startedAt))} ms\n`,
      );
    } finally {
      stopLoad = true;
      await load;
    }
  }, 90_000);
});
