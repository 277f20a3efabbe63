import type autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@tracker/database';
import { createApiKey } from '@tracker/auth';
import { FinanceService, RollupService } from '@tracker/finance';
import { MilestonesService } from '@tracker/milestones';
import { ReminderScan, type ReminderScanResult } from '@tracker/notifications';
import { loadConfig, type Runtime } from '@tracker/platform';
import { ProjectsService } from '@tracker/projects';
import { BENCH_REDIS_URL, benchDatabaseUrl, databaseNameFor, flag, log, machine, writeResult } from './bench-env';
import { freePort, load, median, peakRssMb, settle, sleep, startNode, stop, waitUntilUp, type LoadFigures } from './http-load';
import { capturing, sqlFloor, type CapturedQuery, type SqlFloor } from './sql-floor';

/**
 * `node dist/bench/api.js [--projects 100000] [--seconds 5] [--connections 32]`: the production api (and worker)
 * as their own processes on the bench:data portfolio, loaded with autocannon endpoint by endpoint: reads, writes
 * that never conflict, each beside the bare-Nest ceiling and the PostgreSQL floor of its SQL; then write → totals
 * latency, the reminder scan and peak memory. Writes bench/results/api-<projects>.{json,md}.
 */

export interface ApiBenchOptions {
  projects: number;
  seconds: number;
  connections: number;
}

export interface EndpointResult extends LoadFigures {
  endpoint: string;
  path: string;
  /** Throughput as a share of the bare Nest app's: 1 would be a free endpoint. */
  ratioToBare: number;
  sqlFloor: SqlFloor | null;
}

export interface ApiBenchResult {
  machine: ReturnType<typeof machine>;
  projects: number;
  connections: number;
  secondsPerEndpoint: number;
  endpoints: EndpointResult[];
  writeToTotalsMs: { runs: number[]; median: number };
  reminderScan: { first: ReminderScanResult; second: ReminderScanResult; milestones: number };
  peakRssMb: { api: number | null; worker: number | null; bareNest: number | null };
  writePools: { milestones: number; progressReports: number };
}

/** A read endpoint: its URL, and how to make the production service run its SQL in-process for the floor. */
interface ReadEndpoint {
  name: string;
  path: string;
  capture: (services: Services) => Promise<unknown>;
}

interface Services {
  projects: ProjectsService;
  milestones: MilestonesService;
  finance: FinanceService;
}

interface Fixtures {
  planId: string;
  deepCursor: string;
  deepPages: number;
  milestones: { id: string; version: number }[];
  reports: { projectId: string; period: string; version: number; completed: number; disbursed: number }[];
  latencyProjects: string[];
}

const WRITE_POOL = 20_000;
const DEEP_PAGES = 200;
const PREFIX = '/api/v1';

export async function runApiBench(options: ApiBenchOptions): Promise<ApiBenchResult> {
  const url = benchDatabaseUrl(databaseNameFor(options.projects));
  const dataSource = createDataSource({ url });
  await dataSource.initialize().catch(() => {
    throw new Error(`no benchmark database at ${url}: run npm run bench:data -- --projects ${options.projects} first`);
  });
  try {
    await ensureRollups(dataSource);
    const reminderScan = await measureReminderScan(dataSource, url);
    const fixtures = await loadFixtures(dataSource);
    const reads = readEndpoints(fixtures);
    const floors = await measureFloors(dataSource, reads);
    const { key } = await createApiKey(dataSource.manager, { name: `bench-api-${Date.now()}`, role: 'admin' });
    const measured = await measureOverHttp(dataSource, url, options, key, reads, fixtures, floors);
    return {
      machine: machine(),
      projects: options.projects,
      connections: options.connections,
      secondsPerEndpoint: options.seconds,
      ...measured,
      reminderScan,
      writePools: { milestones: fixtures.milestones.length, progressReports: fixtures.reports.length },
    };
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Totals for a plan come from the rollups only once that plan has been computed; a fresh portfolio would otherwise
 * be answered live, and write → totals latency would measure nothing. Same recompute the worker runs.
 */
async function ensureRollups(dataSource: DataSource): Promise<void> {
  // Bench-only: the work an earlier run's worker left when it was stopped (events not routed, rollups not run)
  // would otherwise be picked up by this run's worker while endpoints are measured.
  await dataSource.query(`UPDATE outbox_events SET published_at = coalesce(published_at, now()), handled_at = now() WHERE handled_at IS NULL`);
  const [{ missing, requested }] = await dataSource.query(
    `SELECT (SELECT count(*)::int FROM plans pl WHERE NOT EXISTS (SELECT 1 FROM finance_rollup_runs r WHERE r.plan_id = pl.id)) AS missing,
            (SELECT count(*)::int FROM rollup_requests) AS requested`,
  );
  if (missing === 0 && requested === 0) return;
  log(`computing rollups (${missing} plans never computed, ${requested} requested)…`);
  await new RollupService(dataSource).recompute(null);
}

/**
 * Two full scans in this process, before the api and worker start: the first records every reminder the portfolio
 * is due (on a fresh portfolio, hundreds of thousands), the second is the steady state (all deduplicated).
 */
async function measureReminderScan(dataSource: DataSource, url: string): Promise<ApiBenchResult['reminderScan']> {
  const runtime: Runtime = {
    config: loadConfig({ DATABASE_URL: url }),
    databaseUrl: url,
    queueBackend: { kind: 'redis', url: BENCH_REDIS_URL },
    embedded: null,
  };
  const scan = new ReminderScan(dataSource, runtime);
  const [{ watermark }] = await dataSource.query(`SELECT coalesce(max(id), 0)::text AS watermark FROM outbox_events`);
  log('reminder scan over all milestones (twice)…');
  const first = await scan.scan();
  const second = await scan.scan();
  // Bench-only: the scan's events would otherwise be relayed by the worker while the endpoints are measured
  // (a first scan of 100,000 projects writes a quarter of a million). Their delivery is not what this measures.
  await dataSource.query(`UPDATE outbox_events SET published_at = now(), handled_at = now() WHERE published_at IS NULL AND id > $1::bigint`, [watermark]);
  const [{ milestones }] = await dataSource.query(`SELECT count(*)::int AS milestones FROM milestones`);
  return { first, second, milestones };
}

async function loadFixtures(dataSource: DataSource): Promise<Fixtures> {
  const [plan] = await dataSource.query(`SELECT id FROM plans ORDER BY code LIMIT 1`);
  // Ordered by the random uuid, so consecutive PATCHes hit milestones of different projects.
  const milestones: { id: string; version: number }[] = await dataSource.query(
    `SELECT id, version FROM milestones ORDER BY id LIMIT $1`,
    [WRITE_POOL],
  );
  const reports = await progressPool(dataSource);
  const latency: { id: string }[] = await dataSource.query(
    `SELECT id FROM projects WHERE plan_id = $1 AND investment_wan IS NOT NULL ORDER BY code LIMIT 5`,
    [plan.id],
  );
  const { cursor, pages } = await deepCursor(dataSource);
  return { planId: plan.id, deepCursor: cursor, deepPages: pages, milestones, reports, latencyProjects: latency.map((p) => p.id) };
}

/**
 * Existing monthly reports to replace, newest month first across all projects before the next month of any: each
 * PUT hits another project while the pool lasts, and always a different (project, month), so none is a no-op.
 */
async function progressPool(dataSource: DataSource): Promise<Fixtures['reports']> {
  const [{ projects }] = await dataSource.query(`SELECT count(*)::int AS projects FROM projects`);
  const perProject = Math.ceil(WRITE_POOL / Math.min(projects, WRITE_POOL));
  const rows: { project_id: string; period: string; version: number; completed: string; disbursed: string }[] = await dataSource.query(
    `SELECT p.id AS project_id, r.period, r.version, r.completed, r.disbursed
       FROM (SELECT id FROM projects ORDER BY id LIMIT $1) p
       CROSS JOIN LATERAL (
         SELECT to_char(period, 'YYYY-MM') AS period, version, completed_investment_wan AS completed, disbursed_wan AS disbursed,
                row_number() OVER (ORDER BY period DESC) AS rank
           FROM progress_reports WHERE project_id = p.id ORDER BY period DESC LIMIT $2) r
      ORDER BY r.rank, p.id LIMIT $1`,
    [WRITE_POOL, perProject],
  );
  return rows.map((r) => ({ projectId: r.project_id, period: r.period, version: r.version, completed: Number(r.completed), disbursed: Number(r.disbursed) }));
}

/** The cursor of page DEEP_PAGES + 1 (or of the last page, on a small portfolio), from the production paginator. */
async function deepCursor(dataSource: DataSource): Promise<{ cursor: string; pages: number }> {
  const projects = new ProjectsService(dataSource);
  let cursor: string | undefined;
  let pages = 0;
  for (; pages < DEEP_PAGES; pages++) {
    const page = await projects.list({ limit: 50, cursor });
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  if (!cursor) throw new Error('the portfolio has a single page of projects');
  return { cursor, pages };
}

function readEndpoints(f: Fixtures): ReadEndpoint[] {
  const q = '传染病';
  return [
    { name: 'projects, first page', path: '/projects?limit=50', capture: (s) => s.projects.list({ limit: 50 }) },
    {
      name: `projects, page ${f.deepPages + 1} (keyset)`,
      path: `/projects?limit=50&cursor=${f.deepCursor}`,
      capture: (s) => s.projects.list({ limit: 50, cursor: f.deepCursor }),
    },
    {
      name: 'projects of a plan by -investmentWan',
      path: `/projects?planId=${f.planId}&sort=-investmentWan`,
      capture: (s) => s.projects.list({ planId: f.planId, sort: '-investmentWan' }),
    },
    { name: `projects q=${q}`, path: `/projects?q=${encodeURIComponent(q)}`, capture: (s) => s.projects.list({ q }) },
    {
      name: 'milestones overdue',
      path: '/milestones?status=overdue&limit=50',
      capture: (s) => s.milestones.list({ status: 'overdue', limit: 50 }),
    },
    { name: 'totals by status', path: '/finance/totals?groupBy=status', capture: (s) => s.finance.totals({ groupBy: 'status' }) },
    {
      name: 'totals by program, one plan',
      path: `/finance/totals?groupBy=program&planId=${f.planId}`,
      capture: (s) => s.finance.totals({ groupBy: 'program', planId: f.planId }),
    },
  ];
}

/** Runs each endpoint's production service once against a recording DataSource, then EXPLAINs what it sent. */
async function measureFloors(dataSource: DataSource, reads: ReadEndpoint[]): Promise<Map<string, SqlFloor>> {
  const floors = new Map<string, SqlFloor>();
  for (const read of reads) {
    const captured: CapturedQuery[] = [];
    const proxy = capturing(dataSource, captured);
    await read.capture({ projects: new ProjectsService(proxy), milestones: new MilestonesService(proxy), finance: new FinanceService(proxy) });
    log(`SQL floor of ${read.name} (${captured.length} statements, 20 EXPLAIN ANALYZE runs)…`);
    floors.set(read.name, await sqlFloor(dataSource, captured));
  }
  return floors;
}

interface Processes {
  api: ChildProcess;
  worker: ChildProcess;
  bare: ChildProcess;
  apiBase: string;
  bareBase: string;
}

async function startProcesses(url: string): Promise<Processes> {
  const [apiPort, barePort] = [await freePort(), await freePort()];
  const env = {
    DATABASE_URL: url,
    REDIS_URL: BENCH_REDIS_URL,
    // A prefix of its own, so no other run's jobs (or another engineer's) are picked up by this worker.
    QUEUE_PREFIX: `hct-bench-api-${process.pid}`,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '10000000',
    // The scan is measured on its own (above); the worker's schedule must not start one during the loads.
    REMINDER_SCAN_EVERY_MINUTES: '1440',
  };
  const api = startNode('dist/apps/api/src/main.js', [], { ...env, PORT: String(apiPort) });
  const worker = startNode('dist/apps/worker/src/main.js', [], env);
  const bare = startNode('dist/bench/bare-nest.js', ['--port', String(barePort)], {});
  const processes = { api, worker, bare, apiBase: `http://127.0.0.1:${apiPort}`, bareBase: `http://127.0.0.1:${barePort}` };
  await waitUntilUp(`${processes.apiBase}${PREFIX}/health`, api);
  await waitUntilUp(`${processes.bareBase}/constant`, bare);
  return processes;
}

/** Until no other session of this database is running a statement and the outbox is drained (bounded: 120 s). */
async function waitForQuiet(dataSource: DataSource): Promise<void> {
  let quietPolls = 0;
  for (let i = 0; i < 600 && quietPolls < 5; i++) {
    const [{ busy }] = await dataSource.query(
      `SELECT (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid())
            + (SELECT count(*) FROM outbox_events WHERE handled_at IS NULL)
            + (SELECT count(*) FROM rollup_requests) AS busy`,
    );
    quietPolls = Number(busy) === 0 ? quietPolls + 1 : 0;
    await sleep(200);
  }
}

async function measureOverHttp(
  dataSource: DataSource,
  url: string,
  options: ApiBenchOptions,
  key: string,
  reads: ReadEndpoint[],
  fixtures: Fixtures,
  floors: Map<string, SqlFloor>,
): Promise<Pick<ApiBenchResult, 'endpoints' | 'writeToTotalsMs' | 'peakRssMb'>> {
  const processes = await startProcesses(url);
  try {
    await waitForQuiet(dataSource);
    const health = `${processes.apiBase}${PREFIX}/health`;
    const auth = { authorization: `Bearer ${key}` };
    const run = async (name: string, target: string, extra: Partial<Parameters<typeof load>[0]> = {}) => {
      log(`${name}: ${options.connections} connections for ${options.seconds} s…`);
      await settle(health);
      // Reads get a second of unmeasured load first, so the first endpoint measured does not pay for the JIT and
      // the pools warming up. Writes do not: each request consumes a row of their pools.
      if (!extra.setupRequest) await load({ url: target, seconds: 1, connections: options.connections, headers: auth });
      return load({ url: target, seconds: options.seconds, connections: options.connections, headers: auth, ...extra });
    };
    const bare = await run('bare Nest constant', `${processes.bareBase}/constant`);
    const endpoints: EndpointResult[] = [{ endpoint: 'bare Nest 12, constant JSON', path: '(bare-nest.ts) GET /constant', ...bare, ratioToBare: 1, sqlFloor: null }];
    const entry = (name: string, path: string, figures: LoadFigures): EndpointResult => ({
      endpoint: name,
      path: path.replace(fixtures.planId, '<planId>').replace(fixtures.deepCursor, '<cursor>'),
      ...figures,
      ratioToBare: Math.round((figures.requestsPerSecond / Math.max(bare.requestsPerSecond, 1)) * 1000) / 1000,
      sqlFloor: floors.get(name) ?? null,
    });
    for (const read of reads) endpoints.push(entry(read.name, read.path, await run(read.name, `${processes.apiBase}${PREFIX}${read.path}`)));

    await settle(health);
    const writeToTotalsMs = await measureWriteToTotals(processes.apiBase, auth, fixtures);
    const milestoneWrites = await run('PATCH milestone', `${processes.apiBase}${PREFIX}/milestones`, {
      method: 'PATCH',
      setupRequest: milestonePatches(fixtures.milestones, auth),
    });
    endpoints.push(entry('PATCH milestone (If-Match)', '/milestones/{id}', milestoneWrites));
    await waitForQuiet(dataSource);
    const progressWrites = await run('PUT progress', `${processes.apiBase}${PREFIX}/projects`, {
      method: 'PUT',
      setupRequest: progressPuts(fixtures.reports, auth),
    });
    endpoints.push(entry('PUT progress month (If-Match)', '/projects/{id}/progress/{period}', progressWrites));
    const peak = { api: peakRssMb(processes.api.pid), worker: peakRssMb(processes.worker.pid), bareNest: peakRssMb(processes.bare.pid) };
    return { endpoints, writeToTotalsMs, peakRssMb: peak };
  } finally {
    await Promise.all([stop(processes.api), stop(processes.worker), stop(processes.bare)]);
  }
}

/**
 * Each request takes the next unused milestone with the version read from SQL, so every PATCH should be a 200.
 * Past the end of the pool it wraps around, and the repeats show up as 412s among the errors.
 */
function milestonePatches(pool: Fixtures['milestones'], auth: Record<string, string>): (request: autocannon.Request) => autocannon.Request {
  let next = 0;
  return (request) => {
    const milestone = pool[next++ % pool.length];
    return {
      ...request,
      method: 'PATCH',
      path: `${PREFIX}/milestones/${milestone.id}`,
      headers: { ...auth, 'content-type': 'application/json', 'if-match': `"${milestone.version}"` },
      body: JSON.stringify({ note: `bench ${next}` }),
    };
  };
}

/** Like milestonePatches: a different (project, month) per request, its figures changed so the PUT is a real write. */
function progressPuts(pool: Fixtures['reports'], auth: Record<string, string>): (request: autocannon.Request) => autocannon.Request {
  let next = 0;
  return (request) => {
    const report = pool[next++ % pool.length];
    return {
      ...request,
      method: 'PUT',
      path: `${PREFIX}/projects/${report.projectId}/progress/${report.period}`,
      headers: { ...auth, 'content-type': 'application/json', 'if-match': `"${report.version}"` },
      body: JSON.stringify({ completedInvestmentWan: Math.round((report.completed + 1) * 100) / 100, disbursedWan: report.disbursed }),
    };
  };
}

interface Totals {
  total: { investmentWan: number };
  source: string;
}

/**
 * PATCH a project's investment (+1 万元), then poll its plan's totals (served from the rollup the worker recomputes
 * on the event) until the total includes it: the delay a finance user sees. Median of the projects; each poll
 * bounded to 30 s.
 */
async function measureWriteToTotals(base: string, auth: Record<string, string>, f: Fixtures): Promise<ApiBenchResult['writeToTotalsMs']> {
  const runs: number[] = [];
  const totalsUrl = `${base}${PREFIX}/finance/totals?groupBy=plan&planId=${f.planId}`;
  for (const id of f.latencyProjects) {
    const before = (await getJson<Totals>(totalsUrl, auth)).body.total.investmentWan;
    const project = await getJson<{ investmentWan: number }>(`${base}${PREFIX}/projects/${id}`, auth);
    const started = performance.now();
    const patched = await fetch(`${base}${PREFIX}/projects/${id}`, {
      method: 'PATCH',
      headers: { ...auth, 'content-type': 'application/json', 'if-match': project.etag },
      body: JSON.stringify({ investmentWan: project.body.investmentWan + 1 }),
    });
    if (!patched.ok) throw new Error(`PATCH /projects/${id}: ${patched.status} ${await patched.text()}`);
    runs.push(await pollUntil(totalsUrl, auth, (t) => Math.abs(t.total.investmentWan - before - 1) < 0.005, started));
  }
  return { runs, median: median(runs) };
}

async function pollUntil(url: string, auth: Record<string, string>, done: (totals: Totals) => boolean, started: number): Promise<number> {
  while (performance.now() - started < 30_000) {
    if (done((await getJson<Totals>(url, auth)).body)) return Math.round(performance.now() - started);
    await sleep(10);
  }
  throw new Error(`${url} did not show the write within 30 s`);
}

async function getJson<T>(url: string, headers: Record<string, string>): Promise<{ body: T; etag: string }> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return { body: (await response.json()) as T, etag: response.headers.get('etag') ?? '' };
}

export function markdown(result: ApiBenchResult): string {
  const m = result.machine;
  const scan = result.reminderScan;
  const rows = result.endpoints.map((e) =>
    [e.endpoint, e.requestsPerSecond, e.ratioToBare.toFixed(3), e.p50Ms, e.p95Ms, e.p99Ms, e.errors, e.sqlFloor ? e.sqlFloor.executionMs : '–']
      .join(' | '),
  );
  return [
    `## API at ${result.projects.toLocaleString('en')} projects`,
    '',
    `${m.date}, commit ${m.commit}, ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, load average ${m.loadAverage1m} at the start; ` +
      `${result.connections} connections, ${result.secondsPerEndpoint} s per endpoint.`,
    '',
    '| endpoint | req/s | × bare | p50 ms | p95 ms | p99 ms | errors | SQL floor ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row} |`),
    '',
    `SQL floor: median of 20 EXPLAIN ANALYZE execution times of the statements the endpoint's service sends (planning excluded).`,
    `Write → visible in totals (PATCH investment, poll totals by plan): median ${result.writeToTotalsMs.median} ms (${result.writeToTotalsMs.runs.join(', ')}).`,
    `Reminder scan over ${scan.milestones.toLocaleString('en')} milestones: first ${scan.first.durationMs} ms ` +
      `(${scan.first.scanned} open scanned, ${scan.first.created} reminders created, ${scan.first.batches} batches), ` +
      `second ${scan.second.durationMs} ms (${scan.second.created} created).`,
    `Peak RSS (VmHWM): api ${result.peakRssMb.api} MB, worker ${result.peakRssMb.worker} MB, bare Nest ${result.peakRssMb.bareNest} MB.`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const options = { projects: Number(flag('projects', '100000')), seconds: Number(flag('seconds', '5')), connections: Number(flag('connections', '32')) };
  const result = await runApiBench(options);
  const path = writeResult(`api-${options.projects}`, result);
  const table = markdown(result);
  writeFileSync(join(process.cwd(), `bench/results/api-${options.projects}.md`), table);
  process.stdout.write(table);
  log(`api benchmark at ${options.projects} projects written to ${path}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    log(`bench:api failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  });
}
