import pg from 'pg';
import { createApiKey } from '@tracker/api-keys';
import { OutboxRepository } from '@tracker/events';
import { NotificationsRepository } from '@tracker/notifications';
import { RetentionService } from '@tracker/operations';
import { createDataSource, loadConfig, runMigrations, type Runtime } from '@tracker/platform';
import { WebhooksRepository } from '@tracker/webhooks';
import { BENCH_ADMIN_URL, benchDatabaseUrl, flag, log, machine, writeResult } from './bench-env';

/**
 * `npm run bench:retention [-- --scale 1]`: a year of national-scale history pruned by the nightly retention's own
 * code (RetentionService.prune: 2,000 rows a statement, a pause between batches), in a database of its own
 * (hct_bench_retention, recreated each run). At --scale 1 the year is what 100,000 projects make: 3 million outbox
 * events (monthly reports, reminders, rollups, project changes), 1.5 million webhook deliveries with an attempt each
 * (0.5 % dead-lettered after 8), 1 million reminders, 70 % of them acknowledged; spread evenly over 365 days.
 *
 * While it prunes, a probe plays the api: a transaction a few times a second that appends an outbox event, touches
 * a recent pending delivery and reads the newest notifications, timed before (baseline) and during the prune; a
 * sampler reads pg_locks and pg_stat_activity every 50 ms for locks waited on. Writes bench/results/retention.json.
 */
const DATABASE = 'hct_bench_retention';
const PER_SCALE = { outboxEvents: 3_000_000, deliveries: 1_500_000, notifications: 1_000_000 };
const CHUNK = 500_000;
const BASELINE_MS = 5000;
const PROBE_PAUSE_MS = 20;
const SAMPLE_MS = 50;

async function main(): Promise<void> {
  const scale = Number(flag('scale', '1'));
  if (!(scale > 0 && scale <= 10)) throw new Error('--scale must be in (0, 10]');
  const sizes = Object.fromEntries(Object.entries(PER_SCALE).map(([k, v]) => [k, Math.round(v * scale)])) as typeof PER_SCALE;
  const url = benchDatabaseUrl(DATABASE);
  const admin = new pg.Client({ connectionString: BENCH_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE} ENCODING 'UTF8' TEMPLATE template0`);
  await admin.end();

  const dataSource = createDataSource({ url });
  await dataSource.initialize();
  const generator = new pg.Client({ connectionString: url });
  const probe = new pg.Client({ connectionString: url });
  const sampler = new pg.Client({ connectionString: url });
  try {
    await runMigrations(dataSource);
    await Promise.all([generator.connect(), probe.connect(), sampler.connect()]);
    await generator.query(`SET statement_timeout = 0`);
    const generation = await generate(generator, dataSource, sizes);
    const before = await counts(generator);
    log(`rows before: ${JSON.stringify(before)}`);

    const runtime = { config: loadConfig({ DATABASE_URL: url }) } as unknown as Runtime;
    const manager = dataSource.manager;
    const retention = new RetentionService(new OutboxRepository(manager), new WebhooksRepository(manager), new NotificationsRepository(manager), runtime);

    log(`baseline: the probe alone for ${BASELINE_MS / 1000} s…`);
    const baseline = await measureProbe(probe, sampler, () => new Promise((resolve) => setTimeout(resolve, BASELINE_MS)));
    log(`pruning (RETAIN_OUTBOX_DAYS ${runtime.config.retainOutboxDays}, RETAIN_DELIVERIES_DAYS ${runtime.config.retainDeliveriesDays}, RETAIN_NOTIFICATIONS_DAYS ${runtime.config.retainNotificationsDays})…`);
    let result: Awaited<ReturnType<RetentionService['prune']>> | undefined;
    const during = await measureProbe(probe, sampler, async () => {
      result = await retention.prune();
    });
    const after = await counts(generator);
    log(`pruned in ${(result!.durationMs / 1000).toFixed(1)} s, ${result!.batches} batches: ${JSON.stringify(result)}`);
    log(`probe p50/p99/max: baseline ${baseline.latency.p50}/${baseline.latency.p99}/${baseline.latency.max} ms, during ${during.latency.p50}/${during.latency.p99}/${during.latency.max} ms`);
    log(`locks waited on while pruning: ${during.locks.samplesWithWaiters} of ${during.locks.samples} samples, at most ${during.locks.maxWaiting} at once`);

    const path = writeResult('retention', {
      machine: machine(),
      scale,
      generated: sizes,
      generationSeconds: generation,
      retentionDays: {
        outbox: runtime.config.retainOutboxDays,
        deliveries: runtime.config.retainDeliveriesDays,
        notifications: runtime.config.retainNotificationsDays,
      },
      before,
      after,
      prune: result,
      probe: {
        what: 'one transaction: INSERT an outbox event, UPDATE a recent pending delivery, SELECT the 50 newest notifications',
        baseline,
        during,
      },
    });
    log(`wrote ${path}`);
  } finally {
    await Promise.all([generator.end(), probe.end(), sampler.end()].map((p) => p.catch(() => undefined)));
    await dataSource.destroy();
  }
}

/** The year, generated inside PostgreSQL (no row crosses the network), in chunks of half a million rows. */
async function generate(db: pg.Client, dataSource: ReturnType<typeof createDataSource>, sizes: typeof PER_SCALE): Promise<Record<string, number>> {
  const seconds: Record<string, number> = {};
  const step = async (label: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    seconds[label] = Math.round((performance.now() - started) / 100) / 10;
    log(`  ${label} (${seconds[label]} s)`);
  };
  log(`generating a year of history: ${JSON.stringify(sizes)}…`);
  // What the notifications point at: one project with one milestone, and the key that acknowledges them.
  await createApiKey(dataSource.manager, { name: 'bench-retention', role: 'admin', institutionIds: [] });
  const key = (await db.query(`SELECT id FROM api_keys WHERE name = 'bench-retention'`)).rows[0].id as string;
  await db.query(`INSERT INTO regions (code, name, level) VALUES ('990001', '基准区', 'district') ON CONFLICT DO NOTHING`);
  const plan = (
    await db.query(
      `INSERT INTO plans (code, title, region_code, period_start, period_end, source_file, source_line)
       VALUES ('990001-bench', '基准区“十四五”卫生健康规划', '990001', 2021, 2025, 'bench', 1) RETURNING id`,
    )
  ).rows[0].id as string;
  const institution = (await db.query(`INSERT INTO institutions (name, region_code, category) VALUES ('基准区人民医院', '990001', 'general_hospital') RETURNING id`)).rows[0].id as string;
  const project = (
    await db.query(
      `INSERT INTO projects (code, plan_id, institution_id, region_code, name, investment_wan, build_type, start_year, end_year, source_file, source_line)
       VALUES ('990001-bench-P1', $1, $2, '990001', '门诊综合楼', 10000, 'new', 2021, 2025, 'bench', 1) RETURNING id`,
      [plan, institution],
    )
  ).rows[0].id as string;
  const milestone = (await db.query(`INSERT INTO milestones (project_id, kind, name, planned_date) VALUES ($1, 'completion', '竣工验收', '2025-12-31') RETURNING id`, [project])).rows[0].id as string;
  const subscriptions = (
    await db.query(
      `INSERT INTO webhook_subscriptions (url, events, secret)
       SELECT 'https://integrator' || n || '.example.org/hook', ARRAY['progress.reported', 'milestone.overdue'], 'bench-secret-' || n
         FROM generate_series(1, 3) n RETURNING id`,
    )
  ).rows.map((r) => r.id as string);

  // Row i of n is written at (i / n) of the way through the year, so ids follow time as in production.
  const chunks = async (total: number, each: (from: number, to: number) => Promise<unknown>) => {
    for (let from = 1; from <= total; from += CHUNK) await each(from, Math.min(total, from + CHUNK - 1));
  };
  const at = (n: number) => `now() - interval '365 days' + (i::float8 / ${n}) * interval '365 days'`;
  await step('outbox events', () =>
    chunks(sizes.outboxEvents, (from, to) =>
      db.query(
        `INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, project_id, payload, created_at, published_at, handled_at)
         SELECT (ARRAY['progress.reported', 'milestone.due_soon', 'milestone.overdue', 'rollup.completed', 'project.updated'])[1 + i % 5],
                'project', $3::text, $3::uuid,
                jsonb_build_object('projectId', $3::text, 'period', to_char(t, 'YYYY-MM'), 'completedInvestmentWan', (i % 100000) / 100.0,
                                   'cumulativeCompletedWan', (i % 1000000) / 100.0, 'physicalProgressPct', i % 100),
                t, t + interval '1 second',
                -- the last hour's events are still on their way
                CASE WHEN t < now() - interval '1 hour' THEN t + interval '2 seconds' END
           FROM generate_series($1::int, $2::int) i, LATERAL (SELECT ${at(sizes.outboxEvents)} AS t) x`,
        [from, to, project],
      ),
    ),
  );
  await step('webhook deliveries and their attempts', () =>
    chunks(sizes.deliveries, async (from, to) => {
      await db.query(
        `WITH d AS (
           INSERT INTO webhook_deliveries (subscription_id, event_id, event_type, payload, status, attempts, last_status_code, last_error, created_at, updated_at)
           SELECT ($3::uuid[])[1 + i % 3], gen_random_uuid(), 'progress.reported',
                  jsonb_build_object('type', 'progress.reported', 'data', jsonb_build_object('projectId', $4::text, 'completedInvestmentWan', (i % 100000) / 100.0)),
                  CASE WHEN t > now() - interval '1 hour' THEN 'pending' WHEN i % 200 = 0 THEN 'dead' ELSE 'succeeded' END,
                  CASE WHEN t > now() - interval '1 hour' THEN 0 WHEN i % 200 = 0 THEN 8 ELSE 1 END,
                  CASE WHEN i % 200 = 0 THEN 500 ELSE 200 END, CASE WHEN i % 200 = 0 THEN 'HTTP 500' END,
                  t, t + interval '1 second'
             FROM generate_series($1::int, $2::int) i, LATERAL (SELECT ${at(sizes.deliveries)} AS t) x
           RETURNING id, status, attempts, updated_at)
         INSERT INTO webhook_delivery_attempts (delivery_id, attempted_at, status_code, duration_ms)
         SELECT d.id, d.updated_at, CASE WHEN d.status = 'dead' THEN 500 ELSE 200 END, 40
           FROM d, generate_series(1, d.attempts) a`,
        [from, to, subscriptions, project],
      );
    }),
  );
  await step('notifications and acknowledgements', () =>
    chunks(sizes.notifications, async (from, to) => {
      await db.query(
        `WITH n AS (
           INSERT INTO notifications (dedup_key, kind, milestone_id, project_id, institution_id, audience_roles, title, due_date, created_at)
           SELECT 'bench-' || i, (ARRAY['due_soon', 'overdue', 'escalated'])[1 + i % 3], $3, $4, $5, ARRAY['admin', 'manager'],
                  '门诊综合楼 竣工验收 已逾期', (t + interval '7 days')::date, t
             FROM generate_series($1::int, $2::int) i, LATERAL (SELECT ${at(sizes.notifications)} AS t) x
           RETURNING id, created_at, dedup_key)
         INSERT INTO notification_acks (notification_id, api_key_id, acked_at)
         SELECT n.id, $6, n.created_at + interval '1 day' FROM n WHERE substr(n.dedup_key, 7)::int % 10 < 7`,
        [from, to, milestone, project, institution, key],
      );
    }),
  );
  // As autovacuum would have left a year-old table: statistics, and the visibility map for index-only scans.
  await step('vacuum analyze', () => db.query(`VACUUM ANALYZE outbox_events, webhook_deliveries, webhook_delivery_attempts, notifications, notification_acks`));
  return seconds;
}

async function counts(db: pg.Client) {
  const { rows } = await db.query(
    `SELECT (SELECT count(*)::int FROM outbox_events) AS "outboxEvents",
            (SELECT count(*)::int FROM webhook_deliveries) AS "webhookDeliveries",
            (SELECT count(*)::int FROM webhook_delivery_attempts) AS "webhookDeliveryAttempts",
            (SELECT count(*)::int FROM notifications) AS notifications,
            pg_size_pretty(pg_total_relation_size('outbox_events') + pg_total_relation_size('webhook_deliveries')
              + pg_total_relation_size('webhook_delivery_attempts') + pg_total_relation_size('notifications')
              + pg_total_relation_size('notification_acks')) AS "diskSize"`,
  );
  return rows[0] as Record<string, number | string>;
}

/** Runs `work` while the probe transaction repeats and the lock sampler watches; their figures for that time. */
async function measureProbe(probe: pg.Client, sampler: pg.Client, work: () => Promise<void>) {
  let running = true;
  const latencies: number[] = [];
  const pending = (await probe.query(`SELECT id FROM webhook_deliveries WHERE status = 'pending' ORDER BY created_at DESC LIMIT 1`)).rows[0]?.id ?? null;
  const probing = (async () => {
    while (running) {
      const started = performance.now();
      await probe.query('BEGIN');
      await probe.query(`INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, payload) VALUES ('project.updated', 'project', 'probe', '{}')`);
      if (pending) await probe.query(`UPDATE webhook_deliveries SET updated_at = now() WHERE id = $1`, [pending]);
      await probe.query(`SELECT id, title FROM notifications WHERE created_at > now() - interval '7 days' ORDER BY created_at DESC LIMIT 50`);
      await probe.query('COMMIT');
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, PROBE_PAUSE_MS));
    }
  })();
  const locks = { samples: 0, samplesWithWaiters: 0, maxWaiting: 0, maxSessionsWaitingOnLocks: 0 };
  const sampling = (async () => {
    while (running) {
      const { rows } = await sampler.query(
        `SELECT (SELECT count(*)::int FROM pg_locks l WHERE NOT l.granted AND l.database = d.oid) AS waiting,
                (SELECT count(*)::int FROM pg_stat_activity a WHERE a.datname = d.datname AND a.wait_event_type = 'Lock') AS sessions
           FROM pg_database d WHERE d.datname = current_database()`,
      );
      locks.samples += 1;
      if (rows[0].waiting > 0) locks.samplesWithWaiters += 1;
      locks.maxWaiting = Math.max(locks.maxWaiting, rows[0].waiting);
      locks.maxSessionsWaitingOnLocks = Math.max(locks.maxSessionsWaitingOnLocks, rows[0].sessions);
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    }
  })();
  const started = performance.now();
  try {
    await work();
  } finally {
    running = false;
    await Promise.all([probing, sampling]);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const pct = (p: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 10) / 10;
  return {
    seconds: Math.round((performance.now() - started) / 100) / 10,
    latency: { transactions: sorted.length, p50: pct(50), p95: pct(95), p99: pct(99), max: Math.round((sorted.at(-1) ?? 0) * 10) / 10 },
    locks,
  };
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
