import { useMemo, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { Chart, type ChartOption } from '../Chart';
import { formatDate, formatDateTime, formatPercent, formatWan, formatWanUnit, label, PLAN_TIME_ZONE, STATUS_LABELS, todayIn } from '../format';
import { useLoad } from '../useLoad';
import { Figure, Loading, Select } from '../ui';
import { distinctInstitutionNames } from './institutions';
import { PlaceSelects, usePlace } from './PlaceFilter';

type Totals = Schemas['TotalsView'];

// The plans' year, not the browser's: on 1 January at 05:00 in Beijing it is still the year before in UTC.
const thisYear = Number(todayIn(PLAN_TIME_ZONE).slice(0, 4));

/** The rows of the largest amounts, largest first (equal amounts by name), without the rows of none. */
export function topRows(rows: Totals['rows'], count: number): Totals['rows'] {
  return rows
    .filter((r) => r.investmentWan > 0)
    .sort((a, b) => b.investmentWan - a.investmentWan || a.label.localeCompare(b.label, 'zh-CN'))
    .slice(0, count);
}

export function Overview() {
  const place = usePlace();
  const { plans, filter, query, setQuery } = place;
  // The year is in the URL with the region and the plan (?year=2024), so a reload keeps it.
  const chosenYear = query.get('year') ? Number(query.get('year')) : null;
  const setYear = (y: number) => setQuery({ year: String(y) });
  // The years of the plans' periods up to this one (progress is reported up to the current month), newest first.
  const firstPlanYear = plans.data?.length ? Math.min(...plans.data.map((p) => p.periodStart)) : thisYear;
  const lastPlanYear = plans.data?.length ? Math.max(...plans.data.map((p) => p.periodEnd)) : thisYear;
  const years = Array.from({ length: thisYear - Math.min(firstPlanYear, thisYear) + 1 }, (_, i) => thisYear - i);
  // Until a year is chosen: this year, or the plans' last year once their period is over (十四五 ends in 2025). If
  // the plans cannot be read, this year: the figures below say what else failed.
  const plansSettled = plans.data !== undefined || plans.error !== undefined;
  const year = chosenYear ?? (plansSettled ? Math.min(thisYear, lastPlanYear) : undefined);

  const data = useLoad(async () => {
    if (year === undefined) return undefined; // the plans are still loading
    const totals = (groupBy: Totals['groupBy']) =>
      api.GET('/api/v1/finance/totals', { params: { query: { ...filter, groupBy } } }).then(unwrap);
    const [byProgram, byInstitution, byStatus, pace, reconciliation] = await Promise.all([
      totals('program'),
      totals('institution'),
      totals('status'),
      api.GET('/api/v1/finance/pace', { params: { query: { ...filter, year } } }).then(unwrap),
      api.GET('/api/v1/finance/reconciliation', { params: { query: filter } }).then(unwrap),
    ]);
    const topInstitutions = topRows(byInstitution.rows, 15);
    const institutionNames = await distinctInstitutionNames(topInstitutions);
    return { byProgram, topInstitutions, institutionNames, byStatus, pace, reconciliation };
  }, [place.regionCode, place.planId, year]);
  const placeName = place.name();
  const plan = plans.data?.find((p) => p.id === place.planId);

  const [exporting, setExporting] = useState<string | null>(null);
  const exportXlsx = async () => {
    setExporting('正在导出…');
    const result = await api.GET('/api/v1/finance/totals.xlsx', {
      params: { query: { ...filter, groupBy: 'program' } },
      parseAs: 'blob',
    });
    if (!result.response.ok || !(result.data instanceof Blob)) {
      setExporting(`导出失败（HTTP ${result.response.status}）`);
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(result.data);
    link.download = `投资汇总-${place.name() ?? '全部'}.xlsx`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    setExporting(null);
  };

  return (
    <section aria-labelledby="overview-title">
      <div className="page-head">
        <h2 id="overview-title">投资总览</h2>
        <div className="filters">
          <PlaceSelects place={place} />
          <Select
            label="年度"
            value={year === undefined ? '' : String(year)}
            options={years.map((y) => [String(y), `${y}年`])}
            onChange={(value) => setYear(Number(value))}
          />
          <button type="button" onClick={exportXlsx} disabled={exporting === '正在导出…'}>
            导出 Excel
          </button>
          {exporting && <span role="status">{exporting}</span>}
        </div>
      </div>
      {/* Printed (or saved as PDF), the page says what it is for: the plan's title and document number, or the region. */}
      <p className="print-only print-title" data-testid="print-title">
        {plan ? `${plan.title}${plan.documentNumber ? `（${plan.documentNumber}）` : ''}` : (placeName ?? '全部地区')} · {year}年
      </p>
      <Loading state={data}>
        {(d) => d && <OverviewBody {...d} />}
      </Loading>
    </section>
  );
}

/** Amounts as the charts' text alternatives read them: each item's name, amount and unit. */
const spoken = (title: string, rows: [string, number][]) =>
  `${title}（万元）：${rows.map(([name, value]) => `${name} ${formatWan(value)} 万元`).join('；')}`;

function OverviewBody({
  byProgram,
  topInstitutions,
  institutionNames,
  byStatus,
  pace,
  reconciliation,
}: {
  byProgram: Totals;
  topInstitutions: Totals['rows'];
  institutionNames: Map<string, string>;
  byStatus: Totals;
  pace: Schemas['PaceView'];
  reconciliation: Schemas['ReconciliationView'];
}) {
  const total = byProgram.total;
  // Projects without any amount: the plan lists none (a list of names), which is not an investment of 0.
  const unlisted = total.projectCount > 0 && total.investmentWan === 0;
  const completion = total.investmentWan > 0 ? total.completedInvestmentWan / total.investmentWan : null;
  const rows = useMemo(
    () => ({
      program: byProgram.rows.filter((r) => r.investmentWan > 0).map((r): [string, number] => [r.label, r.investmentWan]),
      institution: topInstitutions.map((r): [string, number] => [institutionNames.get(r.key) ?? r.label, r.investmentWan]),
      status: byStatus.rows.filter((r) => r.investmentWan > 0).map((r): [string, number] => [label(STATUS_LABELS, r.key), r.investmentWan]),
    }),
    [byProgram, topInstitutions, institutionNames, byStatus],
  );
  const charts = useMemo(
    () => ({
      program: bar(rows.program),
      institution: bar(rows.institution, true),
      status: pie(rows.status),
      pace: paceByMonth(pace),
    }),
    [rows, pace],
  );
  // A past year's figures are as of its last day, not today.
  const yearEnd = `${pace.year}-12-31`;
  const asOfDate = pace.asOfDate > yearEnd ? yearEnd : pace.asOfDate;
  const noAmounts = <p className="empty">规划未列出投资额，无可绘制的数据。</p>;
  return (
    <>
      <div className="figures">
        <Figure label="计划投资（万元）" value={unlisted ? '未列出' : formatWan(total.investmentWan)} testId="planned-investment" />
        <Figure label="完成投资（万元）" value={formatWan(total.completedInvestmentWan)} testId="completed-investment" />
        <Figure label="投资完成率" value={formatPercent(completion)} testId="completion" />
        <Figure
          label={`${pace.year}年序时进度（实际/应完成）`}
          value={formatPercent(pace.paceRatio)}
          testId="pace"
          warn={pace.paceRatio != null && pace.paceRatio < 1}
        />
        <Figure label="项目数" value={String(total.projectCount)} testId="project-count" />
      </div>
      <p className="muted">
        数据截至 <span data-testid="as-of">{formatDateTime(byProgram.asOf)}</span>（北京时间，
        {byProgram.source === 'rollup' ? '汇总表' : '实时'}）
      </p>
      <div className="grid2">
        <figure className="card">
          <figcaption>按专栏的计划投资（万元）</figcaption>
          {rows.program.length === 0 ? noAmounts : <Chart option={charts.program} label={spoken('按专栏的计划投资', rows.program)} />}
        </figure>
        <figure className="card">
          <figcaption>按状态的计划投资（万元）</figcaption>
          {rows.status.length === 0 ? noAmounts : <Chart option={charts.status} label={spoken('按状态的计划投资', rows.status)} />}
        </figure>
        <figure className="card">
          <figcaption>按机构的计划投资（前 {rows.institution.length || 15}，万元）</figcaption>
          {rows.institution.length === 0 ? (
            noAmounts
          ) : (
            <>
              <Chart option={charts.institution} label={spoken('按机构的计划投资', rows.institution)} height={360} />
              <details>
                <summary>机构明细</summary>
                <div className="table-wrap" tabIndex={0} role="region" aria-label="按机构的计划投资">
                  <table data-testid="top-institutions">
                    <thead>
                      <tr>
                        <th scope="col">机构</th>
                        <th scope="col" className="num">计划投资（万元）</th>
                      </tr>
                    </thead>
                    <tbody>
                      {topInstitutions.map((r, i) => (
                        <tr key={r.key} data-institution-id={r.key}>
                          <th scope="row">{rows.institution[i][0]}</th>
                          <td className="num">{formatWan(r.investmentWan)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            </>
          )}
        </figure>
        <figure className="card">
          <figcaption data-testid="pace-caption">
            {pace.year}年完成投资与序时进度（截至 {formatDate(asOfDate)}，全年计划 {formatWanUnit(pace.annualPlanWan)}）
          </figcaption>
          <Chart
            option={charts.pace}
            label={`${pace.year}年逐月累计完成投资与序时应完成（万元）：${pace.months
              .map(
                (m) =>
                  `${Number(m.month.slice(5))}月 序时应完成 ${formatWan(m.expectedCumulativeWan)} 万元，累计完成 ${m.completedCumulativeWan == null ? '无数据' : `${formatWan(m.completedCumulativeWan)} 万元`}`,
              )
              .join('；')}`}
          />
          <details>
            <summary>逐月数据</summary>
            <div className="table-wrap" tabIndex={0} role="region" aria-label="逐月数据">
              <table data-testid="pace-months">
                <thead>
                  <tr>
                    <th scope="col">月份</th>
                    <th scope="col" className="num">序时应完成累计（万元）</th>
                    <th scope="col" className="num">当月完成（万元）</th>
                    <th scope="col" className="num">累计完成（万元）</th>
                  </tr>
                </thead>
                <tbody>
                  {pace.months.map((m) => (
                    <tr key={m.month}>
                      <th scope="row" data-testid="pace-month">
                        {m.month}
                      </th>
                      <td className="num">{formatWan(m.expectedCumulativeWan)}</td>
                      <td className="num">{formatWan(m.completedWan)}</td>
                      <td
                        className={
                          m.completedCumulativeWan != null && m.completedCumulativeWan < m.expectedCumulativeWan ? 'num overdue' : 'num'
                        }
                      >
                        {formatWan(m.completedCumulativeWan)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </figure>
      </div>

      <h3>与规划合计核对</h3>
      {reconciliation.items.length === 0 ? (
        <p className="empty">没有声明合计的专栏。</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="与规划合计核对">
          <table data-testid="reconciliation" className="cards-on-phone">
            <thead>
              <tr>
                <th scope="col">专栏</th>
                <th scope="col" className="num">项目数</th>
                <th scope="col" className="num">声明投资（万元）</th>
                <th scope="col" className="num">计算投资（万元）</th>
                <th scope="col" className="num">差额（万元）</th>
                <th scope="col" className="num">声明用地（亩）</th>
                <th scope="col" className="num">计算用地（亩）</th>
                <th scope="col">核对</th>
              </tr>
            </thead>
            <tbody>
              {reconciliation.items.map((r) => (
                <tr key={r.programId} className={r.reconciled ? undefined : 'mismatch'}>
                  <th scope="row">
                    专栏{r.number} {r.title}
                  </th>
                  <td className="num" data-label="项目数">{r.projectCount}</td>
                  <td className="num" data-label="声明投资（万元）">{formatWan(r.declared.investmentWan)}</td>
                  <td className="num" data-label="计算投资（万元）">{formatWan(r.computed.investmentWan)}</td>
                  <td className="num" data-label="差额（万元）">{formatWan(r.difference.investmentWan)}</td>
                  <td className="num" data-label="声明用地（亩）">{formatWan(r.declared.landMu)}</td>
                  <td className="num" data-label="计算用地（亩）">{formatWan(r.computed.landMu)}</td>
                  <td data-label="核对">{r.reconciled ? '一致' : '不一致'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>进度滞后的项目（{pace.behindCount}）</h3>
      {pace.behind.length === 0 ? (
        <p className="empty">没有滞后于序时进度的项目。</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="进度滞后的项目">
          <table data-testid="behind" className="cards-on-phone">
            <thead>
              <tr>
                <th scope="col">项目</th>
                <th scope="col">机构</th>
                <th scope="col" className="num">年度计划（万元）</th>
                <th scope="col" className="num">应完成（万元）</th>
                <th scope="col" className="num">已完成（万元）</th>
                <th scope="col" className="num">差距（万元）</th>
              </tr>
            </thead>
            <tbody>
              {pace.behind.map((p) => (
                <tr key={p.projectId}>
                  <th scope="row">
                    <a href={`#/projects/${p.projectId}`}>{p.name}</a>
                  </th>
                  <td className="wide" data-label="机构">{p.institutionName ?? '—'}</td>
                  <td className="num" data-label="年度计划（万元）">{formatWan(p.annualPlanWan)}</td>
                  <td className="num" data-label="应完成（万元）">{formatWan(p.expectedToDateWan)}</td>
                  <td className="num" data-label="已完成（万元）">{formatWan(p.completedWan)}</td>
                  <td className="num overdue" data-label="差距（万元）">{formatWan(p.gapWan)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted">合计 {unlisted ? '未列出' : formatWanUnit(byProgram.total.investmentWan)}。</p>
    </>
  );
}

function bar(rows: [string, number][], horizontal = false): ChartOption {
  const names = rows.map((r) => r[0]);
  const values = rows.map((r) => r[1]);
  const category = { type: 'category', data: names, axisLabel: { width: 120, overflow: 'truncate' } };
  const value = { type: 'value' };
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${formatWan(v)} 万元` },
    grid: { left: horizontal ? 130 : 60, right: 20, bottom: horizontal ? 30 : 60, containLabel: false },
    xAxis: horizontal ? value : { ...category, axisLabel: { rotate: 30, width: 90, overflow: 'truncate' } },
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [{ type: 'bar', data: values, barMaxWidth: 40, itemStyle: { color: '#2b6cb0' } }],
  };
}

/** Completed vs pace by month: cumulative lines against the even pace, and each month's completed amount as bars. */
function paceByMonth(pace: Schemas['PaceView']): ChartOption {
  const months = pace.months.map((m) => `${Number(m.month.slice(5))}月`);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v == null ? '—' : `${formatWan(v)} 万元`) },
    legend: { bottom: 0 },
    grid: { left: 80, right: 20, top: 30, bottom: 50 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', name: '万元' },
    series: [
      { type: 'bar', name: '当月完成', data: pace.months.map((m) => m.completedWan), barMaxWidth: 24, itemStyle: { color: '#90cdf4' } },
      { type: 'line', name: '累计完成', data: pace.months.map((m) => m.completedCumulativeWan), itemStyle: { color: '#2b6cb0' } },
      {
        type: 'line',
        name: '序时应完成',
        data: pace.months.map((m) => m.expectedCumulativeWan),
        lineStyle: { type: 'dashed' },
        itemStyle: { color: '#c05621' },
      },
    ],
  };
}

function pie(rows: [string, number][]): ChartOption {
  return {
    tooltip: { trigger: 'item', valueFormatter: (v: number) => `${formatWan(v)} 万元` },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: rows.map(([name, value]) => ({ name, value })) }],
  };
}
