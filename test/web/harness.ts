import { afterAll, afterEach } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  api<T>(path: string, init?: { method?: string; body?: unknown; key?: string; headers?: Record<string, string> }): Promise<T>;
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
  const api = async <T>(path: string, init: { method?: string; body?: unknown; key?: string; headers?: Record<string, string> } = {}) => {
    const response = await fetch(`${base}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${init.key ?? adminKey}`,
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
  return { base, adminKey, api, stop };
}

export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  // Without the browser, say how to get it rather than fail on playwright's launch error.
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `the dashboard tests drive Debian's Chromium, which is not at ${CHROMIUM}: install it with ` +
        '`apt-get install chromium fonts-noto-cjk` (npx playwright install cannot download here)',
    );
  }
  // Playwright gives every launch a new, empty profile directory and runs headless without the sandbox.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
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
  /**
   * A browser elsewhere: its time zone (e.g. 'UTC') and a fixed clock, set before the dashboard loads;
   * `bypassCSP` lets a test inject a script of its own (axe-core), which the API's Content-Security-Policy refuses.
   */
  options: { timezoneId?: string; fixedTime?: Date; bypassCSP?: boolean } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    acceptDownloads: true,
    timezoneId: options.timezoneId,
    bypassCSP: options.bypassCSP,
  });
  if (options.fixedTime) await context.clock.setFixedTime(options.fixedTime);
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

/** The whole page as a PNG in test-output/screenshots, or only what the screen shows (`fullPage: false`). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage });
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

/** An axe-core finding: the rule, what it asks for, and the first few elements that break it (CSS selectors). */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

let axeSource: string | undefined;

/**
 * Runs axe-core's WCAG 2.0 and 2.1 level A and AA rules on the page as it is now and answers the violations of
 * impact serious or critical.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(createRequire(resolve('package.json')).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated in the page through the DevTools protocol, which the dashboard's Content-Security-Policy (no inline
  // scripts) does not apply to; as text, since the tests are compiled without the DOM's types.
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
  return (await page.evaluate(`axe
    .run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    })
    .then((results) =>
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
        })),
    )`)) as AxeViolation[];
}

/**
 * The hooks every browser suite needs: each test's pages closed after it, the browser and the seeded server after the
 * suite. `started` reads them when the hooks run (they are made in the suite's beforeAll).
 */
export function closeAfterEachAndAll(opened: WatchedPage[], started: () => { browser?: Browser; server?: SeededServer }): void {
  afterEach(async () => {
    for (const { context } of opened.splice(0)) await context.close();
  });
  afterAll(async () => {
    const { browser, server } = started();
    await browser?.close();
    await server?.stop();
  });
}
