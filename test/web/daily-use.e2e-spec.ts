import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page, Request } from 'playwright-core';
import { waitFor } from '../support/processes';
import {
  closeAfterEachAndAll,
  launchChromium,
  openSignedIn,
  PHONE,
  screenshot,
  type SeededServer,
  startSeededServer,
  type WatchedPage,
} from './harness';

// Daily use of the dashboard (issue 16): forms that never lose or invent input, checks in the browser with the
// messages beside their fields, days in the plan's time zone, the overview's real top 15, filters in the URL.

const wan = (value: number) =>
  new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

/** Today (YYYY-MM-DD) in Beijing, the plans' time zone. */
const beijingToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** YYYY-MM moved by whole months. */
const shiftMonth = (period: string, months: number) => {
  const d = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1 + months, 1));
  return d.toISOString().slice(0, 7);
};

interface Project {
  id: string;
  name: string;
  institutionId: string | null;
  investmentWan: number | null;
}
interface Milestone {
  id: string;
  kind: string;
  name: string;
  plannedDate: string;
  actualDate: string | null;
}
/** The browser's getComputedStyle, for code run in the page (the tests compile without the DOM's types). */
interface Styles {
  getComputedStyle(element: unknown, pseudo: string): { content: string };
}
interface Month {
  period: string;
  completedInvestmentWan: number;
  disbursedWan: number;
  physicalProgressPct: number | null;
  note: string | null;
}

describe('the dashboard for daily use', () => {
  let server: SeededServer;
  let browser: Browser;
  let plan: { id: string; regionName: string };
  let project: Project;
  let managerKey = '';
  let financeKey = '';
  const opened: WatchedPage[] = [];

  const open = async (key: string, viewport?: { width: number; height: number }, options?: Parameters<typeof openSignedIn>[4]) => {
    const watched = await openSignedIn(browser, server, key, viewport, options);
    opened.push(watched);
    return watched;
  };
  const goto = (page: Page, route: string) => page.goto(`${server.base}/#/${route}`);
  /** The dashboard's writes, with the headers they were sent with. */
  const writes = (page: Page) => {
    const seen: Request[] = [];
    page.on('request', (request) => {
      if (['PUT', 'PATCH', 'POST'].includes(request.method()) && request.url().includes('/api/v1/')) seen.push(request);
    });
    return seen;
  };
  const monthsOf = async (id: string) => (await server.api<{ items: Month[] }>(`/projects/${id}/progress`)).items;
  const milestonesOf = async (id: string) =>
    (await server.api<{ items: Milestone[] }>(`/projects/${id}/milestones?sort=plannedDate&limit=100`)).items;

  beforeAll(async () => {
    server = await startSeededServer();
    const plans = await server.api<{ items: { id: string; code: string; regionName: string }[] }>('/plans');
    plan = plans.items.find((p) => p.code.startsWith('510604'))!;
    const projects = await server.api<{ items: Project[] }>(`/projects?planId=${plan.id}&sort=-investmentWan&limit=20`);
    project = projects.items.find((p) => p.institutionId && p.investmentWan)!;
    const createKey = async (role: string, institutionIds?: string[]) =>
      (
        await server.api<{ key: string }>('/keys', {
          method: 'POST',
          body: { name: `daily-${role}`, role, ...(institutionIds ? { institutionIds } : {}) },
        })
      ).key;
    managerKey = await createKey('manager', [project.institutionId!]);
    financeKey = await createKey('finance');
    await server.api(`/projects/${project.id}/milestones/standard`, { method: 'POST' });
    browser = await launchChromium();
  }, 120_000);

  closeAfterEachAndAll(opened, () => ({ browser, server }));

  it('a month’s correction starts from its saved figures and keeps 形象进度 and 备注; the next month inherits nothing', async () => {
    const thisMonth = beijingToday().slice(0, 7);
    const lastMonth = shiftMonth(thisMonth, -1);
    const longAgo = shiftMonth(thisMonth, -11);
    await server.api(`/projects/${project.id}/progress/${longAgo}`, {
      method: 'PUT',
      body: { completedInvestmentWan: 100, disbursedWan: 50, physicalProgressPct: 10, note: '基础施工' },
    });
    await server.api(`/projects/${project.id}/progress/${lastMonth}`, {
      method: 'PUT',
      body: { completedInvestmentWan: 200, disbursedWan: 100, physicalProgressPct: 40, note: '主体结构施工至三层' },
    });

    const { page, problems, failures } = await open(managerKey);
    const sent = writes(page);
    await goto(page, `projects/${project.id}`);
    // The months are listed with what was said about them.
    const row = page.locator(`[data-testid=progress-month][data-period="${lastMonth}"]`);
    await row.waitFor();
    expect(await row.getByTestId('month-physical').textContent()).toBe('40%');
    expect(await row.getByTestId('month-note').textContent()).toBe('主体结构施工至三层');
    expect(await page.locator(`[data-testid=progress-month][data-period="${longAgo}"]`).getByTestId('month-note').textContent()).toBe('基础施工');

    // Correcting last month loads its figures, 形象进度 and 备注 …
    await row.getByRole('button', { name: `更正 ${lastMonth}` }).click();
    // The form takes the month after the click has rendered (an effect): wait for it to say it is correcting.
    await page.getByTestId('correcting').waitFor();
    expect(await page.getByLabel('月份').inputValue()).toBe(lastMonth);
    const field = (name: string) => page.getByLabel(name, { exact: true });
    expect(await field('当月完成投资（万元）').inputValue()).toBe('200');
    expect(await field('当月拨付（万元）').inputValue()).toBe('100');
    expect(await field('形象进度（%）').inputValue()).toBe('40');
    expect(await field('备注').inputValue()).toBe('主体结构施工至三层');
    // … and saving the corrected amount keeps them, sent with the month's version.
    await field('当月完成投资（万元）').fill('250');
    await page.getByRole('button', { name: '保存进度' }).click();
    await page.getByTestId('progress-saved').waitFor();
    await waitFor(async () => (await row.getByTestId('month-completed').textContent()) === wan(250), { what: 'the corrected month in the list' });
    const corrected = (await monthsOf(project.id)).find((m) => m.period === lastMonth)!;
    expect(corrected).toMatchObject({ completedInvestmentWan: 250, disbursedWan: 100, physicalProgressPct: 40, note: '主体结构施工至三层' });
    const put = sent.find((r) => r.method() === 'PUT' && r.url().endsWith(`/progress/${lastMonth}`))!;
    expect(put.headers()['if-match']).toMatch(/^"\d+"$/);
    expect(await row.getByTestId('month-physical').textContent()).toBe('40%');
    expect(await row.getByTestId('month-note').textContent()).toBe('主体结构施工至三层');

    // After the save the form is cleared, back on this month, which has nothing yet: nothing is carried over.
    await waitFor(async () => (await page.getByLabel('月份').inputValue()) === thisMonth, { what: 'the form back on this month' });
    for (const name of ['当月完成投资（万元）', '当月拨付（万元）', '形象进度（%）', '备注']) {
      expect(await field(name).inputValue()).toBe('');
    }
    expect(await page.getByTestId('correcting').count()).toBe(0);
    // Full-width digits and thousands separators are read as the numbers they are.
    await field('当月完成投资（万元）').fill('１２００');
    await field('当月拨付（万元）').fill('1,000.5');
    await page.getByRole('button', { name: '保存进度' }).click();
    await page.locator(`[data-testid=progress-month][data-period="${thisMonth}"]`).waitFor();
    const next = (await monthsOf(project.id)).find((m) => m.period === thisMonth)!;
    expect(next).toMatchObject({ completedInvestmentWan: 1200, disbursedWan: 1000.5, physicalProgressPct: null, note: null });
    const first = sent.find((r) => r.method() === 'PUT' && r.url().endsWith(`/progress/${thisMonth}`))!;
    expect(first.headers()['if-match']).toBeUndefined();

    // The chart's months stand on a time axis: eleven months apart look farther apart than one.
    // The bars are the shapes of the bars' colour standing on the axis (the legend's icon has the colour too).
    const shapes = page.locator('[data-testid=progress-chart] path[fill="#2b6cb0"]');
    const bars = async () => {
      const boxes = [];
      for (const shape of await shapes.all()) boxes.push((await shape.boundingBox())!);
      const axis = Math.max(...boxes.map((b) => b.y + b.height));
      return boxes.filter((b) => Math.abs(b.y + b.height - axis) < 2);
    };
    await waitFor(async () => (await bars()).length === 3, { what: 'three bars in the progress chart' });
    const centres = (await bars()).map((box) => box.x + box.width / 2);
    centres.sort((a, b) => a - b);
    const wide = centres[1] - centres[0];
    const narrow = centres[2] - centres[1];
    expect(wide / narrow).toBeGreaterThan(8);
    expect(wide / narrow).toBeLessThan(13);
    await screenshot(page, 'project-progress-months-desktop');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'project-progress-months-phone');
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('keeps what was typed when the month changed meanwhile (412), shows the saved figures beside it, and lets either be kept', async () => {
    const month = shiftMonth(beijingToday().slice(0, 7), -3);
    await server.api(`/projects/${project.id}/progress/${month}`, {
      method: 'PUT',
      body: { completedInvestmentWan: 100, disbursedWan: 50, physicalProgressPct: 20, note: '初次填报' },
    });
    const correctElsewhere = async (body: Record<string, unknown>) => {
      const saved = (await server.api<{ items: (Month & { version: number })[] }>(`/projects/${project.id}/progress`)).items.find((m) => m.period === month)!;
      await server.api(`/projects/${project.id}/progress/${month}`, { method: 'PUT', body, headers: { 'If-Match': `"${saved.version}"` } });
    };
    const { page, problems, failures } = await open(managerKey);
    await goto(page, `projects/${project.id}`);
    const row = page.locator(`[data-testid=progress-month][data-period="${month}"]`);
    await row.getByRole('button', { name: `更正 ${month}` }).click();
    const field = (name: string) => page.getByLabel(name, { exact: true });
    await waitFor(async () => (await field('当月完成投资（万元）').inputValue()) === '100', { what: 'the month loaded into the form' });

    // Someone else corrects the month while this form is open; this save is refused and nothing typed is lost.
    await field('当月完成投资（万元）').fill('300');
    await correctElsewhere({ completedInvestmentWan: 150, disbursedWan: 60, physicalProgressPct: 30, note: '他人更正' });
    await page.getByRole('button', { name: '保存进度' }).click();
    await page.getByTestId('conflict-saved').waitFor();
    expect(await page.getByTestId('conflict-saved').textContent()).toContain(wan(150));
    expect(await field('当月完成投资（万元）').inputValue()).toBe('300');
    expect(await field('备注').inputValue()).toBe('初次填报');
    expect((await monthsOf(project.id)).find((m) => m.period === month)).toMatchObject({ completedInvestmentWan: 150, note: '他人更正' });

    // Saving again, now against the version on record, replaces it with what was typed.
    await page.getByRole('button', { name: '保存进度' }).click();
    await page.getByTestId('progress-saved').waitFor();
    expect((await monthsOf(project.id)).find((m) => m.period === month)).toMatchObject({ completedInvestmentWan: 300, disbursedWan: 50, note: '初次填报' });

    // Or the saved figures are taken instead of what was typed.
    await row.getByRole('button', { name: `更正 ${month}` }).click();
    await waitFor(async () => (await field('当月完成投资（万元）').inputValue()) === '300', { what: 'the corrected month loaded' });
    await field('当月拨付（万元）').fill('80');
    await correctElsewhere({ completedInvestmentWan: 310, disbursedWan: 70, physicalProgressPct: 35, note: '第三次' });
    await page.getByRole('button', { name: '保存进度' }).click();
    await page.getByRole('button', { name: '改用当前保存的数据' }).click();
    expect(await field('当月完成投资（万元）').inputValue()).toBe('310');
    expect(await field('当月拨付（万元）').inputValue()).toBe('70');
    expect(await page.getByTestId('conflict').count()).toBe(0);
    expect(problems).toEqual([]);
    const refused = `412 PUT /api/v1/projects/${project.id}/progress/${month}`;
    expect(failures).toEqual([refused, refused]);
  });

  it('checks the progress form in the browser, in Chinese, beside each field, and shows the API’s field messages there', async () => {
    const { page, problems, failures } = await open(managerKey);
    const sent = writes(page);
    await goto(page, `projects/${project.id}`);
    const field = (name: string) => page.getByLabel(name, { exact: true });
    // No month: said beside the month, nothing sent.
    await page.getByLabel('月份').fill('');
    await page.getByRole('button', { name: '保存进度' }).click();
    await page.getByTestId('error-period').waitFor();
    expect(await page.getByTestId('error-period').textContent()).toBe('请选择月份');
    await page.getByLabel('月份').fill('2024-03');
    expect(await page.getByTestId('error-period').count()).toBe(0);
    await field('当月完成投资（万元）').fill('一千二');
    await field('当月拨付（万元）').fill('');
    await field('形象进度（%）').fill('120');
    await page.getByRole('button', { name: '保存进度' }).click();
    await page.getByTestId('error-completedInvestmentWan').waitFor();
    expect(await page.getByTestId('error-completedInvestmentWan').textContent()).toBe('请输入数字');
    expect(await page.getByTestId('error-disbursedWan').textContent()).toBe('请输入数字（没有则填 0）');
    expect(await page.getByTestId('error-physicalProgressPct').textContent()).toBe('形象进度应在 0–100 之间');
    expect(await field('当月完成投资（万元）').getAttribute('aria-invalid')).toBe('true');
    expect(await field('当月完成投资（万元）').getAttribute('aria-describedby')).toBe('progress-completedInvestmentWan-error');
    // 1,2OO (a letter O) is not a number either.
    await field('当月完成投资（万元）').fill('1,2OO');
    await field('当月拨付（万元）').fill('0');
    await field('形象进度（%）').fill('50');
    await page.getByRole('button', { name: '保存进度' }).click();
    await page.getByTestId('error-completedInvestmentWan').waitFor();
    expect(await page.getByTestId('error-completedInvestmentWan').textContent()).toBe('请输入数字');
    expect(sent).toEqual([]);

    // What only the API knows (an amount beyond its bound) comes back as its field's message, asked for in Chinese.
    await field('当月完成投资（万元）').fill('2,000,000,000,000');
    await page.getByRole('button', { name: '保存进度' }).click();
    await page.getByTestId('error-completedInvestmentWan').waitFor();
    expect(sent).toHaveLength(1);
    expect(sent[0].headers()['accept-language']).toMatch(/^zh-CN\b.*\bzh\b/);
    expect(JSON.parse(sent[0].postData()!)).toMatchObject({ completedInvestmentWan: 2_000_000_000_000 });
    expect((await page.getByTestId('error-completedInvestmentWan').textContent())?.length).toBeGreaterThan(0);
    await screenshot(page, 'project-progress-errors-desktop');
    expect(problems).toEqual([]);
    expect(failures).toEqual([`400 PUT /api/v1/projects/${project.id}/progress/2024-03`]);
  });

  it('refuses an impossible date and warns before a milestone leaves the standard order', async () => {
    const milestones = await milestonesOf(project.id);
    const groundbreaking = milestones.find((m) => m.kind === 'groundbreaking')!;
    const inService = milestones.find((m) => m.kind === 'in_service')!;
    const { page, problems, failures } = await open(managerKey);
    const sent = writes(page);
    await goto(page, `projects/${project.id}`);

    // A date the calendar does not have (02/30) leaves a date input empty: it is refused, not sent as "".
    const row = page.locator(`[data-milestone-id="${groundbreaking.id}"]`);
    await row.getByRole('button', { name: '标记完成' }).click();
    const done = row.getByLabel('完成日期');
    await done.fill('');
    await done.click({ position: { x: 8, y: 8 } });
    for (const part of ['02', '30', '2026']) await page.keyboard.type(part);
    expect(await done.evaluate((input) => (input as unknown as { validity: { badInput: boolean } }).validity.badInput)).toBe(true);
    await row.getByRole('button', { name: '保存' }).click();
    await row.getByTestId('error-actualDate').waitFor();
    expect(await row.getByTestId('error-actualDate').textContent()).toContain('日期无效');
    await row.getByRole('button', { name: '取消' }).click();

    // 开工 moved after 投入使用: a warning first, nothing sent; saved only when confirmed.
    const later = `${Number(inService.plannedDate.slice(0, 4)) + 1}-03-01`;
    await row.getByRole('button', { name: '调整计划日期' }).click();
    await row.getByLabel('新的计划日期').fill(later);
    await row.getByRole('button', { name: '保存' }).click();
    await row.getByTestId('order-warning').waitFor();
    const warning = (await row.getByTestId('order-warning').textContent())!;
    expect(warning).toContain(`晚于「${inService.name}」`);
    expect(warning).toContain('立项 → 开工 → 竣工 → 投入使用');
    expect(sent).toEqual([]);
    await screenshot(page, 'project-milestone-order-desktop');
    await row.getByRole('button', { name: '仍然保存' }).click();
    await waitFor(async () => (await milestonesOf(project.id)).find((m) => m.id === groundbreaking.id)!.plannedDate === later, {
      what: 'the confirmed date saved',
    });
    expect(sent).toHaveLength(1);
    // A date in order saves at once.
    await row.getByRole('button', { name: '调整计划日期' }).click();
    await row.getByLabel('新的计划日期').fill(groundbreaking.plannedDate);
    await row.getByRole('button', { name: '保存' }).click();
    await waitFor(async () => (await milestonesOf(project.id)).find((m) => m.id === groundbreaking.id)!.plannedDate === groundbreaking.plannedDate, {
      what: 'the date back in order',
    });
    expect(await row.getByTestId('order-warning').count()).toBe(0);
    // Focus is back on the row that was edited.
    await waitFor(() => row.evaluate((li) => li.contains(li.ownerDocument.activeElement)), { what: 'focus back on the edited row' });
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('counts days in Beijing in a browser set to UTC: today’s 完成日期, the as-of time, a past year’s 截至', async () => {
    // 05:09 in Beijing, still the day before in UTC.
    const today = beijingToday();
    const { page, problems, failures } = await open(managerKey, undefined, {
      timezoneId: 'UTC',
      fixedTime: new Date(`${today}T05:09:00+08:00`),
    });
    expect(await page.evaluate(() => new Date().toISOString().slice(0, 10))).not.toBe(today);
    await goto(page, `projects/${project.id}`);
    const pending = (await milestonesOf(project.id)).find((m) => m.actualDate === null)!;
    const milestone = page.locator(`[data-milestone-id="${pending.id}"]`);
    await milestone.getByRole('button', { name: '标记完成' }).click();
    expect(await milestone.getByLabel('完成日期').inputValue()).toBe(today);
    expect(await page.getByLabel('月份').inputValue()).toBe(today.slice(0, 7));

    const lastYear = Number(today.slice(0, 4)) - 1;
    const asOf = async () => (await server.api<{ asOf: string }>(`/finance/totals?planId=${plan.id}&groupBy=program`)).asOf;
    const asOfBefore = await asOf();
    await goto(page, `overview?plan=${plan.id}&year=${lastYear}`);
    await page.getByTestId('pace-caption').waitFor();
    expect(await page.getByTestId('pace-caption').textContent()).toContain(`截至 ${lastYear}年12月31日`);
    const shown = (await page.getByTestId('as-of').textContent())!;
    const asOfAfter = await asOf();
    // The rollup's time, shown in Beijing, to the minute: the page's answer is the one read before or after it (a
    // rollup in between may move it, across midnight in Beijing too, which is 16:00 UTC).
    const inBeijing = (iso: string) => {
      const parts = Object.fromEntries(
        new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
          .formatToParts(new Date(iso))
          .map((p) => [p.type, p.value]),
      );
      // Numbers, not the formatter's text: en-CA pads the day in some combinations of fields (08 for 8).
      return `${Number(parts.year)}年${Number(parts.month)}月${Number(parts.day)}日 ${parts.hour}:${parts.minute}`;
    };
    expect(shown).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
    expect([inBeijing(asOfBefore), inBeijing(asOfAfter)]).toContain(shown);
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('charts the real top 15 institutions by amount, as the API has them', async () => {
    const { page, problems, failures } = await open(financeKey);
    await goto(page, 'overview');
    const totals = await server.api<{ rows: { key: string; label: string; investmentWan: number }[] }>('/finance/totals?groupBy=institution');
    const top = totals.rows
      .filter((r) => r.investmentWan > 0)
      .sort((a, b) => b.investmentWan - a.investmentWan || a.label.localeCompare(b.label, 'zh-CN'))
      .slice(0, 15);
    expect(top).toHaveLength(15);
    const table = page.getByTestId('top-institutions');
    await table.waitFor({ state: 'attached' });
    await page.getByText('机构明细').click();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(15);
    const shown: [string | null, string | null][] = [];
    for (const row of await rows.all()) shown.push([await row.getAttribute('data-institution-id'), await row.locator('td').textContent()]);
    expect(shown).toEqual(top.map((r) => [r.key, wan(r.investmentWan)]));
    // The chart's text alternative names each one with its amount and unit.
    const label = (await page.getByRole('img', { name: /^按机构的计划投资/ }).getAttribute('aria-label'))!;
    expect(label).toContain(`${wan(top[0].investmentWan)} 万元`);
    expect(label.split('；')).toHaveLength(15);
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('keeps the project list’s filters in the URL: a reload and 返回项目列表 bring them back', async () => {
    const { page, problems, failures } = await open(financeKey);
    await goto(page, 'projects');
    const programSelect = page.getByTestId('program-select');
    await programSelect.waitFor();
    // Without a plan the 专栏 select is disabled, and says why.
    expect(await programSelect.isDisabled()).toBe(true);
    expect(await page.getByTestId('program-select-hint').textContent()).toContain('先选择规划');
    await page.getByTestId('plan-select').selectOption({ value: plan.id });
    await waitFor(async () => !(await programSelect.isDisabled()), { what: 'the 专栏 select enabled' });
    expect(await page.getByTestId('program-select-hint').count()).toBe(0);
    const programs = await server.api<{ items: { id: string; projectCount: number }[] }>(`/plans/${plan.id}/programs`);
    const withProjects = programs.items.filter((p) => p.projectCount > 0);
    await waitFor(async () => (await programSelect.locator('option').count()) === withProjects.length + 1, { what: 'the 专栏 with projects' });
    expect(await programSelect.locator('option').evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value).slice(1))).toEqual(
      withProjects.map((p) => p.id),
    );
    const program = withProjects[0];
    await programSelect.selectOption({ value: program.id });
    const inProgram = await server.api<{ items: (Project & { status: string })[] }>(`/projects?planId=${plan.id}&programId=${program.id}&limit=500`);
    const status = inProgram.items[0].status;
    await page.getByTestId('status-select').selectOption({ value: status });
    const expected = await server.api<{ items: Project[] }>(`/projects?planId=${plan.id}&programId=${program.id}&status=${status}&limit=500`);
    expect(expected.items.length).toBeGreaterThan(0);
    const table = page.locator('[data-testid=projects] tbody tr');
    const showsExpected = async () =>
      (await table.count()) === expected.items.length && (await page.locator('[aria-busy=true]').count()) === 0;
    await waitFor(showsExpected, { what: 'the filtered list' });
    expect(page.url()).toContain(`plan=${plan.id}`);

    await page.reload();
    await waitFor(async () => (await page.getByTestId('plan-select').inputValue()) === plan.id, { what: 'the plan after reload' });
    await waitFor(async () => (await programSelect.inputValue()) === program.id, { what: 'the 专栏 after reload' });
    expect(await page.getByTestId('status-select').inputValue()).toBe(status);
    await waitFor(showsExpected, { what: 'the filtered list after reload' });

    await page.getByRole('link', { name: expected.items[0].name, exact: true }).click();
    await page.getByRole('link', { name: '← 返回项目列表' }).click();
    await waitFor(async () => (await programSelect.inputValue()) === program.id, { what: 'the 专栏 after 返回项目列表' });
    expect(await page.getByTestId('plan-select').inputValue()).toBe(plan.id);
    expect(await page.getByTestId('status-select').inputValue()).toBe(status);
    await waitFor(showsExpected, { what: 'the filtered list after 返回项目列表' });

    // Back returns to the filters before the status was chosen.
    await page.goBack(); // the project
    await page.goBack(); // the list as filtered
    await page.goBack(); // before the status
    await waitFor(async () => !page.url().includes('status=') && page.url().includes(`program=${program.id}`), {
      what: 'the filters before the status was chosen',
    });
    await waitFor(async () => (await page.getByTestId('status-select').inputValue()) === '', { what: 'the status select cleared' });
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('on a phone, project, 滞后 and 核对 rows are cards with every amount on screen; printed, the overview has no menu or selects', async () => {
    const { page, problems, failures } = await open(financeKey, PHONE);
    /** Every cell of a table lies within the phone's width: nothing is left off-screen to scroll to. */
    const fitsTheScreen = async (testId: string) => {
      const table = page.getByTestId(testId);
      await table.locator('tbody tr').first().waitFor();
      const overflow = await table.evaluate((t) => {
        const frame = t.parentElement!;
        return frame.scrollWidth - frame.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(1);
      for (const cell of await table.locator('tbody tr').first().locator('th, td').all()) {
        const box = (await cell.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      }
    };
    await goto(page, `projects?plan=${plan.id}`);
    await fitsTheScreen('projects');
    // Each amount says what it is.
    expect(await page.getByTestId('project-row-investment').first().evaluate((cell) => (globalThis as unknown as Styles).getComputedStyle(cell, '::before').content)).toBe('"投资（万元）"');
    await screenshot(page, 'projects-cards-phone');
    await page.getByTestId('projects').locator('caption').scrollIntoViewIfNeeded();
    await screenshot(page, 'projects-cards-phone-screen', false);

    const lastYear = Number(beijingToday().slice(0, 4)) - 1;
    await goto(page, `overview?plan=${plan.id}&year=${lastYear}`);
    await fitsTheScreen('reconciliation');
    if ((await page.getByTestId('behind').count()) > 0) await fitsTheScreen('behind');
    await screenshot(page, 'overview-cards-phone');

    await page.setViewportSize({ width: 1366, height: 900 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: '主导航' }).isVisible()).toBe(false);
    expect(await page.getByTestId('plan-select').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '导出 Excel' }).isVisible()).toBe(false);
    const plans = await server.api<{ items: { id: string; title: string }[] }>('/plans');
    const title = page.getByTestId('print-title');
    expect(await title.isVisible()).toBe(true);
    expect(await title.textContent()).toContain(plans.items.find((p) => p.id === plan.id)!.title);
    await page.getByTestId('reconciliation').waitFor();
    await screenshot(page, 'overview-print');
    await page.emulateMedia({ media: 'screen' });
    expect(await title.isVisible()).toBe(false);
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });

  it('says 未列出 for a plan that lists no amounts, draws no empty chart, and tells near-identical institutions apart', async () => {
    const post = <T>(path: string, body: unknown) => server.api<T>(path, { method: 'POST', body });
    const institution = (name: string, category: string) =>
      post<{ id: string }>('/institutions', { name, regionCode: '510681', category });
    const newPlan = (year: number) =>
      post<{ id: string }>('/plans', { regionCode: '510681', title: `广汉市${year}年卫生项目`, startYear: year, endYear: year });
    const tcm = await institution('广汉市中医医院', 'tcm_hospital');
    const general = await institution('广汉市中医院', 'general_hospital');
    const project = (planId: string, institutionId: string, name: string, investmentWan?: number) =>
      post('/projects', { planId, institutionId, name, buildType: 'new', status: 'planned', ...(investmentWan ? { investmentWan } : {}) });

    // A list of names only: no amounts.
    const names = await newPlan(2023);
    await project(names.id, tcm.id, '住院楼建设项目');
    await project(names.id, general.id, '门诊楼改造项目');
    const { page, problems, failures } = await open(financeKey);
    await goto(page, `overview?plan=${names.id}&year=2023`);
    await waitFor(async () => (await page.getByTestId('planned-investment').textContent()) === '未列出', { what: '未列出' });
    expect(await page.getByRole('img', { name: /^按(专栏|状态|机构)的计划投资/ }).count()).toBe(0);
    expect(await page.getByText('规划未列出投资额，无可绘制的数据。').count()).toBe(3);

    // Amounts for two institutions whose names differ by one character: each carries its category.
    const amounts = await newPlan(2024);
    await project(amounts.id, tcm.id, '中医住院楼建设项目', 300);
    await project(amounts.id, general.id, '综合门诊楼建设项目', 200);
    await goto(page, `overview?plan=${amounts.id}&year=2024`);
    const rows = page.locator('[data-testid=top-institutions] tbody tr');
    await waitFor(async () => (await rows.count()) === 2, { what: 'the two institutions' });
    const labels = await rows.locator('th').allTextContents();
    expect(labels).toEqual(['广汉市中医医院（广汉市 · 中医医院）', '广汉市中医院（广汉市 · 综合医院）']);
    await page.goto(`${server.base}/#/projects?plan=${amounts.id}`);
    const select = page.getByTestId('institution-select');
    await waitFor(async () => (await select.locator('option').count()) > 2, { what: 'the institutions of 广汉' });
    const options = await select.locator('option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['广汉市中医医院（510681 · 中医医院）', '广汉市中医院（510681 · 综合医院）']));
    expect(problems).toEqual([]);
    expect(failures).toEqual([]);
  });
});
