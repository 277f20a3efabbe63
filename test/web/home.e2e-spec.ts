import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { waitFor } from '../support/processes';
import {
  closeAfterEachAndAll,
  launchChromium,
  openSignedIn,
  PHONE,
  screenshot,
  type SeededServer,
  seriousAxeViolations,
  startSeededServer,
  type WatchedPage,
} from './harness';

// Issue 16: reminders that say what they are about and can be acknowledged, and a manager's home (我的项目).

/** Today (YYYY-MM-DD) in Beijing, the plans' time zone, moved by whole days. */
const beijingDay = (days = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

interface Project {
  id: string;
  name: string;
  institutionId: string | null;
}
interface Milestone {
  id: string;
  name: string;
  plannedDate: string;
  status: string;
  version: number;
}
interface Reminder {
  id: string;
  kind: string;
  milestoneId: string | null;
  projectId: string | null;
  projectName: string | null;
  institutionName: string | null;
  milestoneName: string | null;
}
interface MyProject {
  id: string;
  institutionId: string;
  attention: 'overdue' | 'unreported' | 'due' | 'none';
}

const ATTENTION = { overdue: '已逾期', unreported: '未填报', due: '即将到期', none: '正常' };

/** axe-core's serious and critical violations on the page as it is (rule id and the first element). */
const seriousViolations = async (page: Page): Promise<string[]> =>
  (await seriousAxeViolations(page)).map((v) => `${v.id}: ${v.targets[0] ?? ''}`);

describe('reminders and a manager’s home', () => {
  let server: SeededServer;
  let browser: Browser;
  let institutionId = '';
  let mine: Project[] = [];
  let managerKey = '';
  let financeKey = '';
  let overdueId = '';
  const opened: WatchedPage[] = [];

  const open = async (key: string, viewport?: { width: number; height: number }) => {
    const watched = await openSignedIn(browser, server, key, viewport);
    opened.push(watched);
    return watched;
  };
  const goto = (page: Page, route: string) => page.goto(`${server.base}/#/${route}`);
  const milestonesOf = async (id: string) =>
    (await server.api<{ items: Milestone[] }>(`/projects/${id}/milestones?sort=plannedDate&limit=100`)).items;
  /** PATCH a milestone as the API wants it: with the version read as If-Match. */
  const patchMilestone = async (milestone: Milestone, body: Record<string, unknown>) => {
    const response = await fetch(`${server.base}/api/v1/milestones/${milestone.id}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${server.adminKey}`, 'Content-Type': 'application/json', 'If-Match': `"${milestone.version}"` },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`PATCH milestone: ${response.status} ${await response.text()}`);
  };
  const reminders = async () => (await server.api<{ items: Reminder[] }>('/notifications?acked=false&limit=200', { key: managerKey })).items;

  beforeAll(async () => {
    server = await startSeededServer();
    const plans = await server.api<{ items: { id: string; code: string }[] }>('/plans');
    const plan = plans.items.find((p) => p.code.startsWith('510604'))!;
    const projects = (await server.api<{ items: Project[] }>(`/projects?planId=${plan.id}&limit=200`)).items;
    // An institution with at least two projects.
    const counts = new Map<string, number>();
    for (const p of projects) if (p.institutionId) counts.set(p.institutionId, (counts.get(p.institutionId) ?? 0) + 1);
    institutionId = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    mine = (await server.api<{ items: Project[] }>(`/projects?institutionId=${institutionId}&limit=200`)).items;
    const createKey = async (role: string, institutionIds?: string[]) =>
      (
        await server.api<{ key: string }>('/keys', {
          method: 'POST',
          body: { name: `home-${role}`, role, ...(institutionIds ? { institutionIds } : {}) },
        })
      ).key;
    managerKey = await createKey('manager', [institutionId]);
    financeKey = await createKey('finance');
    // The first project: two milestones overdue (since three days and since yesterday); the second: one due in five days.
    const [first, second] = mine;
    await server.api(`/projects/${first.id}/milestones/standard`, { method: 'POST' });
    await server.api(`/projects/${second.id}/milestones/standard`, { method: 'POST' });
    const firstMilestones = await milestonesOf(first.id);
    for (const [index, m] of firstMilestones.entries()) await patchMilestone(m, { plannedDate: beijingDay(index === 0 ? -3 : index === 1 ? -1 : 400 + index) });
    const secondMilestones = await milestonesOf(second.id);
    for (const [index, m] of secondMilestones.entries()) await patchMilestone(m, { plannedDate: beijingDay(index === 0 ? 5 : 400 + index) });
    overdueId = firstMilestones[0].id;
    const expected = [firstMilestones[0].id, firstMilestones[1].id, secondMilestones[0].id];
    await server.api('/jobs/reminders/run', { method: 'POST' });
    await waitFor(async () => {
      const ids = new Set((await reminders()).map((r) => r.milestoneId));
      return expected.every((id) => ids.has(id));
    }, { what: 'the reminders of the overdue and due milestones' });
    browser = await launchChromium();
  }, 120_000);

  closeAfterEachAndAll(opened, () => ({ browser, server }));

  it('each reminder names its project (a link), institution and milestone, once; a done milestone’s reminder is gone; 确认 and 全部确认', async () => {
    const { page, problems, failures } = await open(managerKey);
    await goto(page, 'notifications');
    const items = page.getByTestId('notification');
    await items.first().waitFor();
    const pending = await reminders();
    expect(await items.count()).toBe(pending.length);
    // One entry per milestone, each naming its project, institution and milestone.
    const milestoneIds = (await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-milestone')))).filter(Boolean);
    expect(new Set(milestoneIds).size).toBe(milestoneIds.length);
    const [first] = mine;
    const overdue = (await milestonesOf(first.id)).find((m) => m.id === overdueId)!;
    const entry = page.locator(`[data-testid=notification][data-milestone="${overdue.id}"]`);
    const link = entry.getByTestId('notification-project');
    expect(await link.textContent()).toBe(first.name);
    expect(await link.getAttribute('href')).toBe(`#/projects/${first.id}`);
    const reminder = pending.find((r) => r.milestoneId === overdue.id)!;
    expect(await entry.getByTestId('notification-institution').textContent()).toBe(reminder.institutionName);
    expect(await entry.getByTestId('notification-milestone').textContent()).toBe(`里程碑：${overdue.name}`);
    expect(await entry.locator('.badge').textContent()).toBe('已逾期');
    await screenshot(page, 'reminders-desktop');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'reminders-phone');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(await seriousViolations(page)).toEqual([]);

    // The milestone done (through the API, as another person would): after a reload its reminder is gone.
    await patchMilestone(overdue, { actualDate: beijingDay() });
    await page.reload();
    await items.first().waitFor();
    expect(await entry.count()).toBe(0);
    expect(await items.count()).toBe((await reminders()).length);
    expect((await reminders()).some((r) => r.milestoneId === overdue.id)).toBe(false);

    // 确认 one: the count is said, the entry leaves the list.
    const before = await items.count();
    await items.first().getByRole('button', { name: /^确认/ }).click();
    await page.getByText('已确认 1 条提醒。').waitFor();
    await waitFor(async () => (await items.count()) === before - 1, { what: 'the acknowledged reminder to leave the list' });
    // 全部确认: all the rest, with their number.
    const rest = (await reminders()).length;
    expect(rest).toBe(before - 1);
    await page.getByRole('button', { name: '全部确认' }).click();
    await page.getByText(`已确认 ${rest} 条提醒。`).waitFor();
    await page.getByText('没有待处理的提醒。').waitFor();
    expect(await reminders()).toEqual([]);
    expect(await page.getByRole('button', { name: '全部确认' }).isDisabled()).toBe(true);
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('a manager lands on 我的项目: only their institutions’ projects, in the API’s order, each with its attention in Chinese', async () => {
    const lastMonth = (() => {
      const [y, m] = beijingDay().split('-').map(Number);
      const d = new Date(Date.UTC(y, m - 2, 1));
      return d.toISOString().slice(0, 7);
    })();
    const [, second] = mine;
    await server.api(`/projects/${second.id}/progress/${lastMonth}`, {
      method: 'PUT',
      body: { completedInvestmentWan: 10, disbursedWan: 5 },
    });
    const expected = (await server.api<{ items: MyProject[] }>('/me/projects?limit=100', { key: managerKey })).items;
    expect(expected.length).toBe(mine.length);

    const { page, problems, failures } = await open(managerKey);
    // Home is 我的项目, the menu's first item.
    await page.getByRole('heading', { name: '我的项目' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/mine');
    expect(await page.getByRole('navigation', { name: '主导航' }).getByRole('link').first().textContent()).toBe('我的项目');
    const rows = page.getByTestId('my-project');
    await rows.first().waitFor();
    expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).toEqual(expected.map((p) => p.id));
    expect(new Set(mine.map((p) => p.id))).toEqual(new Set(expected.map((p) => p.id)));
    for (const [index, item] of expected.entries()) {
      expect(await rows.nth(index).getByTestId('attention').textContent()).toBe(ATTENTION[item.attention]);
    }
    // The first project's milestone is overdue, the second's due: both listed before the rest, with their dates.
    const [first] = mine;
    const firstRow = page.locator(`[data-testid=my-project][data-id="${first.id}"]`);
    const secondRow = page.locator(`[data-testid=my-project][data-id="${second.id}"]`);
    expect(await firstRow.getByTestId('attention').textContent()).toBe('已逾期');
    expect(await secondRow.getByTestId('attention').textContent()).toBe('即将到期');
    const [, m, d] = beijingDay(5).split('-').map(Number);
    expect(await secondRow.getByTestId('next-milestone').textContent()).toContain(`${m}月${d}日`);
    const [ly, lm] = lastMonth.split('-').map(Number);
    expect(await secondRow.getByTestId('last-reported').textContent()).toBe(`${ly}年${lm}月`);
    expect(await secondRow.getByRole('link', { name: second.name }).getAttribute('href')).toBe(`#/projects/${second.id}`);
    await screenshot(page, 'my-projects-desktop');
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    await screenshot(page, 'my-projects-phone');
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('finance and admin keys keep the overview as their home, without 我的项目', async () => {
    for (const key of [financeKey, server.adminKey]) {
      const { page, problems, failures } = await open(key);
      await page.getByRole('heading', { name: '投资总览' }).first().waitFor();
      expect(new URL(page.url()).hash).toBe('#/overview');
      expect(await page.getByRole('link', { name: '我的项目' }).count()).toBe(0);
      expect(problems).toEqual([]);
      expect(failures).toEqual([]);
    }
  });
});
