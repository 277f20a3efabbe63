import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { waitFor } from '../support/processes';
import {
  type AxeViolation,
  closeAfterEachAndAll,
  launchChromium,
  openSignedIn,
  PHONE,
  type SeededServer,
  seriousAxeViolations,
  startSeededServer,
  type WatchedPage,
} from './harness';

// Issue 16's "axe at desktop and phone: 0 serious or critical": axe-core's WCAG 2 A and AA rules on the dashboard's
// pages, as a finance user and as a hospital's project manager see them, at 1280 px and at a phone's 390 px.

const DESKTOP_1280 = { width: 1280, height: 900 };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

interface Project {
  id: string;
  institutionId: string | null;
  investmentWan: number | null;
  status: string;
}

describe('the dashboard’s accessibility (axe-core) in Chromium', () => {
  let server: SeededServer;
  let browser: Browser;
  let project: Project;
  let planId = '';
  let roundId = '';
  const keys = { finance: '', manager: '' };
  const opened: WatchedPage[] = [];

  const open = async (key: string, viewport: { width: number; height: number }) => {
    const watched = await openSignedIn(browser, server, key, viewport, { bypassCSP: true });
    opened.push(watched);
    return watched;
  };

  /** Opens a route, waits for its heading and for every load to finish, and answers what axe finds there. */
  const check = async (page: Page, route: string, heading: string | RegExp) => {
    await page.goto(`${server.base}/#/${route}`);
    await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
    await waitFor(async () => (await page.locator('.loading, [aria-busy=true]').count()) === 0, {
      what: `#/${route} to finish loading`,
    });
    return scan(page, route);
  };
  /** What axe finds on the page as it is now, each violation with where it was found. */
  const scan = async (page: Page, where: string) => (await seriousAxeViolations(page)).map((v) => ({ where, ...v }));

  /** The pages each role uses, with the heading that says the page is there. */
  const pages = (): Record<keyof typeof keys, [string, string | RegExp][]> => ({
    finance: [
      [`overview?plan=${planId}`, '投资总览'],
      [`projects?plan=${planId}`, '项目'],
      [`projects/${project.id}`, '里程碑'],
      [`review/${roundId}`, '审核'],
      ['problems', '存在问题'],
      ['notifications', '我的提醒'],
      ['capacity', '床位：基数 → 目标，及项目新增'],
      ['plans', '规划与导入'],
    ],
    manager: [
      ['overview', '投资总览'],
      [`projects/${project.id}`, '里程碑'],
      ['reports', '填报'],
      [`reports/${roundId}/${project.id}`, /进展填报$/],
      ['problems', '存在问题'],
      ['notifications', '我的提醒'],
    ],
  });

  beforeAll(async () => {
    server = await startSeededServer();
    const plans = await server.api<{ items: { id: string; code: string }[] }>('/plans');
    planId = plans.items.find((p) => p.code.startsWith('510604'))!.id;
    const projects = await server.api<{ items: Project[] }>(`/projects?planId=${planId}&sort=-investmentWan&limit=200`);
    // A project that owes a report: it has an institution and is neither finished nor cancelled.
    project = projects.items.find((p) => p.institutionId && !['completed', 'in_service', 'cancelled'].includes(p.status))!;
    expect(project).toBeDefined();
    const createKey = async (role: string, institutionIds?: string[]) =>
      (
        await server.api<{ key: string }>('/keys', {
          method: 'POST',
          body: { name: `axe-${role}`, role, ...(institutionIds ? { institutionIds } : {}) },
        })
      ).key;
    keys.finance = await createKey('finance');
    keys.manager = await createKey('manager', [project.institutionId!]);
    // Something on every page: milestones, a month's progress, a round to report in and review, a problem.
    await server.api(`/projects/${project.id}/milestones/standard`, { method: 'POST' });
    const dueDate = day(-2);
    await server.api(`/projects/${project.id}/progress/${dueDate.slice(0, 7)}`, {
      method: 'PUT',
      body: { completedInvestmentWan: 120, disbursedWan: 80, physicalProgressPct: 30, note: '主体结构施工' },
    });
    roundId = (
      await server.api<{ id: string }>('/reporting-rounds', {
        method: 'POST',
        body: { period: dueDate.slice(0, 7), dueDate, closesOn: day(30), planId },
      })
    ).id;
    await server.api(`/projects/${project.id}/problems`, {
      method: 'POST',
      body: { category: 'funding', description: '中央预算内资金尚未下达', responsibleUnit: '区发改局', dueDate: day(10) },
    });
    // The manager's reminders (milestones due or overdue), for 提醒 to list.
    await server.api('/jobs/reminders/run', { method: 'POST' });
    await waitFor(
      async () =>
        (await server.api<{ items: unknown[] }>('/notifications?acked=false', { key: keys.manager })).items.length > 0,
      { what: 'the manager’s reminders' },
    );
    browser = await launchChromium();
  }, 120_000);

  closeAfterEachAndAll(opened, () => ({ browser, server }));

  it('the check sees what it must: an unlabelled input and grey text on white are named', async () => {
    const { page } = await open(keys.finance, DESKTOP_1280);
    await check(page, 'overview', '投资总览');
    // Evaluated in the page, as text: the tests are compiled without the DOM's types.
    await page.evaluate(`document.querySelector('main').insertAdjacentHTML('beforeend',
      '<input type="text" id="axe-probe-input"><p id="axe-probe-text" style="color:#bbb;background:#fff">低对比度文字</p>')`);
    const probed = (await seriousAxeViolations(page)).filter((v) => v.targets.some((t) => t.startsWith('#axe-probe-')));
    expect(probed.map((v) => v.id).sort()).toEqual(['color-contrast', 'label']);
  });

  for (const [width, viewport] of [
    ['desktop (1280 px)', DESKTOP_1280],
    ['phone (390 px)', PHONE],
  ] as const) {
    it(`no serious or critical violations at ${width}`, async () => {
      const found: (AxeViolation & { where: string })[] = [];
      for (const [role, routes] of Object.entries(pages()) as [keyof typeof keys, [string, string | RegExp][]][]) {
        const { page, problems, failures } = await open(keys[role], viewport);
        for (const [route, heading] of routes) found.push(...(await check(page, route, heading)));
        expect(problems).toEqual([]);
        expect(failures).toEqual([]);
      }
      expect(found).toEqual([]);
    }, 180_000);
  }

  for (const [width, viewport] of [
    ['desktop (1280 px)', DESKTOP_1280],
    ['phone (390 px)', PHONE],
  ] as const) {
    it(`no serious or critical violations in the states behind a click at ${width}: errors, open forms, warnings`, async () => {
      const found: (AxeViolation & { where: string })[] = [];
      // Signing in with a key that is not one.
      const context = await browser.newContext({ viewport, locale: 'zh-CN', bypassCSP: true });
      try {
        const signIn = await context.newPage();
        await signIn.goto(server.base + '/');
        found.push(...(await scan(signIn, 'sign-in')));
        await signIn.getByLabel('API 密钥').fill('not-a-key');
        await signIn.getByRole('button', { name: '登录' }).click();
        await signIn.getByRole('alert').waitFor();
        found.push(...(await scan(signIn, 'sign-in with a wrong key')));
      } finally {
        await context.close();
      }

      const { page, problems } = await open(keys.manager, viewport);
      // The progress form's messages beside its fields.
      found.push(...(await check(page, `projects/${project.id}`, '里程碑')));
      await page.getByLabel('月份').fill('');
      await page.getByLabel('当月完成投资（万元）', { exact: true }).fill('一千二');
      await page.getByRole('button', { name: '保存进度' }).click();
      await page.getByTestId('error-period').waitFor();
      found.push(...(await scan(page, 'progress form with errors')));
      // A milestone being marked done, then moved out of the standard order (a warning to confirm).
      const row = page.locator('[data-milestone-id]').first();
      await row.getByRole('button', { name: '标记完成' }).click();
      await row.getByLabel('完成日期').waitFor();
      found.push(...(await scan(page, 'milestone marked done')));
      await row.getByRole('button', { name: '取消' }).click();
      await row.getByRole('button', { name: '调整计划日期' }).click();
      await row.getByLabel('新的计划日期').fill('2099-03-01');
      await row.getByRole('button', { name: '保存' }).click();
      await row.getByTestId('order-warning').waitFor();
      found.push(...(await scan(page, 'milestone out of order')));
      // A report with an amount that is not a number.
      found.push(...(await check(page, `reports/${roundId}/${project.id}`, /进展填报$/)));
      await page.getByLabel('本月完成投资（万元）').fill('abc');
      await page.getByRole('button', { name: '保存草稿' }).click();
      await page.getByTestId('error-amount').waitFor();
      found.push(...(await scan(page, 'report with errors')));
      expect(problems).toEqual([]);

      // The form that opens a round, unfolded.
      const finance = await open(keys.finance, viewport);
      found.push(...(await check(finance.page, `review/${roundId}`, '审核')));
      await finance.page.locator('summary', { hasText: '发起调度' }).click();
      await finance.page.getByTestId('open-round').getByLabel('填报月份').waitFor();
      found.push(...(await scan(finance.page, 'open-round form')));
      expect(finance.problems).toEqual([]);

      expect(found).toEqual([]);
    }, 180_000);
  }
});
