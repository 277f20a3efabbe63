import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { cleanEnv, freePort, startProcess, waitFor, type RunningProcess } from '../support/processes';
import { TEST_REDIS_URL, testDatabaseUrl, testQueuePrefix } from '../support/test-env';

const run = promisify(execFile);
const dist = (entry: string) => resolve(process.cwd(), 'dist/apps', entry, 'src/main.js');

// These tests start the compiled entry points as a person or a deployment would; npm test builds them first.
beforeAll(() => {
  if (!existsSync(dist('standalone'))) throw new Error('dist/ is missing: run `npm run build` (npm test does)');
});

async function health(port: number): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('configuration errors', () => {
  it.each(['api', 'worker', 'standalone'])('stop the %s with one line naming the variable', async (entry) => {
    const child = startProcess('node', [dist(entry)], cleanEnv({ PORT: 'eighty', REDIS_URL: 'http://nope' }));
    expect(await child.exited).toBe(1);
    const lines = child.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/REDIS_URL must start with redis:\/\/.*PORT must be an integer/);
    expect(lines[0]).not.toMatch(/\bat .*\.js:\d+/);
  });
});

describe('npm start with nothing configured (the embedded default)', () => {
  let dataDir: string;
  let port: number;
  let pgPort: number;
  let server: RunningProcess;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'hct-embedded-'));
    port = await freePort();
    pgPort = await freePort();
    server = startProcess(
      'node',
      [dist('standalone')],
      cleanEnv({ DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort) }),
    );
    await waitFor(() => server.output().includes('/docs'), { timeoutMs: 90_000, what: 'the server to start' });
  }, 100_000);
  afterAll(async () => {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves health with the database and the PostgreSQL-backed queue', async () => {
    expect(await health(port)).toEqual({
      status: 200,
      body: { status: 'ok', db: 'ok', queue: 'ok', queueBackend: 'postgres' },
    });
    const docs = await fetch(`http://127.0.0.1:${port}/docs/`);
    expect(docs.status).toBe(200);
  });

  it('prints an admin key the first time that answers an API call, and the CLI shares its database', async () => {
    const adminKey = /Admin API key.*: (hct_\S+)/.exec(server.output())?.[1];
    expect(adminKey).toBeDefined();
    const plans = await fetch(`http://127.0.0.1:${port}/api/v1/plans`, { headers: { Authorization: `Bearer ${adminKey}` } });
    expect(plans.status).toBe(200);
    // The seeded portfolio: the five plans of seeds/.
    const body = (await plans.json()) as { items: { code: string }[] };
    expect(body.items.map((p) => p.code).sort()).toEqual([
      '510400-2021-2025',
      '510521-2021-2025',
      '510604-2021-2025',
      '511102-2021-2025',
      '640221-2021-2025',
    ]);
    expect(server.output()).toMatch(/Seeded 5 plans with 76 projects/);
    const { stdout } = await run('node', [dist('cli'), 'keys:create', '--role', 'viewer', '--name', 'smoke'], {
      env: cleanEnv({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) }),
    });
    expect(stdout.trim().split('\n').pop()).toMatch(/^hct_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
  }, 30_000);

  it('stops cleanly on SIGTERM, embedded PostgreSQL included', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/api/v1/health`)).rejects.toThrow();
    const pg = await import('pg');
    const client = new pg.default.Client({ host: '127.0.0.1', port: pgPort, connectionTimeoutMillis: 1000 });
    await expect(client.connect()).rejects.toThrow();
  }, 30_000);
});

describe('npm run start:api and start:worker against PostgreSQL and Redis (the scaled deployment)', () => {
  it('start separately, serve health, and stop on SIGTERM', async () => {
    const port = await freePort();
    const env = cleanEnv({
      DATABASE_URL: testDatabaseUrl(),
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: testQueuePrefix(),
      PORT: String(port),
      LOG_LEVEL: 'info',
    });
    const api = startProcess('node', [dist('api')], env);
    const worker = startProcess('node', [dist('worker')], env);
    try {
      let last: unknown = 'no answer';
      await waitFor(
        async () => {
          if (api.child.exitCode !== null) return true; // exited: reported below, with its output
          const answer = await health(port);
          last = answer;
          return answer.status === 200;
        },
        { what: 'the api to serve health' },
      ).catch((error: Error) => {
        throw new Error(`${error.message}; last health ${JSON.stringify(last)}\napi output:\n${api.output().slice(-3000)}`);
      });
      if (api.child.exitCode !== null) throw new Error(`the api exited with ${api.child.exitCode}:\n${api.output()}`);
      expect((await health(port)).body).toMatchObject({ db: 'ok', queue: 'ok', queueBackend: 'redis' });
      await waitFor(() => worker.output().includes('worker started'), { what: 'the worker to start' });
      api.child.kill('SIGTERM');
      worker.child.kill('SIGTERM');
      expect(await api.exited).toBe(0);
      expect(await worker.exited).toBe(0);
    } finally {
      api.child.kill('SIGKILL');
      worker.child.kill('SIGKILL');
    }
  }, 60_000);
});
