import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { ApiModule } from '../../apps/api/src/api.module';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { publicEventNames } from '../../libs/events/src';
import { createDataSource, runMigrations } from '../../libs/platform/src';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { cleanEnv, freePort, startProcess, startRedisServer, waitFor, type RunningProcess } from '../support/processes';
import { createScratchDatabase, dropScratchDatabase } from '../support/scratch-database';

/**
 * Several replicas under faults: two api processes and two worker processes on one PostgreSQL and one Redis of the
 * test's own, four writers alternating between the apis, a webhook receiver answering 500 to every 10th request.
 * Redis is killed for OUTAGE_MS and comes back empty; during the outage one api and one worker are SIGKILLed (the
 * api mid-request) and restarted once Redis is back. Afterwards: no acknowledged write lost, a write whose answer was
 * lost committed at most once, every public event delivered and answered 2xx exactly once, rollup totals equal to
 * SQL, every milestone reminder recorded once although two workers scanned.
 *
 * The worker is killed while Redis is down, so it holds no delivery in flight: a worker killed mid-delivery makes
 * that delivery at least once (same X-Event-Id), which `worker-kill-webhook` shows.
 */
const OUTAGE_MS = Number(process.env.RESILIENCE_REPLICAS_OUTAGE_MS ?? 15_000);
const WRITERS = 4;
/** Each writer pauses this long between writes: a steady load the two cores can drain in the test's time. */
const PACE_MS = 60;
const PERIODS = Array.from({ length: 24 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

// The features register their events when their modules load: every public event goes to the receiver.
void [ApiModule, WorkerModule];

interface LedgerEntry {
  writer: number;
  kind: 'project.updated' | 'progress.reported';
  /** Unique per write: the project's remark or the month's note. */
  tag: string;
  api: number;
  startedAt: number;
  /** The HTTP status, or null when no answer came (the api was killed, or refused the connection). */
  status: number | null;
  error?: string;
  text?: string;
  /** The writer's previous write had no answer, so a 412 (stale If-Match) is expected here. */
  afterUnanswered: boolean;
}

interface Arrival {
  eventId: string;
  status: number;
  at: number;
}

describe('two apis and two workers: Redis down and back empty, an api and a worker SIGKILLed, under four writers', () => {
  let redis: RunningProcess | undefined;
  let redisPort: number;
  let database: { name: string; url: string } | undefined;
  let dataSource: DataSource | undefined;
  let receiver: Server | undefined;
  let receiverUrl: string;
  const arrivals: Arrival[] = [];
  const apiPorts: number[] = [];
  const apis: (RunningProcess | undefined)[] = [undefined, undefined];
  const workers: (RunningProcess | undefined)[] = [undefined, undefined];
  const everyProcess: RunningProcess[] = [];
  const prefix = `hct-replicas-${process.pid}`;

  const env = (extra: Record<string, string>) =>
    cleanEnv({
      DATABASE_URL: database!.url,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      QUEUE_PREFIX: prefix,
      HOST: '127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '1000000',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      REDELIVER_AFTER_SECONDS: '5',
      WEBHOOK_RETRY_BASE_MS: '500',
      ...extra,
    });
  const baseUrl = (i: number) => `http://127.0.0.1:${apiPorts[i]}/api/v1`;
  const startApi = async (i: number) => {
    const api = startProcess('node', [resolve('dist/apps/api/src/main.js')], env({ PORT: String(apiPorts[i]) }));
    everyProcess.push(api);
    apis[i] = api;
    await waitFor(async () => (await fetch(`${baseUrl(i)}/health`)).status === 200, {
      timeoutMs: 60_000,
      intervalMs: 200,
      what: `api ${i} to answer /health`,
    }).catch((error: Error) => {
      throw new Error(`${error.message}\n${api.output().slice(-2000)}`);
    });
  };
  const startWorker = async (i: number) => {
    // LOG_LEVEL info: the test counts the workers' "reminder scan" lines.
    const worker = startProcess('node', [resolve('dist/apps/worker/src/main.js')], env({ LOG_LEVEL: 'info' }));
    everyProcess.push(worker);
    workers[i] = worker;
    await waitFor(() => worker.output().includes('worker started'), { timeoutMs: 60_000, intervalMs: 200, what: `worker ${i} to start` }).catch(
      (error: Error) => {
        throw new Error(`${error.message}\n${worker.output().slice(-2000)}`);
      },
    );
  };

  beforeAll(async () => {
    database = await createScratchDatabase('replicas');
    dataSource = createDataSource({ url: database.url });
    await dataSource.initialize();
    await runMigrations(dataSource);
    redisPort = await freePort();
    redis = await startRedisServer(redisPort); // no persistence: it comes back empty
    apiPorts.push(await freePort(), await freePort());
    let requests = 0;
    receiver = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        requests += 1;
        const status = requests % 10 === 0 ? 500 : 200; // every 10th answer is a failure, deterministically
        arrivals.push({ eventId: String(req.headers['x-event-id']), status, at: Date.now() });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((done) => receiver!.listen(0, '127.0.0.1', done));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;
    await Promise.all([startApi(0), startApi(1), startWorker(0), startWorker(1)]);
  }, 120_000);

  afterAll(async () => {
    for (const child of everyProcess) child.child.kill('SIGKILL');
    await Promise.all(everyProcess.map((p) => (p.child.exitCode === null && p.child.signalCode === null ? p.exited : null)));
    redis?.child.kill('SIGKILL');
    receiver?.closeAllConnections();
    receiver?.close();
    await dataSource?.destroy().catch(() => undefined);
    if (database) await dropScratchDatabase(database.name);
  }, 30_000);

  it('loses no write, delivers every event once, keeps totals equal to SQL and records every reminder once', async () => {
    const db = dataSource!;
    const admin = bearer(await createKey(db, 'admin'));
    const call = async (api: number, method: string, path: string, body?: object, headers: Record<string, string> = {}) => {
      const response = await fetch(`${baseUrl(api)}${path}`, {
        method,
        headers: { ...admin, 'Content-Type': 'application/json', ...headers },
        body: body && JSON.stringify(body),
        signal: AbortSignal.timeout(20_000),
      });
      const text = await response.text();
      return { status: response.status, text, body: text ? JSON.parse(text) : null };
    };

    const subscribed = publicEventNames();
    const subscription = await call(0, 'POST', '/webhooks', { url: receiverUrl, events: subscribed });
    expect(subscription.status).toBe(201);
    const fixtures = [await createPortfolioFixture(db), await createPortfolioFixture(db)];
    const projects: string[] = fixtures.flatMap((f) => f.projects.map((p: { id: string }) => p.id));
    // One overdue milestone per project: both workers scan for reminders, each must be recorded once.
    const milestones: { id: string }[] = [];
    for (const projectId of projects) {
      const [row] = await db.query(
        `INSERT INTO milestones (project_id, kind, name, planned_date) VALUES ($1, 'permit', '施工许可', '2024-01-10') RETURNING id`,
        [projectId],
      );
      milestones.push(row);
    }

    // The writers: writer w owns projects[w]; it alternates between the two apis.
    const ledger: LedgerEntry[] = [];
    const apiUp = [true, true];
    let stop = false;
    const writer = async (w: number) => {
      const projectId = projects[w];
      let version = 1;
      const monthVersions = new Map<string, number>();
      const resync = async () => {
        // After a write without an answer, learn what the database holds, as a client would by reading it back.
        const [row] = await db.query(`SELECT version FROM projects WHERE id = $1`, [projectId]);
        version = row.version;
        monthVersions.clear();
        const months = await db.query(`SELECT to_char(period, 'YYYY-MM') AS period, version FROM progress_reports WHERE project_id = $1`, [
          projectId,
        ]);
        for (const m of months) monthVersions.set(m.period, m.version);
      };
      let afterUnanswered = false;
      for (let i = 0; !stop; i += 1) {
        let api = (w + i) % 2;
        if (!apiUp[api]) api = 1 - api;
        const tag = `[w${w}#${i}]`;
        const startedAt = Date.now();
        const entry: LedgerEntry = {
          writer: w,
          kind: i % 2 === 0 ? 'project.updated' : 'progress.reported',
          tag,
          api,
          startedAt,
          status: null,
          afterUnanswered,
        };
        ledger.push(entry);
        try {
          if (entry.kind === 'project.updated') {
            const response = await call(
              api,
              'PATCH',
              `/projects/${projectId}`,
              { investmentWan: (1_000_000 + w * 100_000 + i) / 100, remark: tag },
              { 'If-Match': `"${version}"` },
            );
            entry.status = response.status;
            entry.text = response.text.slice(0, 300);
            if (response.status === 200) version = response.body.version;
          } else {
            const period = PERIODS[Math.floor(i / 2) % PERIODS.length];
            const saved = monthVersions.get(period);
            const response = await call(
              api,
              'PUT',
              `/projects/${projectId}/progress/${period}`,
              { completedInvestmentWan: (10_000 + i) / 100, disbursedWan: 50, note: tag },
              saved === undefined ? {} : { 'If-Match': `"${saved}"` },
            );
            entry.status = response.status;
            entry.text = response.text.slice(0, 300);
            if (response.status === 200 || response.status === 201) monthVersions.set(period, response.body.version);
          }
        } catch (error) {
          entry.error = String((error as Error & { cause?: Error }).cause?.message ?? (error as Error).message);
        }
        afterUnanswered = entry.status === null;
        if (entry.status === null || entry.status === 412) await resync();
        await new Promise((done) => setTimeout(done, PACE_MS)); // the pace of the load, not a wait for a state
      }
    };
    const answered = (since: number) => ledger.filter((e) => e.startedAt >= since && e.status !== null).length;
    // The workers' "reminder scan" lines, those of the killed one included.
    const allReminderScans = () => everyProcess.reduce((n, p) => n + (p.output().match(/"reminder scan"/g)?.length ?? 0), 0);

    const loadStarted = Date.now();
    const load = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    try {
      // Both apis ask for a reminder scan at once: two jobs, which the two workers may run side by side.
      const scansBefore = allReminderScans();
      const runs = await Promise.all([call(0, 'POST', '/jobs/reminders/run'), call(1, 'POST', '/jobs/reminders/run')]);
      expect(runs.map((r) => r.status)).toEqual([202, 202]);
      await waitFor(() => allReminderScans() >= scansBefore + 2, { timeoutMs: 30_000, what: 'both reminder scans' });
      await waitFor(
        async () => (await db.query(`SELECT count(*)::int AS n FROM notifications WHERE milestone_id IS NOT NULL`))[0].n >= milestones.length * 2,
        { what: 'the reminders of every milestone' },
      );
      await waitFor(() => answered(loadStarted) >= 40 && arrivals.length >= 20, { timeoutMs: 30_000, what: 'writes and deliveries before the outage' });

      // Redis dies under load.
      redis!.child.kill('SIGKILL');
      await redis!.exited;
      const redisDownAt = Date.now();
      await waitFor(() => answered(redisDownAt) >= 30, { timeoutMs: 10_000, what: 'writes while Redis is down' });
      // An api and a worker die too, the api while a writer waits for its answer (the answer may already be on
      // its way: how many writes end without one is logged, not asserted).
      await waitFor(() => ledger.some((e) => e.api === 0 && e.status === null && e.error === undefined), {
        timeoutMs: 10_000,
        intervalMs: 1,
        what: 'a write in flight to api 0',
      });
      const killedAt = Date.now();
      apis[0]!.child.kill('SIGKILL');
      workers[0]!.child.kill('SIGKILL');
      await Promise.all([apis[0]!.exited, workers[0]!.exited]);
      apiUp[0] = false;
      const remaining = OUTAGE_MS - (Date.now() - redisDownAt);
      await new Promise((done) => setTimeout(done, Math.max(0, remaining))); // the outage itself
      const writesDuringOutage = ledger.filter((e) => e.startedAt >= redisDownAt && e.status !== null && e.status < 300).length;

      // Redis comes back empty on the same port; the killed processes are started again.
      redis = await startRedisServer(redisPort);
      const redisBackAt = Date.now();
      const outageMs = redisBackAt - redisDownAt;
      const restarts = Promise.all([startApi(0), startWorker(0)]);
      await waitFor(() => arrivals.some((a) => a.at >= redisBackAt), { timeoutMs: 30_000, intervalMs: 50, what: 'the first delivery after Redis is back' });
      const firstDeliveryMs = arrivals.find((a) => a.at >= redisBackAt)!.at - redisBackAt;
      await restarts;
      apiUp[0] = true;
      const restartedAt = Date.now();
      await waitFor(() => ledger.filter((e) => e.startedAt >= restartedAt && e.api === 0 && e.status !== null).length >= 20, {
        timeoutMs: 30_000,
        what: 'writes through the restarted api',
      });
      stop = true;
      await load;
      const loadMs = Date.now() - loadStarted;

      // Both apis ask for another scan with every reminder already recorded: nothing new may appear.
      const scansAfter = allReminderScans();
      const reruns = await Promise.all([call(0, 'POST', '/jobs/reminders/run'), call(1, 'POST', '/jobs/reminders/run')]);
      expect(reruns.map((r) => r.status)).toEqual([202, 202]);
      await waitFor(() => allReminderScans() >= scansAfter + 2, { timeoutMs: 30_000, what: 'the second pair of reminder scans' });

      // The system drains: every event handled, every delivery settled, no rollup waiting.
      const drainStarted = Date.now();
      const state = async () => {
        const [row] = await db.query(
          `SELECT (SELECT count(*)::int FROM outbox_events WHERE handled_at IS NULL) AS unhandled,
                  (SELECT count(*)::int FROM webhook_deliveries WHERE status NOT IN ('succeeded', 'dead')) AS unsettled,
                  (SELECT count(*)::int FROM rollup_requests) AS rollups`,
        );
        return row as { unhandled: number; unsettled: number; rollups: number };
      };
      await waitFor(
        async () => {
          const s = await state();
          return s.unhandled === 0 && s.unsettled === 0 && s.rollups === 0;
        },
        { timeoutMs: 90_000, intervalMs: 250, what: 'the outbox, the deliveries and the rollups to drain' },
      ).catch(async (error: Error) => {
        throw new Error(`${error.message}: ${JSON.stringify(await state())}`);
      });
      const drainMs = Date.now() - drainStarted;

      // 0 failed writes: every answer is a 2xx, but a 412 right after a write whose answer was lost (stale If-Match).
      const failed = ledger.filter((e) => e.status !== null && e.status >= 300 && !(e.status === 412 && e.afterUnanswered));
      expect(failed.map((e) => `${e.kind} via api ${e.api}: ${e.status} ${e.text}`)).toEqual([]);
      const acknowledged = ledger.filter((e) => e.status !== null && e.status < 300);
      const unanswered = ledger.filter((e) => e.status === null);

      // 0 lost: each acknowledged write is in the database once (its audit entry, its event); a write whose answer
      // was lost is there at most once.
      const tagged = async (sql: string) => {
        const counts = new Map<string, number>();
        for (const row of await db.query(sql)) counts.set(row.tag, (counts.get(row.tag) ?? 0) + 1);
        return counts;
      };
      const audits = await tagged(
        `SELECT coalesce(after->>'remark', after->>'note') AS tag FROM audit_log
          WHERE (entity_type = 'project' AND action = 'update') OR entity_type = 'progress_report'`,
      );
      const events = await tagged(
        `SELECT CASE event_type WHEN 'project.updated' THEN payload->'project'->>'remark' ELSE payload->>'note' END AS tag
           FROM outbox_events WHERE event_type IN ('project.updated', 'progress.reported')`,
      );
      const wrong: string[] = [];
      for (const e of acknowledged) {
        if (audits.get(e.tag) !== 1 || events.get(e.tag) !== 1) wrong.push(`${e.tag} acknowledged: ${audits.get(e.tag)} audit, ${events.get(e.tag)} events`);
      }
      for (const e of unanswered) {
        if ((audits.get(e.tag) ?? 0) > 1 || (events.get(e.tag) ?? 0) !== (audits.get(e.tag) ?? 0)) {
          wrong.push(`${e.tag} unanswered: ${audits.get(e.tag)} audit, ${events.get(e.tag)} events`);
        }
      }
      const ledgerTags = new Set(ledger.map((e) => e.tag));
      for (const tag of [...audits.keys(), ...events.keys()]) if (tag && !ledgerTags.has(tag)) wrong.push(`${tag} in the database, not in a ledger`);
      expect(wrong).toEqual([]);
      const committedUnanswered = unanswered.filter((e) => audits.get(e.tag) === 1).length;
      // Each project's version counts its updates: the acknowledged ones and the unanswered ones that committed.
      for (let w = 0; w < WRITERS; w += 1) {
        const [row] = await db.query(`SELECT version FROM projects WHERE id = $1`, [projects[w]]);
        const mine = ledger.filter((e) => e.writer === w && e.kind === 'project.updated' && (audits.get(e.tag) ?? 0) === 1);
        expect({ writer: w, updates: row.version - 1 }).toEqual({ writer: w, updates: mine.length });
      }

      // Every public event delivered, and answered 2xx exactly once per X-Event-Id; every delivery succeeded.
      const outbox: { event_id: string; event_type: string }[] = await db.query(`SELECT event_id, event_type FROM outbox_events`);
      const publicEvents = outbox.filter((e) => subscribed.includes(e.event_type));
      const successes = new Map<string, number>();
      for (const a of arrivals) if (a.status < 300) successes.set(a.eventId, (successes.get(a.eventId) ?? 0) + 1);
      const notOnce = publicEvents.filter((e) => successes.get(e.event_id) !== 1).map((e) => `${e.event_type} ${e.event_id}: ${successes.get(e.event_id) ?? 0}`);
      expect(notOnce).toEqual([]);
      const known = new Set(publicEvents.map((e) => e.event_id));
      expect(arrivals.filter((a) => !known.has(a.eventId)).map((a) => a.eventId)).toEqual([]);
      const [deliveries] = await db.query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'succeeded')::int AS succeeded FROM webhook_deliveries WHERE subscription_id = $1`,
        [subscription.body.id],
      );
      expect(deliveries).toEqual({ total: publicEvents.length, succeeded: publicEvents.length });

      // The finance totals (from the rollups) equal the sum of the projects in SQL, for both plans.
      for (const fixture of fixtures) {
        const [live] = await db.query(`SELECT sum(investment_wan)::float8 AS investment FROM projects WHERE plan_id = $1`, [fixture.plan.id]);
        const [completed] = await db.query(
          `SELECT coalesce(sum(r.completed_investment_wan), 0)::float8 AS completed FROM progress_reports r JOIN projects p ON p.id = r.project_id
            WHERE p.plan_id = $1`,
          [fixture.plan.id],
        );
        const totals = await call(1, 'GET', `/finance/totals?groupBy=plan&planId=${fixture.plan.id}`);
        expect(totals.status).toBe(200);
        expect({ source: totals.body.source, investmentWan: totals.body.total.investmentWan, completedInvestmentWan: totals.body.total.completedInvestmentWan }).toEqual({
          source: 'rollup',
          investmentWan: live.investment,
          completedInvestmentWan: completed.completed,
        });
      }

      // Every milestone reminder recorded once, with two workers scanning (four scans): overdue and escalated.
      const notifications: { milestone_id: string; kind: string }[] = await db.query(
        `SELECT milestone_id, kind FROM notifications WHERE milestone_id IS NOT NULL ORDER BY milestone_id, kind`,
      );
      const expectedReminders = milestones.flatMap((m) => [{ milestone_id: m.id, kind: 'escalated' }, { milestone_id: m.id, kind: 'overdue' }]);
      const byKey = (a: { milestone_id: string; kind: string }, b: { milestone_id: string; kind: string }) =>
        `${a.milestone_id}${a.kind}`.localeCompare(`${b.milestone_id}${b.kind}`);
      expect([...notifications].sort(byKey)).toEqual([...expectedReminders].sort(byKey));
      const reminderEvents: { n: number }[] = await db.query(
        `SELECT count(*)::int AS n FROM outbox_events WHERE event_type IN ('milestone.overdue', 'milestone.escalated') GROUP BY aggregate_id, event_type`,
      );
      expect({ events: reminderEvents.length, duplicated: reminderEvents.filter((r) => r.n !== 1).length }).toEqual({
        events: milestones.length * 2,
        duplicated: 0,
      });

      // Recovery: the first delivery after Redis returned.
      expect(firstDeliveryMs).toBeLessThanOrEqual(15_000);
      expect(writesDuringOutage).toBeGreaterThan(30);
      process.stdout.write(
        `replicas-fault: ${ledger.length} writes in ${loadMs} ms by ${WRITERS} writers on 2 apis (${acknowledged.length} acknowledged, ` +
          `${writesDuringOutage} while Redis was down for ${outageMs} ms, ${unanswered.length} without an answer of which ${committedUnanswered} committed, ` +
          `${ledger.filter((e) => e.status === 412).length} × 412 after them), api and worker killed ${killedAt - redisDownAt} ms into the outage; ` +
          `first delivery ${firstDeliveryMs} ms after Redis was back; ${publicEvents.length} public events delivered once each ` +
          `(${arrivals.length} requests, ${arrivals.filter((a) => a.status === 500).length} answered 500); drained ${drainMs} ms after the writers stopped; ` +
          `${notifications.length} reminders once each after 4 scans by 2 workers\n`,
      );
    } finally {
      stop = true;
      await load;
    }
  }, 240_000);
});
