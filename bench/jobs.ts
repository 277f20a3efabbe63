import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { Queue } from 'bullmq';
import pg from 'pg';
import { createDataSource, runMigrations } from '@tracker/database';
import { SYSTEM_ACTOR } from '@tracker/audit';
import { parseImportFile, runImport } from '@tracker/imports';
import { loadConfig, QUEUES, redisOptions, type Runtime } from '@tracker/platform';
import { OutboxRelay } from '../libs/outbox/src/outbox-relay';
import { BENCH_ADMIN_URL, BENCH_REDIS_URL, benchDatabaseUrl, flag, log, machine, writeResult } from './bench-env';

/**
 * `npm run bench:jobs [-- --events 20000]`: the jobs a person waits for, on a database of their own
 * (hct_bench_jobs, recreated each run):
 * - importing the five plan documents of ../shared/seeds into an empty database, then again (nothing changes);
 * - the outbox relay: --events outbox rows moved to the events queue (events/s), then routed by a worker
 *   process (rollup scheduling and webhook fan-out) until every one is marked handled (events/s).
 * Writes bench/results/jobs.json.
 */
const DATABASE = 'hct_bench_jobs';

async function main(): Promise<void> {
  const events = Number(flag('events', '20000'));
  const seedsDir = resolve(flag('seeds', '../shared/seeds'));
  if (!existsSync(seedsDir)) throw new Error(`no plan documents in ${seedsDir} (--seeds DIR)`);
  await recreateDatabase();
  const url = benchDatabaseUrl(DATABASE);
  const dataSource = createDataSource({ url });
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
    const files = readdirSync(seedsDir).filter((file) => file.endsWith('.txt')).sort();
    const importRun = async () => {
      const started = performance.now();
      let parseMs = 0;
      let projects = 0;
      for (const file of files) {
        const parseStarted = performance.now();
        const parsed = await parseImportFile(readFileSync(join(seedsDir, file)), file, { curatedDir: resolve('seeds/curated') });
        parseMs += performance.now() - parseStarted;
        const report = await runImport(dataSource.manager, parsed, { file: basename(file), actor: { ...SYSTEM_ACTOR, name: 'bench' }, dryRun: false });
        projects += report.projects.length;
      }
      return { ms: Math.round(performance.now() - started), parseMs: Math.round(parseMs), projects };
    };
    log(`importing ${files.length} plan documents into an empty database, then again…`);
    const firstImport = await importRun();
    const repeatImport = await importRun();
    log(`  first ${firstImport.ms} ms (${firstImport.projects} projects, parsing ${firstImport.parseMs} ms); again ${repeatImport.ms} ms`);

    const relay = await measureRelay(dataSource, url, events);
    const result = { machine: machine(), documents: files.length, import: { first: firstImport, repeat: repeatImport }, relay };
    const path = writeResult('jobs', result);
    log(
      `jobs: import of ${files.length} plans ${firstImport.ms} ms (again ${repeatImport.ms} ms); outbox → queue ${relay.relayPerSecond} events/s; ` +
        `routed ${relay.routedPerSecond} events/s; written to ${path}`,
    );
  } finally {
    await dataSource.destroy();
  }
}

async function recreateDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: BENCH_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DATABASE} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await admin.end();
  }
}

/** Outbox rows for the imported projects, relayed in-process (timed), then routed by a real worker (timed). */
async function measureRelay(dataSource: ReturnType<typeof createDataSource>, url: string, events: number) {
  await dataSource.query(`UPDATE outbox_events SET published_at = now(), handled_at = now() WHERE handled_at IS NULL`);
  await dataSource.query(
    `INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, project_id, payload)
     SELECT 'project.updated', 'project', p.id::text, p.id, json_build_object('project', json_build_object('id', p.id))
       FROM generate_series(1, $1) AS n
       JOIN LATERAL (SELECT id FROM projects ORDER BY id OFFSET (n % (SELECT count(*) FROM projects)) LIMIT 1) p ON true`,
    [events],
  );
  const prefix = `hct-bench-jobs-${process.pid}`;
  const queue = new Queue(QUEUES.events, { connection: redisOptions(BENCH_REDIS_URL), prefix });
  const runtime: Runtime = { config: loadConfig({ DATABASE_URL: url }), databaseUrl: url, queueBackend: { kind: 'redis', url: BENCH_REDIS_URL }, embedded: null };
  const relay = new OutboxRelay(dataSource, queue, runtime);
  log(`relaying ${events} events to the queue…`);
  const relayStarted = performance.now();
  let relayed = 0;
  for (let batch; (batch = await relay.relayOnce()) > 0; ) {
    relayed += batch;
    if (relayed % 5000 < batch) log(`  ${relayed}/${events}`);
  }
  const relayMs = performance.now() - relayStarted;

  log('routing them with a worker process…');
  const routeStarted = performance.now();
  const worker = spawn(process.execPath, ['dist/apps/worker/src/main.js'], {
    env: { ...process.env, DATABASE_URL: url, REDIS_URL: BENCH_REDIS_URL, QUEUE_PREFIX: prefix, LOG_LEVEL: 'warn', REMINDER_SCAN_EVERY_MINUTES: '1440' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      const [{ waiting }] = await dataSource.query(`SELECT count(*)::int AS waiting FROM outbox_events WHERE handled_at IS NULL`);
      if (waiting === 0) break;
      if (worker.exitCode !== null) throw new Error(`the worker exited (${worker.exitCode})`);
      log(`  ${events - waiting}/${events} routed`);
      await new Promise((done) => setTimeout(done, 1000)); // progress polling, not a measured wait
    }
  } finally {
    worker.kill('SIGTERM');
    await new Promise((done) => worker.once('exit', done));
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
  const routeMs = performance.now() - routeStarted;
  return {
    events: relayed,
    relayMs: Math.round(relayMs),
    relayPerSecond: Math.round(relayed / (relayMs / 1000)),
    routeMs: Math.round(routeMs),
    routedPerSecond: Math.round(relayed / (routeMs / 1000)),
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:jobs failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
