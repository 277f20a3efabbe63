import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createScratchDatabase, dropScratchDatabase } from '../support/scratch-database';
import { cleanEnv, freePort, startProcess, waitFor, type RunningProcess } from '../support/processes';
import { TEST_REDIS_URL } from '../support/test-env';

export const SCREENSHOTS = resolve('test-output', 'screenshots');
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 900 };

/** The flags ../shared/STACK.md found necessary for Debian's Chromium as root on machines without internet. */
const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=zh-CN',
];

export interface SeededServer {
  base: string;
  adminKey: string;
  api<T>(path: string, init?: { method?: string; body?: unknown; key?: string }): Promise<T>;
  stop(): Promise<void>;
}

/**
 * `npm start` as a person runs it, on a database of its own: the built standalone process migrates, loads
 * seeds/ and prints the first admin key; the dashboard comes from dist/web.
 */
export async function startSeededServer(): Promise<SeededServer> {
  const main = resolve('dist/apps/standalone/src/main.js');
  if (!existsSync(main) || !existsSync(resolve('dist/web/index.html'))) {
    throw new Error('dist/ or dist/web is missing: run `npm run build` (npm test does)');
  }
  const database = await createScratchDatabase('web');
  const port = await freePort();
  const server: RunningProcess = startProcess(
    process.execPath,
    [main],
    cleanEnv({
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: `hct-web-${process.pid}-${port}`,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
    }),
  );
  const stop = async () => {
    if (server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await dropScratchDatabase(database.name);
  };
  try {
    await waitFor(() => /Admin API key[^:]*: (\S+)/.test(server.output()) || server.child.exitCode !== null, {
      timeoutMs: 60_000,
      what: 'the seeded server to start',
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const match = /Admin API key[^:]*: (\S+)/.exec(server.output());
  if (!match) {
    await stop();
    throw new Error(`the server did not start:\n${server.output()}`);
  }
  const base = `http://127.0.0.1:${port}`;
  const adminKey = match[1];
  const api = async <T>(path: string, init: { method?: string; body?: unknown; key?: string } = {}) => {
    const response = await fetch(`${base}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${init.key ?? adminKey}`,
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
  return { base, adminKey, api, stop };
}

export async function launchChromium(): Promise<Browser> {
  // Playwright gives every launch a new, empty profile directory and runs headless without the sandbox.
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * A signed-in page and what went wrong in it: console errors and uncaught exceptions (`problems`, expected to
 * stay empty) and every API response of 400 or more (`failures`, as "403 GET /api/v1/keys"), which a test
 * compares with exactly the ones it provoked. Browsers also log each failed response as a console error; those
 * lines are left to `failures`.
 */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  problems: string[];
  failures: string[];
}

export async function openSignedIn(
  browser: Browser,
  server: SeededServer,
  key: string,
  viewport = DESKTOP,
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  const failures: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (/^Failed to load resource: the server responded with a status of \d+/.test(message.text())) return;
    problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() < 400) return;
    failures.push(`${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  await page.goto(server.base + '/');
  await page.getByLabel('API 密钥').fill(key);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('role').waitFor();
  return { page, context, problems, failures };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Polls the page's text (which a rollup updates a moment after a write) until it is the expected one. */
export async function waitForText(
  page: Page | Locator,
  testId: string,
  expected: string,
  reload?: () => Promise<void>,
) {
  let last = '';
  await waitFor(
    async () => {
      if (reload) await reload();
      last = (await page.getByTestId(testId).first().textContent({ timeout: 10_000 })) ?? '';
      return last === expected;
    },
    { timeoutMs: 30_000, intervalMs: 250, what: `${testId} to read ${expected}` },
  );
}
