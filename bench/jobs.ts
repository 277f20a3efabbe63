import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { Queue } from 'bullmq';
import pg from 'pg';
import { createDataSource, runMigrations, loadConfig, redisOptions, type Runtime } from '@tracker/platform';
import { SYSTEM_ACTOR } from '@tracker/audit';
import { parseDocumentFile, runImport } from '@tracker/imports';
import { loadRegionCatalogue, syncRegionCatalogue } from '@tracker/regions';
import { EVENTS_QUEUE, OutboxRelay } from '@tracker/events';
import { BENCH_ADMIN_URL, BENCH_REDIS_URL, benchDatabaseUrl, flag, log, machine, writeResult } from './bench-env';
import { peakRssMb } from './http-load';

/**
 * `npm run bench:jobs [-- --events 20000] [--sheet-rows 10000,100000]`: the jobs a person waits for, on a database of
 * their own (hct_bench_jobs, recreated each run):
 * - importing the five plan documents of ../shared/seeds into an empty database, then again (nothing changes);
 * - a county's annual list of 10,000 and of 100,000 rows (.xlsx): preview, import, and import again, each size in a
 *   process of its own for its peak memory (bench/sheet-import.ts);
 * - the outbox relay: --events outbox rows moved to the events queue (events/s), then routed by a worker
 *   process (rollup scheduling and webhook fan-out) until every one is marked handled (events/s);
 * - import → totals: with a worker running, a sheet of --fresh-rows rows imported into a new plan, and the time
 *   from the import's commit until that plan's rollup includes it (and how many rollup runs it took).
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
    await syncRegionCatalogue(dataSource);
    const regions = loadRegionCatalogue().index;
    const files = readdirSync(seedsDir).filter((file) => file.endsWith('.txt')).sort();
    const importRun = async () => {
      const started = performance.now();
      let parseMs = 0;
      let projects = 0;
      for (const file of files) {
        const parseStarted = performance.now();
        const document = parseDocumentFile(readFileSync(join(seedsDir, file)), file, { regions, curatedDir: resolve('seeds/curated') });
        parseMs += performance.now() - parseStarted;
        const report = await runImport(dataSource.manager, { kind: 'plan-document', document, regions }, { file: basename(file), actor: { ...SYSTEM_ACTOR, name: 'bench' }, dryRun: false });
        projects += report.rows.total;
      }
      return { ms: Math.round(performance.now() - started), parseMs: Math.round(parseMs), projects };
    };
    log(`importing ${files.length} plan documents into an empty database, then again…`);
    const firstImport = await importRun();
    const repeatImport = await importRun();
    log(`  first ${firstImport.ms} ms (${firstImport.projects} projects, parsing ${firstImport.parseMs} ms); again ${repeatImport.ms} ms`);

    const sheets = [];
    for (const rows of flag('sheet-rows', '10000,100000').split(',').map(Number)) {
      log(`a county's annual list of ${rows} rows: preview, import, import again…`);
      sheets.push(measureSheet(url, rows));
    }
    const relay = await measureRelay(dataSource, url, events);
    const importToTotals = await measureImportToTotals(dataSource, url, Number(flag('fresh-rows', '10000')));
    const workerMemory = await measureWorkerMemory(dataSource, url, Number(flag('backlog', '10000')));
    const result = { machine: machine(), documents: files.length, import: { first: firstImport, repeat: repeatImport }, sheets, relay, importToTotals, workerMemory };
    const path = writeResult('jobs', result);
    log(
      `jobs: import of ${files.length} plans ${firstImport.ms} ms (again ${repeatImport.ms} ms); ` +
        sheets.map((s) => `${s.rows}-row sheet: preview ${s.preview.ms} ms, import ${s.import.ms} ms, again ${s.again.ms} ms, peak RSS ${s.peakRssMb} MB; `).join('') +
        `outbox → queue ${relay.relayPerSecond} events/s; routed ${relay.routedPerSecond} events/s ` +
        `(worker RSS ${relay.workerRssMb.atStart} MB routing, peak ${relay.workerRssMb.peak}, ${relay.workerRssMb.idle15s} MB 15 s after); ` +
        `import of ${importToTotals.rows} rows → totals ${importToTotals.ms} ms (${importToTotals.rollupRuns} rollup runs); ` +
        `worker RSS idle ${workerMemory.baselineMb} MB, after each of ${workerMemory.backlogs.length} backlogs of ${workerMemory.events} events ` +
        `${workerMemory.backlogs.map((b) => b.idleMb).join(' / ')} MB (at most ${workerMemory.worstPercentAboveBaseline} % above); written to ${path}`,
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

interface SheetFigures {
  rows: number;
  bytes: number;
  generateMs: number;
  preview: { ms: number };
  import: { ms: number; created: number };
  again: { ms: number; unchanged: number };
  peakRssMb: number;
}

/** One size of sheet, measured by bench/sheet-import.js in a process of its own. */
function measureSheet(url: string, rows: number, planCode?: string): SheetFigures & { importEndedAt: number } {
  const args = ['dist/bench/sheet-import.js', '--rows', String(rows), '--database', url, ...(planCode ? ['--plan-code', planCode] : [])];
  const output = execFileSync(process.execPath, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output.trim().split('\n').pop()!) as SheetFigures & { importEndedAt: number };
}

/**
 * With a worker process running (relay, router, rollups), a sheet imported into a plan of its own: how long from
 * the import's commit until the plan's rollup is computed from a snapshot that includes it, and how many rollup
 * runs of that plan it took (issue 18: ≤ 5 s for 10,000 projects; runs coalesced per plan).
 */
async function measureImportToTotals(dataSource: ReturnType<typeof createDataSource>, url: string, rows: number) {
  const planCode = `510681-2022-2022-fresh-${rows}`;
  const prefix = `hct-bench-jobs-fresh-${process.pid}`;
  log(`import → totals: ${rows} rows into ${planCode} with a worker running…`);
  const worker = spawn(process.execPath, ['dist/apps/worker/src/main.js'], {
    env: { ...process.env, DATABASE_URL: url, REDIS_URL: BENCH_REDIS_URL, QUEUE_PREFIX: prefix, LOG_LEVEL: 'warn', REMINDER_SCAN_EVERY_MINUTES: '1440' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const sheet = measureSheet(url, rows, planCode);
    const [{ id: planId }] = await dataSource.query(`SELECT id FROM plans WHERE code = $1`, [planCode]);
    let ms = Number.NaN;
    for (let polls = 0; polls < 6000; polls++) {
      const [run] = await dataSource.query(`SELECT (extract(epoch FROM computed_at) * 1000)::float8 AS at FROM finance_rollup_runs WHERE plan_id = $1`, [planId]);
      if (run && run.at >= sheet.importEndedAt) {
        ms = Date.now() - sheet.importEndedAt;
        break;
      }
      if (worker.exitCode !== null) throw new Error(`the worker exited (${worker.exitCode})`);
      if (polls % 50 === 49) log(`  waiting for the rollup of ${planCode}…`);
      await new Promise((done) => setTimeout(done, 100));
    }
    const [{ runs }] = await dataSource.query(
      `SELECT count(*)::int AS runs FROM outbox_events WHERE event_type = 'rollup.completed' AND payload->'scope' ? $1`,
      [planId],
    );
    return { rows, importMs: sheet.import.ms, ms, rollupRuns: runs };
  } finally {
    worker.kill('SIGTERM');
    await new Promise((done) => worker.once('exit', done));
    const queues = ['events', 'rollups', 'webhooks', 'reminders', 'rounds', 'retention'].map((name) => new Queue(name, { connection: redisOptions(BENCH_REDIS_URL), prefix }));
    for (const queue of queues) {
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
  }
}

/** Outbox rows for the imported projects, relayed in-process (timed), then routed by a real worker (timed). */
async function measureRelay(dataSource: ReturnType<typeof createDataSource>, url: string, events: number) {
  await dataSource.query(`UPDATE outbox_events SET published_at = now(), handled_at = now() WHERE handled_at IS NULL`);
  await insertEvents(dataSource, events);
  const prefix = `hct-bench-jobs-${process.pid}`;
  const queue = new Queue(EVENTS_QUEUE, { connection: redisOptions(BENCH_REDIS_URL), prefix });
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
  let workerRssMb: { atStart: number | null; peak: number | null; drained: number | null; idle15s: number | null };
  try {
    let atStart: number | null = null;
    for (;;) {
      const [{ waiting }] = await dataSource.query(`SELECT count(*)::int AS waiting FROM outbox_events WHERE handled_at IS NULL`);
      if (waiting === 0) break;
      if (worker.exitCode !== null) throw new Error(`the worker exited (${worker.exitCode})`);
      atStart ??= waiting === events ? null : rssMb(worker.pid); // once it has started routing
      log(`  ${events - waiting}/${events} routed`);
      await new Promise((done) => setTimeout(done, 1000)); // progress polling, not a measured wait
    }
    const drained = rssMb(worker.pid);
    await new Promise((done) => setTimeout(done, 15_000)); // what the worker gives back once idle
    workerRssMb = { atStart, peak: peakRssMb(worker.pid), drained, idle15s: rssMb(worker.pid) };
  } finally {
    worker.kill('SIGTERM');
    await new Promise((done) => worker.once('exit', done));
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
  const routeMs = performance.now() - routeStarted - 15_000;
  return {
    workerRssMb,
    events: relayed,
    relayMs: Math.round(relayMs),
    relayPerSecond: Math.round(relayed / (relayMs / 1000)),
    routeMs: Math.round(routeMs),
    routedPerSecond: Math.round(relayed / (routeMs / 1000)),
  };
}

/** Outbox rows for `events` of the imported projects' updates, as an import or a scan would write them. */
async function insertEvents(dataSource: ReturnType<typeof createDataSource>, events: number): Promise<void> {
  await dataSource.query(
    `INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, project_id, payload)
     SELECT 'project.updated', 'project', p.id::text, p.id, json_build_object('project', json_build_object('id', p.id))
       -- the projects numbered once, event n taking the (n mod count)-th: a hash join, whatever the number of projects
       FROM generate_series(0, $1 - 1) AS n
       CROSS JOIN (SELECT count(*) AS total FROM projects) c
       JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM projects) p ON p.k = n % c.total`,
    [events],
  );
}

const IDLE_SETTLE_MS = 10_000;

/**
 * Issue 17: after a backlog drains, the worker's memory should come back to within 20 % of what it held before. A
 * fresh worker is measured idle, then three backlogs of `events` events are written, relayed and routed in turn,
 * the worker measured idle again after each. A figure of this machine and V8's collector, hence a benchmark.
 */
async function measureWorkerMemory(dataSource: ReturnType<typeof createDataSource>, url: string, events: number) {
  await dataSource.query(`UPDATE outbox_events SET published_at = coalesce(published_at, now()), handled_at = now() WHERE handled_at IS NULL`);
  const prefix = `hct-bench-jobs-memory-${process.pid}`;
  const queue = new Queue(EVENTS_QUEUE, { connection: redisOptions(BENCH_REDIS_URL), prefix });
  const runtime: Runtime = { config: loadConfig({ DATABASE_URL: url }), databaseUrl: url, queueBackend: { kind: 'redis', url: BENCH_REDIS_URL }, embedded: null };
  const relay = new OutboxRelay(dataSource, queue, runtime);
  log(`worker memory over three backlogs of ${events} events…`);
  const worker = spawn(process.execPath, ['dist/apps/worker/src/main.js'], {
    env: { ...process.env, DATABASE_URL: url, REDIS_URL: BENCH_REDIS_URL, QUEUE_PREFIX: prefix, LOG_LEVEL: 'warn', REMINDER_SCAN_EVERY_MINUTES: '1440' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await new Promise((done) => setTimeout(done, IDLE_SETTLE_MS)); // started and idle
    const baselineMb = rssMb(worker.pid) ?? 0;
    const backlogs: { drainMs: number; peakMb: number | null; idleMb: number }[] = [];
    for (let round = 1; round <= 3; round++) {
      await insertEvents(dataSource, events);
      const started = performance.now();
      while ((await relay.relayOnce()) > 0);
      for (;;) {
        const [{ waiting }] = await dataSource.query(`SELECT count(*)::int AS waiting FROM outbox_events WHERE handled_at IS NULL`);
        if (waiting === 0) break;
        if (worker.exitCode !== null) throw new Error(`the worker exited (${worker.exitCode})`);
        await new Promise((done) => setTimeout(done, 500)); // progress polling
      }
      const drainMs = Math.round(performance.now() - started);
      await new Promise((done) => setTimeout(done, IDLE_SETTLE_MS));
      const idleMb = rssMb(worker.pid) ?? 0;
      backlogs.push({ drainMs, peakMb: peakRssMb(worker.pid), idleMb });
      log(`  backlog ${round}: drained in ${drainMs} ms, idle ${idleMb} MB (baseline ${baselineMb} MB)`);
    }
    const worstPercentAboveBaseline = Math.round((Math.max(...backlogs.map((b) => b.idleMb)) / Math.max(baselineMb, 1) - 1) * 100);
    return { events, baselineMb, backlogs, worstPercentAboveBaseline };
  } finally {
    worker.kill('SIGTERM');
    await new Promise((done) => worker.once('exit', done));
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
}

/** The resident set of a process now (VmRSS), in MB. */
function rssMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    return Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
  } catch {
    return null;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:jobs failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
