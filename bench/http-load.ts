import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** What one autocannon run says about an endpoint, in the units the reports use. */
export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  statusCodes: Record<string, number>;
}

export interface LoadOptions {
  url: string;
  seconds: number;
  connections: number;
  method?: 'GET' | 'PATCH' | 'PUT';
  headers?: Record<string, string>;
  /** Per request: rewrites path, headers and body, so a write never repeats (see api.ts). */
  setupRequest?: (request: autocannon.Request) => autocannon.Request;
}

export async function load(options: LoadOptions): Promise<LoadFigures> {
  // Every response time is kept (a few hundred thousand numbers at most), because autocannon's own histogram
  // reports p97.5 but not the p95 the reports need.
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        method: options.method ?? 'GET',
        headers: options.headers,
        requests: options.setupRequest ? [{ setupRequest: options.setupRequest }] : undefined,
      },
      (error: Error | null, done: autocannon.Result) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stats.count ?? 0;
  return {
    requestsPerSecond: Math.round(result.requests.total / Math.max(result.duration, 0.001)),
    p50Ms: ms(quantile(times, 0.5)),
    p95Ms: ms(quantile(times, 0.95)),
    p99Ms: ms(quantile(times, 0.99)),
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
    statusCodes,
  };
}

const ms = (value: number) => (Number.isNaN(value) ? 0 : Math.round(value * 10) / 10);

export const median = (values: number[]): number => quantile(values, 0.5);

export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A compiled entry point as its own process, so its CPU, event loop and memory are not the bench's. */
export function startNode(script: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Stops a child we started and waits for it, so the next size's processes do not compete with its shutdown. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** Polls `url` until it answers 2xx (bounded: 30 s), or fails if the process died first. */
export async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await sleep(100);
  }
  throw new Error(`${url} did not come up within 30 s`);
}

/**
 * Waits until `url` answers quickly again (bounded: 60 s), so requests still queued from the last load
 * do not count against the next one (bench:api and bench:finance).
 */
export async function settle(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const started = performance.now();
    await fetch(url).catch(() => undefined);
    if (performance.now() - started < 20) return;
    await sleep(100);
  }
}

/** Peak resident set (VmHWM) of a process: what it needed at its worst, not what it holds now. */
export function peakRssMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return null;
  }
}
