import { beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { waitFor } from '../support/processes';
import {
  closeAfterEachAndAll,
  DESKTOP,
  launchChromium,
  openSignedIn,
  PHONE,
  screenshot,
  type SeededServer,
  startSeededServer,
  waitForText,
  type WatchedPage,
} from './harness';

// The dashboard's way of writing amounts: 万元 with thousands separators, to the 0.01.
const wan = (value: number) =>
  new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

type Status = 'pending' | 'draft' | 'submitted' | 'returned' | 'approved';
const STATUSES: Status[] = ['pending', 'draft', 'submitted', 'returned', 'approved'];
type Counts = Record<Status | 'total', number>;
interface RoundDetail {
  id: string;
  status: 'open' | 'closed';
  counts: Counts;
  byInstitution: { institutionId: string | null; institutionName: string | null; counts: Counts }[];
  byRegion: { regionCode: string; regionName: string; counts: Counts }[];
  missing: { projectId: string }[];
}
interface Report {
  projectId: string;
  projectName: string;
  institutionId: string | null;
  status: Status;
  reason: string | null;
  completedInvestmentWan: number | null;
  cumulativeCompletedWan: number | null;
  progressText: string | null;
  version: number;
}
interface Project {
  id: string;
  name: string;
  institutionId: string | null;
  status: string;
}

describe('reporting rounds (调度) and problems in the dashboard, in Chromium', () => {
  let server: SeededServer;
  let browser: Browser;
  let luojiang: { id: string; regionName: string; title: string };
  let project: Project;
  let other: Report;
  let roundId = '';
  const keys = { finance: '', manager: '', viewer: '' };
  const opened: WatchedPage[] = [];
  // The round: a month whose reports were due two days ago, so the unsubmitted ones are late, still open a month.
  const dueDate = day(-2);
  const period = dueDate.slice(0, 7);
  const closesOn = day(30);
  const reason = '累计完成投资与财务报表不符，请核实';

  const open = async (key: string, viewport = DESKTOP) => {
    const watched = await openSignedIn(browser, server, key, viewport);
    opened.push(watched);
    return watched;
  };
  const goto = (page: Page, route: string) => page.goto(`${server.base}/#/${route}`);
  /** The API as a script calls it, with If-Match when given; answers the status and the body. */
  const call = async <T>(path: string, init: { method?: string; body?: unknown; key?: string; ifMatch?: number } = {}) => {
    const response = await fetch(`${server.base}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${init.key ?? server.adminKey}`,
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(init.ifMatch === undefined ? {} : { 'If-Match': `"${init.ifMatch}"` }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  const roundOf = async () => (await call<RoundDetail>(`/reporting-rounds/${roundId}`)).body;
  const reportOf = async (projectId: string) => (await call<Report>(`/reporting-rounds/${roundId}/reports/${projectId}`)).body;
  const reportPath = (projectId: string, step = '') => `/api/v1/reporting-rounds/${roundId}/reports/${projectId}${step}`;

  /**
   * At phone width the page itself never scrolls sideways (wide tables scroll inside their frames): the screenshot is
   * taken after checking that nothing sticks out.
   */
  const atPhoneWidth = async (page: Page, name: string) => {
    await page.setViewportSize(PHONE);
    // Evaluated in the page, as text: the tests are compiled without the DOM's types.
    const sticking = (await page.evaluate(`(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-wrap'))
        .map((e) => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : ''))
        .slice(0, 5);
    })()`)) as string[];
    expect({ name, sticking }).toEqual({ name, sticking: [] });
    await screenshot(page, name);
  };

  /** The board's figures, by status, as the page shows them. */
  const boardCounts = async (page: Page) => {
    const shown: Record<string, number> = {};
    for (const s of [...STATUSES, 'total']) shown[s] = Number(await page.getByTestId(`count-${s}`).textContent());
    return shown;
  };
  const expectBoardToMatchApi = async (page: Page) => {
    const round = await roundOf();
    // The board reloads after each step: wait for it to show the API's total of approvals, then compare all.
    await waitForText(page, 'count-approved', String(round.counts.approved));
    await waitForText(page, 'count-returned', String(round.counts.returned));
    expect(await boardCounts(page)).toEqual(round.counts);
    const late = round.counts.pending + round.counts.draft + round.counts.returned;
    expect(await page.getByTestId('count-late').textContent()).toBe(String(late));
    // By institution (责任单位) and by region: every row's counts as the API's.
    for (const [testId, groups] of [
      ['by-institution', round.byInstitution.map((g) => ({ key: g.institutionId ?? 'none', counts: g.counts }))],
      ['by-region', round.byRegion.map((g) => ({ key: g.regionCode, counts: g.counts }))],
    ] as const) {
      expect(await page.locator(`[data-testid=${testId}] tbody tr`).count()).toBe(groups.length);
      for (const group of groups) {
        const row = page.locator(`[data-testid=${testId}] tbody tr[data-key="${group.key}"]`);
        const cells: Record<string, number> = {};
        for (const s of [...STATUSES, 'total']) cells[s] = Number(await row.locator(`td[data-status=${s}]`).textContent());
        expect({ testId, key: group.key, counts: cells }).toEqual({ testId, key: group.key, counts: group.counts });
      }
    }
    return round;
  };

  beforeAll(async () => {
    server = await startSeededServer();
    const plans = await server.api<{ items: { id: string; code: string; regionName: string; title: string }[] }>('/plans');
    luojiang = plans.items.find((p) => p.code.startsWith('510604'))!;
    expect(luojiang).toBeDefined();
    const projects = await server.api<{ items: Project[] }>(`/projects?planId=${luojiang.id}&sort=-investmentWan&limit=200`);
    // A project that owes a report: it has an institution and is neither finished nor cancelled.
    project = projects.items.find((p) => p.institutionId && !['completed', 'in_service', 'cancelled'].includes(p.status))!;
    expect(project).toBeDefined();
    const createKey = async (role: string, institutionIds?: string[]) =>
      (
        await server.api<{ key: string }>('/keys', {
          method: 'POST',
          body: { name: `reporting-${role}`, role, ...(institutionIds ? { institutionIds } : {}) },
        })
      ).key;
    keys.finance = await createKey('finance');
    keys.manager = await createKey('manager', [project.institutionId!]);
    keys.viewer = await createKey('viewer');
    browser = await launchChromium();
  }, 120_000);

  closeAfterEachAndAll(opened, () => ({ browser, server }));

  it('finance opens a round over 罗江 from 审核 and sees its board', async () => {
    const { page, problems, failures } = await open(keys.finance);
    await page.getByRole('link', { name: '审核', exact: true }).click();
    await page.getByText('还没有调度轮次：请先发起调度。').waitFor();
    const form = page.getByTestId('open-round');
    // No rounds yet: the form to open one is already open.
    await form.waitFor();
    await form.getByLabel('填报月份').fill(period);
    await form.getByLabel('截止日期').fill(dueDate);
    await form.getByLabel(/关闭日期/).fill(closesOn);
    await form.getByLabel('规划', { exact: true }).selectOption(luojiang.id);
    await form.getByRole('button', { name: '发起调度' }).click();
    await page.getByTestId('review-board').waitFor();

    const rounds = await server.api<{ items: { id: string; period: string; planId: string }[] }>('/reporting-rounds');
    expect(rounds.items).toHaveLength(1);
    expect(rounds.items[0]).toMatchObject({ period, planId: luojiang.id });
    roundId = rounds.items[0].id;
    expect(page.url()).toContain(`#/review/${roundId}`);
    const round = await expectBoardToMatchApi(page);
    expect(round.counts.pending).toBe(round.counts.total);
    expect(round.counts.total).toBeGreaterThan(1);
    // A plan's round links to the plan's annual sheet of the month.
    expect(await page.getByTestId('annual-sheet').getAttribute('href')).toBe(
      `/api/v1/plans/${luojiang.id}/annual-sheet.xlsx?year=${period.slice(0, 4)}&period=${period}`,
    );

    // The same plan and month again is refused, and the API's reason is shown in Chinese.
    await page.locator('summary', { hasText: '发起调度' }).click();
    await form.getByLabel('填报月份').fill(period);
    await form.getByLabel('截止日期').fill(dueDate);
    await form.getByLabel('规划', { exact: true }).selectOption(luojiang.id);
    await form.getByRole('button', { name: '发起调度' }).click();
    await page.getByTestId('open-error').getByText(/已有项目在其他调度轮次中填报/).waitFor();
    expect(problems).toEqual([]);
    expect(failures).toEqual(['409 POST /api/v1/reporting-rounds']);
  });

  it('a manager sees what their institution owes, saves a draft (keeping input on errors and conflicts) and submits', async () => {
    const { page, problems, failures } = await open(keys.manager);
    // Managers report; they do not review.
    expect(await page.getByRole('link', { name: '审核', exact: true }).count()).toBe(0);
    await page.getByRole('link', { name: '填报', exact: true }).click();
    const row = page.locator(`[data-testid=my-reports] tr[data-project-id="${project.id}"]`);
    await row.waitFor();
    expect(await row.getByTestId('report-status').textContent()).toBe('未填报');
    // Only the institution's reports, as the API lists them for this key.
    const mine = await call<{ items: Report[] }>(`/reporting-rounds/${roundId}/reports?limit=500`, { key: keys.manager });
    expect(await page.locator('[data-testid=my-reports] tbody tr').count()).toBe(mine.body.items.length);
    expect(mine.body.items.every((r) => r.institutionId === project.institutionId)).toBe(true);
    await screenshot(page, 'reports-desktop');
    await atPhoneWidth(page, 'reports-phone');
    await page.setViewportSize(DESKTOP);

    await row.getByRole('link', { name: '填报' }).click();
    const form = page.getByTestId('report-form');
    await form.waitFor();
    await form.getByLabel('本月完成投资（万元）').fill('120.5');
    await form.getByLabel('形象进度（%）').fill('150');
    await form.getByLabel('是否开工').selectOption('yes');
    await form.getByLabel('开工日期').fill('2024-03-18');
    await form.getByLabel('进展情况').fill('主体结构施工至3层');
    await form.getByLabel('存在问题').fill('中央预算内资金到位较慢');
    // A progress over 100% is caught in the form; nothing typed is lost.
    await form.getByRole('button', { name: '保存草稿' }).click();
    await page.getByTestId('error-pct').waitFor();
    expect(await form.getByLabel('进展情况').inputValue()).toBe('主体结构施工至3层');
    await form.getByLabel('形象进度（%）').fill('35');
    await form.getByRole('button', { name: '保存草稿' }).click();
    await waitForText(page, 'report-status', '草稿');
    let saved = await reportOf(project.id);
    expect(saved).toMatchObject({ status: 'draft', completedInvestmentWan: 120.5, progressText: '主体结构施工至3层' });
    await screenshot(page, 'report-form-desktop');

    // Someone else (an admin) saves the draft meanwhile: this page's save gets 412, says so, keeps what was typed
    // and shows what is saved now; saving again goes on from the current version.
    const elsewhere = await call<Report>(reportPath(project.id).replace('/api/v1', ''), {
      method: 'PUT',
      ifMatch: saved.version,
      body: { completedInvestmentWan: 120.5, physicalProgressPct: 35, progressText: '管理员代填：主体结构施工至4层', started: true, startedOn: '2024-03-18' },
    });
    expect(elsewhere.status).toBe(200);
    await form.getByLabel('进展情况').fill('主体结构施工至5层');
    await form.getByRole('button', { name: '保存草稿' }).click();
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('已被他人修改');
    expect(await conflict.getByTestId('saved-figures').textContent()).toContain('管理员代填：主体结构施工至4层');
    expect(await form.getByLabel('进展情况').inputValue()).toBe('主体结构施工至5层');
    await screenshot(page, 'report-conflict-desktop');

    await form.getByRole('button', { name: '保存并提交' }).click();
    await waitForText(page, 'report-status', '已提交');
    await page.getByTestId('report-readonly').waitFor();
    saved = await reportOf(project.id);
    expect(saved).toMatchObject({ status: 'submitted', completedInvestmentWan: 120.5, progressText: '主体结构施工至5层' });
    await atPhoneWidth(page, 'report-submitted-phone');
    expect(problems).toEqual([]);
    expect(failures).toEqual([`412 PUT ${reportPath(project.id)}`]);
  });

  it('finance returns the report with a reason (required) from the board', async () => {
    const { page, problems, failures } = await open(keys.finance);
    await goto(page, `review/${roundId}`);
    const row = page.locator(`[data-testid=review-reports] tr[data-project-id="${project.id}"]`);
    await row.waitFor();
    expect(await row.getByTestId('report-status').textContent()).toBe('已提交');
    await row.getByRole('checkbox').check();
    await waitForText(page, 'selected-count', '已选 1 项');
    const bar = page.getByTestId('bulk-bar');
    await bar.getByRole('button', { name: '退回' }).click();
    await page.getByTestId('reason-error').waitFor();
    await bar.getByLabel('退回原因').fill(reason);
    await bar.getByRole('button', { name: '退回' }).click();
    await waitForText(row, 'row-outcome', '已退回');
    await waitForText(row, 'report-status', '已退回');
    expect(await reportOf(project.id)).toMatchObject({ status: 'returned', reason });
    await expectBoardToMatchApi(page);
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('the manager sees the reason, fixes the figures (the API’s Chinese refusal shown beside the form) and resubmits', async () => {
    // Months before the round's are on record, so a cumulative figure below them is refused.
    const earlier = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 2, 1)).toISOString().slice(0, 7);
    const progress = await call<{ items: { period: string; completedInvestmentWan: number; version: number }[] }>(`/projects/${project.id}/progress`);
    const onRecord = progress.body.items.find((m) => m.period === earlier);
    const put = await call(`/projects/${project.id}/progress/${earlier}`, {
      method: 'PUT',
      ifMatch: onRecord?.version,
      body: { completedInvestmentWan: 100, disbursedWan: 0 },
    });
    expect([200, 201]).toContain(put.status);
    const before = (await call<{ items: { period: string; completedInvestmentWan: number }[] }>(`/projects/${project.id}/progress`)).body.items
      .filter((m) => m.period < period)
      .reduce((sum, m) => sum + m.completedInvestmentWan, 0);
    expect(before).toBeGreaterThanOrEqual(100);

    const { page, problems, failures } = await open(keys.manager);
    await page.getByRole('link', { name: '填报', exact: true }).click();
    const row = page.locator(`[data-testid=my-reports] tr[data-project-id="${project.id}"]`);
    await row.waitFor();
    expect(await row.getByTestId('report-status').textContent()).toBe('已退回');
    expect(await row.getByTestId('row-reason').textContent()).toBe(`退回原因：${reason}`);
    await row.getByRole('link', { name: '修改' }).click();
    await page.getByTestId('return-reason').waitFor();
    expect(await page.getByTestId('return-reason-text').textContent()).toBe(reason);
    await screenshot(page, 'report-returned-desktop');
    await atPhoneWidth(page, 'report-returned-phone');
    await page.setViewportSize(DESKTOP);

    const form = page.getByTestId('report-form');
    await form.getByLabel('累计完成投资（开工以来）').check();
    await form.getByLabel('累计完成投资（万元）').fill('50');
    await form.getByRole('button', { name: '保存并提交' }).click();
    const error = page.getByTestId('report-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/累计完成投资 50 万元 小于 .* 之前各月已记录的/);
    expect(await form.getByLabel('累计完成投资（万元）').inputValue()).toBe('50');

    const cumulative = Math.round((before + 200.25) * 100) / 100;
    await form.getByLabel('累计完成投资（万元）').fill(String(cumulative));
    await form.getByRole('button', { name: '保存并提交' }).click();
    await waitForText(page, 'report-status', '已提交');
    expect(await reportOf(project.id)).toMatchObject({ status: 'submitted', completedInvestmentWan: 200.25, cumulativeCompletedWan: cumulative });
    expect(problems).toEqual([]);
    expect(failures).toEqual([`422 POST ${reportPath(project.id, '/submit')}`]);
  });

  it('finance approves the selected reports, each failure reported on its row, and the board’s counts are the API’s', async () => {
    // A second report of the round, submitted by an admin on the institution's behalf.
    const all = await call<{ items: Report[] }>(`/reporting-rounds/${roundId}/reports?limit=500`);
    const candidate = all.body.items.find((r) => r.projectId !== project.id && r.status === 'pending')!;
    const draft = await call<Report>(`/reporting-rounds/${roundId}/reports/${candidate.projectId}`, {
      method: 'PUT',
      ifMatch: candidate.version,
      body: { completedInvestmentWan: 10, progressText: '前期手续办理中' },
    });
    expect(draft.status).toBe(200);
    other = (await call<Report>(`/reporting-rounds/${roundId}/reports/${candidate.projectId}/submit`, { method: 'POST', ifMatch: draft.body.version })).body;
    expect(other.status).toBe('submitted');

    const { page, problems, failures } = await open(keys.finance);
    await goto(page, `review/${roundId}`);
    const board = page.getByTestId('review-reports');
    await board.locator(`tr[data-project-id="${other.projectId}"]`).waitFor();
    await page.getByRole('checkbox', { name: '全选可审核的填报' }).check();
    await waitForText(page, 'selected-count', '已选 2 项');
    // Meanwhile another reviewer returns the second one: its approval from this page is refused (412).
    const returned = await call<Report>(`/reporting-rounds/${roundId}/reports/${other.projectId}/return`, {
      method: 'POST',
      ifMatch: other.version,
      body: { reason: '请补充进展情况' },
    });
    expect(returned.status).toBe(200);
    await page.getByTestId('bulk-bar').getByRole('button', { name: '审核通过' }).click();
    await waitForText(page, 'review-summary', '审核通过 1 项，1 项未处理（见各行说明）。');
    const mineRow = board.locator(`tr[data-project-id="${project.id}"]`);
    const otherRow = board.locator(`tr[data-project-id="${other.projectId}"]`);
    expect(await mineRow.getByTestId('row-outcome').textContent()).toBe('已审核通过');
    expect(await otherRow.getByTestId('row-outcome').textContent()).toBe('未处理：该填报已被他人修改，请核对后重试。');
    await waitForText(mineRow, 'report-status', '已审核');
    await waitForText(otherRow, 'report-status', '已退回');
    expect((await reportOf(project.id)).status).toBe('approved');
    // The month's figure as the cumulative one made it: cumulative less the months before.
    expect(await mineRow.locator('td.num').first().textContent()).toBe(wan(200.25));

    const round = await expectBoardToMatchApi(page);
    expect(round.counts).toMatchObject({ approved: 1, returned: 1 });

    // The plan's annual sheet of the month, downloaded with the key, with the approved project in it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('annual-sheet').click()]);
    const month = Number(period.slice(5, 7));
    expect(download.suggestedFilename()).toBe(`${luojiang.regionName}${period.slice(0, 4)}年重点项目${month}月进展情况表.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const texts: string[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && texts.push(cell.value))));
    expect(texts).toContain(project.name);
    await page.getByTestId('late').waitFor();
    await screenshot(page, 'review-board-desktop');
    await atPhoneWidth(page, 'review-board-phone');
    expect(problems).toEqual([]);
    expect(failures).toEqual([`412 POST ${reportPath(other.projectId, '/approve')}`]);
  });

  it('finance closes the round: the late reports stay listed, as the API’s missing', async () => {
    const { page, problems, failures } = await open(keys.finance);
    await goto(page, `review/${roundId}`);
    await page.getByRole('button', { name: '关闭本轮调度' }).click();
    await page.getByRole('button', { name: '确认关闭' }).click();
    await waitForText(page, 'round-status', '已关闭');
    const round = await roundOf();
    expect(round.status).toBe('closed');
    await waitForText(page, 'count-late', String(round.missing.length));
    expect(await page.locator('[data-testid=late] li').count()).toBe(round.missing.length);
    await expectBoardToMatchApi(page);
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('a viewer sees neither 填报 nor 审核 in the navigation, and 问题 read-only', async () => {
    const { page, problems, failures } = await open(keys.viewer);
    expect(await page.getByRole('link', { name: '填报', exact: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: '审核', exact: true }).count()).toBe(0);
    await page.getByRole('link', { name: '问题', exact: true }).click();
    await page.getByText('只读账户不能登记问题。').waitFor();
    expect(await page.getByTestId('add-problem').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('a manager records a problem of their project, finds it by category and overdue, and resolves it', async () => {
    const { page, problems, failures } = await open(keys.manager);
    await page.getByRole('link', { name: '问题', exact: true }).click();
    await page.getByTestId('plan-select').selectOption({ label: luojiang.regionName });
    const form = page.getByTestId('add-problem');
    // The required fields are asked for before anything is sent.
    await form.getByRole('button', { name: '登记问题' }).click();
    await form.getByText('请填写问题描述。').waitFor();
    const projectSelect = form.getByLabel('项目', { exact: true });
    await waitFor(async () => (await projectSelect.locator(`option[value="${project.id}"]`).count()) === 1, {
      what: 'the manager’s project among the choices',
    });
    await projectSelect.selectOption(project.id);
    await form.getByLabel('类别').selectOption('funding');
    await form.getByLabel('问题描述').fill('中央预算内资金尚未下达');
    await form.getByLabel(/责任单位/).fill('区发改局');
    await form.getByLabel(/限期解决日期/).fill(day(-3));
    await form.getByRole('button', { name: '登记问题' }).click();
    await page.getByTestId('problem-added').waitFor();
    const listed = await call<{ items: { id: string; projectId: string; category: string; overdue: boolean; version: number }[] }>(
      `/problems?projectId=${project.id}`,
    );
    expect(listed.body.items).toHaveLength(1);
    const created = listed.body.items[0];
    expect(created).toMatchObject({ category: 'funding', overdue: true });
    const row = page.locator(`[data-testid=problems] tr[data-problem-id="${created.id}"]`);
    await row.waitFor();
    expect(await row.getByTestId('problem-category').textContent()).toBe('资金');

    // Filters: 资金 and overdue keep it; 用地 and not-overdue do not.
    await page.getByTestId('problem-category-filter').selectOption('funding');
    await page.getByTestId('problem-overdue-filter').selectOption('true');
    await row.waitFor();
    const overdueFunding = await call<{ items: unknown[] }>(`/problems?planId=${luojiang.id}&category=funding&overdue=true`);
    await waitFor(async () => (await page.locator('[data-testid=problems] tbody tr').count()) === overdueFunding.body.items.length);
    await screenshot(page, 'problems-desktop');
    await page.getByTestId('problem-overdue-filter').selectOption('false');
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('problem-overdue-filter').selectOption('');
    await page.getByTestId('problem-category-filter').selectOption('land');
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('problem-category-filter').selectOption('');
    await row.waitFor();

    // Resolving needs how it was resolved.
    await row.getByRole('button', { name: '标记解决' }).click();
    await row.getByRole('button', { name: '确认解决' }).click();
    await waitForText(row, 'resolve-error', '请填写解决情况。');
    await row.getByLabel('解决情况').fill('资金已于本月下达');
    await row.getByRole('button', { name: '确认解决' }).click();
    await waitForText(row, 'problem-status', '已解决');
    const resolved = await call<{ status: string; resolution: string; resolvedOn: string | null }>(`/problems/${created.id}`);
    expect(resolved.body).toMatchObject({ status: 'resolved', resolution: '资金已于本月下达' });
    expect(resolved.body.resolvedOn).not.toBeNull();
    await page.getByTestId('problem-status-filter').selectOption('resolved');
    await row.waitFor();
    await atPhoneWidth(page, 'problems-phone');
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });
});
