import { beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { countySheet, xlsxOf } from '../../libs/plan-parser/test/county-sheet';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { waitFor } from '../support/processes';
import {
  closeAfterEachAndAll,
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

interface Totals {
  total: { investmentWan: number; completedInvestmentWan: number; landMu: number; projectCount: number };
}
interface Project {
  id: string;
  name: string;
  institutionId: string | null;
  investmentWan: number | null;
  source: { file: string | null; line: number | null };
}
interface Milestone {
  id: string;
  name: string;
  plannedDate: string;
  status: string;
}

describe('the web dashboard in Chromium', () => {
  let server: SeededServer;
  let browser: Browser;
  let luojiang: { id: string; regionName: string };
  let project: Project;
  const keys = { finance: '', manager: '', otherManager: '', viewer: '' };
  const opened: WatchedPage[] = [];

  const open = async (key: string, viewport?: { width: number; height: number }) => {
    const watched = await openSignedIn(browser, server, key, viewport);
    opened.push(watched);
    return watched;
  };
  const goto = async (page: Page, route: string) => {
    await page.goto(`${server.base}/#/${route}`);
  };
  const selectPlan = async (page: Page) => {
    await page.getByTestId('plan-select').first().selectOption({ label: luojiang.regionName });
  };
  const luojiangTotals = () =>
    server.api<Totals>(`/finance/totals?planId=${luojiang.id}&groupBy=program`);
  const milestonesOf = async (id: string) =>
    (await server.api<{ items: Milestone[] }>(`/projects/${id}/milestones?sort=plannedDate`)).items;

  beforeAll(async () => {
    server = await startSeededServer();
    const plans = await server.api<{ items: { id: string; code: string; regionName: string }[] }>('/plans');
    luojiang = plans.items.find((p) => p.code.startsWith('510604'))!;
    expect(luojiang).toBeDefined();
    const projects = await server.api<{ items: Project[] }>(
      `/projects?planId=${luojiang.id}&sort=-investmentWan&limit=20`,
    );
    project = projects.items.find((p) => p.institutionId && p.investmentWan)!;
    const createKey = async (role: string, institutionIds?: string[]) =>
      (
        await server.api<{ key: string }>('/keys', {
          method: 'POST',
          body: { name: `web-${role}`, role, ...(institutionIds ? { institutionIds } : {}) },
        })
      ).key;
    keys.finance = await createKey('finance');
    keys.manager = await createKey('manager', [project.institutionId!]);
    keys.otherManager = await createKey('manager', [project.institutionId!]);
    keys.viewer = await createKey('viewer');
    await server.api(`/projects/${project.id}/milestones/standard`, { method: 'POST' });
    browser = await launchChromium();
  }, 120_000);

  closeAfterEachAndAll(opened, () => ({ browser, server }));

  it('a finance user sees 罗江’s totals as the API computes them, the reconciliation, and exports xlsx', async () => {
    const { page, problems, failures } = await open(keys.finance);
    expect(await page.getByTestId('role').textContent()).toBe('财政局');
    expect(await page.getByTestId('signed-in-as').textContent()).toBe('web-finance');
    // The overview opens on this year, or on the plans' last year once their period is over.
    const plans = await server.api<{ items: { periodEnd: number }[] }>('/plans');
    const openingYear = String(Math.min(new Date().getFullYear(), Math.max(...plans.items.map((p) => p.periodEnd))));
    const yearSelect = page.getByRole('combobox', { name: '年度' });
    await waitFor(async () => (await yearSelect.inputValue()) === openingYear, { what: `the year to open on ${openingYear}` });
    await selectPlan(page);
    const totals = await luojiangTotals();
    await waitForText(page, 'planned-investment', wan(totals.total.investmentWan));
    await waitForText(page, 'completed-investment', wan(totals.total.completedInvestmentWan));
    // The count comes from its own request: wait for it like the amounts above, do not read it at once.
    await waitForText(page, 'project-count', String(totals.total.projectCount));
    const reconciliation = await server.api<{ items: { reconciled: boolean }[] }>(
      `/finance/reconciliation?planId=${luojiang.id}`,
    );
    await expect(page.locator('[data-testid=reconciliation] tbody tr').count()).resolves.toBe(reconciliation.items.length);
    await expect(page.locator('[data-testid=reconciliation] tr.mismatch').count()).resolves.toBe(
      reconciliation.items.filter((r) => !r.reconciled).length,
    );
    await page.locator('canvas').first().waitFor();
    await screenshot(page, 'overview-desktop');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`投资汇总-${luojiang.regionName}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const numbers: number[] = [];
    workbook.worksheets[0].eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'number') numbers.push(cell.value);
      }),
    );
    expect(numbers).toContain(totals.total.investmentWan);

    await page.setViewportSize(PHONE);
    await screenshot(page, 'overview-phone');
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('filters the overview by region, narrows the plans to it, and charts completed vs pace by month', async () => {
    const { page, problems, failures } = await open(keys.finance);
    const regions = await server.api<{ items: { code: string; name: string; planCount: number }[] }>('/regions?level=province');
    const sichuan = regions.items.find((r) => r.code === '510000')!;
    expect(sichuan.planCount).toBe(4);
    await page.getByTestId('region-select').selectOption({ value: sichuan.code });
    const totals = await server.api<Totals>(`/finance/totals?regionCode=${sichuan.code}&groupBy=program`);
    await waitForText(page, 'planned-investment', wan(totals.total.investmentWan));
    await waitForText(page, 'project-count', String(totals.total.projectCount));
    const planOptions = await page.getByTestId('plan-select').locator('option').allTextContents();
    const sichuanPlans = await server.api<{ items: { regionName: string }[] }>(`/plans?regionCode=${sichuan.code}`);
    expect(planOptions).toEqual(['全部规划', ...sichuanPlans.items.map((p) => p.regionName)]);
    expect(planOptions).not.toContain('平罗县');

    // The monthly series behind the chart, as a table a screen reader (and this test) can read.
    await page.getByRole('combobox', { name: '年度' }).selectOption({ value: '2024' });
    const pace = await server.api<{ months: { month: string; expectedCumulativeWan: number; completedCumulativeWan: number | null }[] }>(
      `/finance/pace?regionCode=${sichuan.code}&year=2024`,
    );
    expect(pace.months[11].expectedCumulativeWan).toBeGreaterThan(0);
    await waitForText(page.locator('[data-testid=pace-months] tbody tr').nth(11), 'pace-month', '2024-12');
    await page.getByText('逐月数据').click();
    const rows: string[][] = [];
    for (const row of await page.locator('[data-testid=pace-months] tbody tr').all()) rows.push(await row.locator('th, td').allTextContents());
    expect(rows.map((row) => [row[0], row[1], row[3]])).toEqual(
      pace.months.map((m) => [m.month, wan(m.expectedCumulativeWan), m.completedCumulativeWan == null ? '—' : wan(m.completedCumulativeWan)]),
    );
    await screenshot(page, 'overview-region-desktop');
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('lists projects with the unit columns and the totals of the filtered set, and shows a project’s source', async () => {
    const { page, problems, failures } = await open(keys.finance);
    await goto(page, 'projects');
    await selectPlan(page);
    const totals = await luojiangTotals();
    const footer = page.getByTestId('projects-total');
    await waitFor(async () => (await footer.textContent())?.includes(`（${totals.total.projectCount} 个项目）`) ?? false);
    expect(await footer.locator('td').nth(1).textContent()).toBe(wan(totals.total.investmentWan));
    await expect(page.locator('[data-testid=projects] tbody tr').count()).resolves.toBe(totals.total.projectCount);
    await screenshot(page, 'projects-desktop');

    await page.getByRole('link', { name: project.name, exact: true }).click();
    await page.getByTestId('project-source').waitFor();
    expect(await page.getByTestId('project-source').textContent()).toBe(
      `${project.source.file} 第 ${project.source.line} 行`,
    );
    expect(await page.getByTestId('project-investment').textContent()).toBe(`${wan(project.investmentWan!)} 万元`);
    await screenshot(page, 'project-desktop');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'project-phone');
    await goto(page, 'projects');
    await page.getByTestId('projects-total').waitFor();
    await screenshot(page, 'projects-phone');
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('a manager marks a milestone done, records a month’s progress and sees the totals update', async () => {
    const before = await luojiangTotals();
    const { page, problems, failures } = await open(keys.manager);
    expect(await page.getByTestId('role').textContent()).toBe('项目单位');
    await goto(page, `projects/${project.id}`);
    const first = page.getByTestId('milestone').first();
    await first.getByRole('button', { name: '标记完成' }).click();
    await first.getByLabel('完成日期').fill('2024-05-06');
    await first.getByRole('button', { name: '保存' }).click();
    await waitForText(page, 'milestone-status', '已完成');
    expect(await first.getByTestId('milestone-actual').textContent()).toBe('2024年5月6日');
    const [done] = await milestonesOf(project.id);
    expect(done.status).toBe('done');

    // A month without figures is refused in the browser, before any request, with the message beside the field.
    await page.getByLabel('月份').fill('2024-05');
    await page.getByRole('button', { name: '保存进度' }).click();
    await page.getByTestId('error-completedInvestmentWan').waitFor();
    expect(await page.getByTestId('error-completedInvestmentWan').textContent()).toBe('请输入数字（没有则填 0）');

    await page.getByLabel('当月完成投资（万元）').fill('1234.56');
    await page.getByLabel('当月拨付（万元）').fill('1000');
    await page.getByRole('button', { name: '保存进度' }).click();
    await waitForText(page, 'cumulative-completed', `${wan(1234.56)} 万元`);
    await screenshot(page, 'project-manager-desktop');

    await goto(page, 'overview');
    await selectPlan(page);
    const expected = wan(before.total.completedInvestmentWan + 1234.56);
    // The totals come from the rollup the write schedules: reload until it has run.
    await waitForText(page, 'completed-investment', expected, async () => {
      await page.reload();
      await selectPlan(page);
      await page.getByTestId('completed-investment').waitFor();
    });
    expect(wan((await luojiangTotals()).total.completedInvestmentWan)).toBe(expected);
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('a manager sees another institution’s project read-only, with the reason', async () => {
    const projects = await server.api<{ items: Project[] }>(`/projects?planId=${luojiang.id}&limit=200`);
    const elsewhere = projects.items.find((p) => p.institutionId && p.institutionId !== project.institutionId)!;
    expect(elsewhere).toBeDefined();
    const { page, problems, failures } = await open(keys.manager);
    await goto(page, `projects/${elsewhere.id}`);
    await page.getByTestId('read-only-note').waitFor();
    for (const name of ['标记完成', '调整计划日期', '保存进度', '按建设性质添加标准里程碑']) {
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    }
    expect(await page.getByLabel('当月完成投资（万元）').count()).toBe(0);

    // Its own institution's project still offers editing, and no note.
    await goto(page, `projects/${project.id}`);
    await page.getByRole('button', { name: '保存进度' }).waitFor();
    expect(await page.getByTestId('read-only-note').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('a second browser editing the same milestone is told of the conflict and sees the current values', async () => {
    const a = await open(keys.manager);
    const b = await open(keys.otherManager);
    // The last milestone (投入使用): moved later it stays in the standard order, so no warning stands in between.
    const target = (await milestonesOf(project.id)).at(-1)!;
    const row = `[data-milestone-id="${target.id}"]`;
    for (const { page } of [a, b]) {
      await goto(page, `projects/${project.id}`);
      await page.locator(row).waitFor();
    }

    const inA = a.page.locator(row);
    await inA.getByRole('button', { name: '调整计划日期' }).click();
    await inA.getByLabel('新的计划日期').fill('2026-12-30');
    await inA.getByRole('button', { name: '保存' }).click();
    await waitForText(a.page.locator(row), 'milestone-planned', '2026年12月30日');

    const inB = b.page.locator(row);
    expect(await inB.getByTestId('milestone-planned').textContent()).not.toBe('2026年12月30日');
    await inB.getByRole('button', { name: '调整计划日期' }).click();
    await inB.getByLabel('新的计划日期').fill('2027-01-15');
    await inB.getByRole('button', { name: '保存' }).click();
    await inB.getByTestId('conflict').waitFor();
    expect(await inB.getByTestId('conflict').textContent()).toContain('已被他人修改');
    await waitForText(b.page.locator(row), 'milestone-planned', '2026年12月30日');
    await screenshot(b.page, 'project-conflict-desktop');

    const after = (await milestonesOf(project.id)).find((m) => m.id === target.id)!;
    expect(after.plannedDate).toBe('2026-12-30');
    expect([...a.problems, ...b.problems]).toEqual([]);
    expect(a.failures).toEqual([]);
    expect(b.failures).toEqual([`412 PATCH /api/v1/milestones/${target.id}`]);
  });

  it('a viewer sees the project but no edit controls', async () => {
    const { page, problems, failures } = await open(keys.viewer);
    expect(await page.getByTestId('role').textContent()).toBe('只读');
    await goto(page, `projects/${project.id}`);
    await page.getByTestId('milestone').first().waitFor();
    expect(await page.getByTestId('milestone').count()).toBe((await milestonesOf(project.id)).length);
    for (const name of ['标记完成', '调整计划日期', '保存进度', '按建设性质添加标准里程碑']) {
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    }
    expect(await page.getByLabel('当月完成投资（万元）').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('shows bed capacity and the signed-in user’s reminders, which they acknowledge', async () => {
    await server.api('/jobs/reminders/run', { method: 'POST' });
    let pending: { id: string }[] = [];
    await waitFor(async () => {
      pending = (await server.api<{ items: { id: string }[] }>('/notifications?acked=false', { key: keys.manager })).items;
      return pending.length > 0;
    });
    const { page, problems, failures } = await open(keys.manager);
    await goto(page, 'notifications');
    const list = page.getByTestId('notifications');
    await list.waitFor();
    expect(await list.locator('li').count()).toBe(pending.length);
    await screenshot(page, 'notifications-desktop');
    await list.locator('li').first().getByRole('button', { name: '确认' }).click();
    await waitFor(async () => (await list.locator('li').count()) === pending.length - 1 || (pending.length === 1 && (await page.getByText('没有待处理的提醒。').count()) === 1));
    const left = (await server.api<{ items: unknown[] }>('/notifications?acked=false', { key: keys.manager })).items;
    expect(left.length).toBe(pending.length - 1);
    await page.setViewportSize(PHONE);
    await screenshot(page, 'notifications-phone');

    await page.setViewportSize({ width: 1366, height: 900 });
    await goto(page, 'capacity');
    await page.getByRole('heading', { name: luojiang.regionName }).waitFor();
    await screenshot(page, 'capacity-desktop');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'capacity-phone');
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('an admin creates a plan for a region outside the seeds and imports a county’s annual list into it', async () => {
    const { page, problems, failures } = await open(server.adminKey);
    await goto(page, 'plans');
    const form = page.getByTestId('create-plan');
    await form.getByLabel('地区（输入名称查找）').fill('广汉');
    const region = form.getByLabel('行政区划', { exact: true });
    await waitFor(async () => (await region.locator('option').count()) > 1, { what: 'the regions matching 广汉' });
    await region.selectOption('510681');
    await form.getByLabel('标题', { exact: true }).fill('广汉市2022年重点项目');
    await form.getByLabel('起始年度', { exact: true }).fill('2022');
    await form.getByLabel('截止年度', { exact: true }).fill('2022');
    await form.getByRole('button', { name: '创建规划' }).click();
    await waitForText(page, 'plan-created', '已创建规划“广汉市2022年重点项目”（510681-2022-2022）。');

    const importForm = page.getByTestId('import-form');
    await importForm.getByLabel(/项目表所属规划/).selectOption('510681-2022-2022');
    await importForm.getByLabel(/文件/).setInputFiles({
      name: '广汉市2022年重点项目.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await xlsxOf(countySheet({ title: '广汉市2022年重点项目5月进展情况表' })),
    });
    await importForm.getByRole('button', { name: '预览' }).click();
    const summary = page.getByTestId('import-summary');
    await summary.getByText(/将新建 5 个/).waitFor();
    await summary.getByText(/合计：总投资 49220 万元；年度计划投资 16000.25 万元；累计完成投资 20650.5 万元/).waitFor();
    await screenshot(page, 'import-preview-desktop');
    await importForm.getByRole('button', { name: '确认导入' }).click();
    await summary.getByText(/已新建 5 个/).waitFor();
    const plans = await server.api<{ items: { id: string; code: string }[] }>('/plans');
    const guanghan = plans.items.find((p) => p.code === '510681-2022-2022')!;
    const projects = await server.api<{ items: unknown[] }>(`/projects?planId=${guanghan.id}`);
    expect(projects.items).toHaveLength(5);

    // A file the tracker cannot read is refused with the cell named, in Chinese.
    const bad = countySheet();
    bad.rows[6][4] = '12,3O0';
    await importForm.getByLabel(/文件/).setInputFiles({ name: '错误.xlsx', mimeType: 'application/octet-stream', buffer: await xlsxOf(bad) });
    await importForm.getByRole('button', { name: '预览' }).click();
    await page.getByTestId('import-error').getByText('工作表“重点项目”第 7 行 E 列（总投资）：“12,3O0”不是数字').waitFor();
    expect(problems).toEqual([]);
    expect(failures).toEqual(['400 POST /api/v1/imports']);
  });

  it('can be used with the keyboard alone: sign in and reach the projects page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.base + '/');
    await page.getByLabel('API 密钥').waitFor();
    await page.keyboard.press('Tab');
    await page.locator('#api-key:focus').waitFor();
    await page.keyboard.type(keys.viewer);
    await page.keyboard.press('Enter');
    await page.getByTestId('role').waitFor();
    // Signed in, focus starts at the top of the page, then moves through the navigation: 投资总览, 项目.
    await page.locator('h1:focus').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '项目', exact: true }).waitFor();
    expect(page.url()).toContain('#/projects');
    await context.close();
  });
});
