import { useState, type FormEvent, type MouseEvent } from 'react';
import { allPages, api, asApiError, ifMatch, ROLE_LABELS, session, unwrap, type ApiError, type Me, type Schemas } from '../api/client';
import { formatDate, formatDateTime, formatMonth, formatNumber, formatWan, label, REPORT_STATUS_LABELS, PLAN_TIME_ZONE, ROUND_STATUS_LABELS, todayIn } from '../format';
import { go } from '../router';
import { Figure, Loading, Select } from '../ui';
import { useLoad } from '../useLoad';
import { usePlans, useRegions } from './PlaceFilter';
import { EDITABLE, isLate, roundName, StatusBadge } from './Reports';

type RoundDetail = Schemas['RoundDetailView'];
type Report = Schemas['ReportView'];
type ReportStatus = Report['status'];
type Counts = Schemas['ReportCounts'];

const STATUSES: ReportStatus[] = ['pending', 'draft', 'submitted', 'returned', 'approved'];
const REVIEW_ORDER: ReportStatus[] = ['submitted', 'returned', 'draft', 'pending', 'approved'];
/** Up to this many late reports are listed open on the board; more start folded. */
const LATE_LISTED_OPEN = 8;

/** 审核: `#/review/{roundId}`: pick or open a round, its board, and the review of its reports. */
export function Review({ me, route }: { me: Me; route: string[] }) {
  const rounds = useLoad(
    () =>
      allPages((cursor) => api.GET('/api/v1/reporting-rounds', { params: { query: { sort: '-period', limit: 500, cursor } } }).then(unwrap)),
    [],
  );
  if (me.role !== 'finance' && me.role !== 'admin') {
    return (
      <section aria-labelledby="review-title">
        <h2 id="review-title">审核</h2>
        <p className="muted">调度的发起与审核由财政局（及管理员）进行；您的角色为“{ROLE_LABELS[me.role]}”。</p>
      </section>
    );
  }
  // Without a round in the address: the latest open one, else the latest.
  const chosen = route[1] ?? rounds.data?.find((r) => r.status === 'open')?.id ?? rounds.data?.[0]?.id;
  return (
    <section aria-labelledby="review-title">
      <div className="page-head">
        <h2 id="review-title">审核</h2>
        <div className="filters">
          <Select
            label="调度轮次"
            testId="round-select"
            value={chosen ?? ''}
            options={(rounds.data ?? []).map((r) => [r.id, roundName(r)])}
            onChange={(id) => go(`review/${id}`)}
            disabled={!rounds.data?.length}
          />
        </div>
      </div>
      <OpenRound
        startOpen={rounds.data !== undefined && rounds.data.length === 0}
        onOpened={(round) => {
          rounds.reload();
          go(`review/${round.id}`);
        }}
      />
      <Loading state={rounds} isEmpty={(items) => items.length === 0} empty="还没有调度轮次：请先发起调度。">
        {() => (chosen ? <Board key={chosen} roundId={chosen} onChanged={rounds.reload} /> : null)}
      </Loading>
    </section>
  );
}

/** The month before a day (YYYY-MM-DD): today's in the plans' time zone, whatever the browser's. */
const monthBefore = (day: string) => {
  const d = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 2, 1));
  return d.toISOString().slice(0, 7);
};

function OpenRound({ startOpen, onOpened }: { startOpen: boolean; onOpened: (round: RoundDetail) => void }) {
  const plans = usePlans('');
  const regions = useRegions();
  const [period, setPeriod] = useState(() => monthBefore(todayIn(PLAN_TIME_ZONE)));
  const [dueDate, setDueDate] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const [scope, setScope] = useState<'plan' | 'region'>('plan');
  const [planId, setPlanId] = useState('');
  const [regionCode, setRegionCode] = useState('');
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const round = unwrap(
        await api.POST('/api/v1/reporting-rounds', {
          body: {
            period,
            dueDate,
            ...(closesOn ? { closesOn } : {}),
            ...(scope === 'plan' ? { planId } : { regionCode }),
          },
        }),
      );
      onOpened(round);
    } catch (e) {
      setProblem(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (field: string) => {
    const message = problem?.fieldError(field);
    return message && (
      <span className="field-error" id={`open-${field}-error`} data-testid={`open-error-${field}`}>
        {message}
      </span>
    );
  };
  const invalid = (field: string) => (problem?.fieldError(field) ? { 'aria-invalid': true, 'aria-describedby': `open-${field}-error` } : {});
  const ready = period && dueDate && (scope === 'plan' ? planId : regionCode);
  return (
    <details className="card" open={startOpen || undefined}>
      <summary>发起调度</summary>
      <form className="progress-form plan-form" onSubmit={submit} noValidate aria-label="发起调度" data-testid="open-round">
        <div className="field">
          <label htmlFor="open-period">填报月份</label>
          <input id="open-period" type="month" value={period} onChange={(e) => setPeriod(e.target.value)} required {...invalid('period')} />
          {fieldError('period')}
        </div>
        <div className="field">
          <label htmlFor="open-due">截止日期</label>
          <input id="open-due" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} required {...invalid('dueDate')} />
          {fieldError('dueDate')}
        </div>
        <div className="field">
          <label htmlFor="open-closes">关闭日期（可不填：截止后 7 天）</label>
          <input id="open-closes" type="date" value={closesOn} onChange={(e) => setClosesOn(e.target.value)} {...invalid('closesOn')} />
          {fieldError('closesOn')}
        </div>
        <fieldset className="field">
          <legend>调度范围</legend>
          <label className="check">
            <input type="radio" name="open-scope" checked={scope === 'plan'} onChange={() => setScope('plan')} />
            按规划
          </label>
          <label className="check">
            <input type="radio" name="open-scope" checked={scope === 'region'} onChange={() => setScope('region')} />
            按地区（含下级地区）
          </label>
        </fieldset>
        {scope === 'plan' ? (
          <div className="field">
            <label htmlFor="open-plan">规划</label>
            <select id="open-plan" value={planId} onChange={(e) => setPlanId(e.target.value)} {...invalid('planId')}>
              <option value="">请选择</option>
              {(plans.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.regionName} {p.title}
                </option>
              ))}
            </select>
            {fieldError('planId')}
          </div>
        ) : (
          <div className="field">
            <label htmlFor="open-region">地区</label>
            <select id="open-region" value={regionCode} onChange={(e) => setRegionCode(e.target.value)} {...invalid('regionCode')}>
              <option value="">请选择</option>
              {(regions.data ?? []).map((r) => (
                <option key={r.code} value={r.code}>
                  {r.level === 'province' ? r.name : `\u3000${r.name}`}
                </option>
              ))}
            </select>
            {fieldError('regionCode')}
          </div>
        )}
        <button type="submit" disabled={busy || !ready}>
          {busy ? '正在发起…' : '发起调度'}
        </button>
        {problem && !problem.problem?.errors?.length && (
          <p className="error wide" role="alert" data-testid="open-error">
            发起失败：{problem.message}
          </p>
        )}
      </form>
    </details>
  );
}

/** What happened to one report of a batch: done, or the API's reason it was not. */
type Outcome = { ok: true; text: string } | { ok: false; text: string };

function Board({ roundId, onChanged }: { roundId: string; onChanged: () => void }) {
  const board = useLoad(async () => {
    const [round, reports] = await Promise.all([
      api.GET('/api/v1/reporting-rounds/{id}', { params: { path: { id: roundId } } }).then(unwrap),
      allPages((cursor) =>
        api
          .GET('/api/v1/reporting-rounds/{id}/reports', { params: { path: { id: roundId }, query: { limit: 500, cursor } } })
          .then(unwrap),
      ),
    ]);
    return { round, reports };
  }, [roundId]);
  return (
    <Loading state={board}>
      {({ round, reports }) => (
        <BoardBody
          round={round}
          reports={reports}
          onChanged={() => {
            board.reload();
            onChanged();
          }}
        />
      )}
    </Loading>
  );
}

function BoardBody({ round, reports, onChanged }: { round: RoundDetail; reports: Report[]; onChanged: () => void }) {
  const [status, setStatus] = useState<ReportStatus | ''>('');
  const [institutionId, setInstitutionId] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const open = round.status === 'open';
  const pastDue = todayIn(round.timeZone) > round.dueDate;
  // Late: not submitted after the due date. Once closed, the API lists them; while open, the reports tell.
  const late = open
    ? reports.filter((r) => isLate(round, r.status))
    : round.missing;

  // What awaits review first, then what the institutions still owe, then what is done.
  const shown = reports
    .filter(
      (r) => (!status || r.status === status) && (!institutionId || (institutionId === 'none' ? r.institutionId === null : r.institutionId === institutionId)),
    )
    .sort((a, b) => REVIEW_ORDER.indexOf(a.status) - REVIEW_ORDER.indexOf(b.status));
  const reviewable = (r: Report) => r.status === 'submitted';
  const shownReviewable = shown.filter(reviewable);
  const chosen = reports.filter((r) => selected.has(r.projectId) && reviewable(r));
  const toggle = (projectId: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(projectId);
      else next.delete(projectId);
      return next;
    });

  /** Approves or returns each chosen report in turn; every failure stays beside its row. */
  const review = async (outcome: 'approve' | 'return') => {
    if (outcome === 'return' && !reason.trim()) {
      setReasonError('退回时须填写原因，项目单位将看到它。');
      return;
    }
    setReasonError(null);
    setBusy(true);
    setSummary(null);
    const results: Record<string, Outcome> = {};
    for (const report of chosen) {
      const path = { id: round.id, projectId: report.projectId };
      const header = { 'If-Match': ifMatch(report.version) };
      try {
        if (outcome === 'approve') {
          unwrap(await api.POST('/api/v1/reporting-rounds/{id}/reports/{projectId}/approve', { params: { path, header } }));
          results[report.projectId] = { ok: true, text: '已审核通过' };
        } else {
          unwrap(
            await api.POST('/api/v1/reporting-rounds/{id}/reports/{projectId}/return', {
              params: { path, header },
              body: { reason: reason.trim() },
            }),
          );
          results[report.projectId] = { ok: true, text: '已退回' };
        }
      } catch (e) {
        const error = asApiError(e);
        results[report.projectId] = {
          ok: false,
          text: error.status === 412 ? '未处理：该填报已被他人修改，请核对后重试。' : `未处理：${error.message}`,
        };
      }
    }
    const failures = Object.values(results).filter((r) => !r.ok).length;
    const done = chosen.length - failures;
    setOutcomes((o) => ({ ...o, ...results }));
    setSummary(`${outcome === 'approve' ? '审核通过' : '退回'} ${done} 项${failures ? `，${failures} 项未处理（见各行说明）` : ''}。`);
    setSelected(new Set(Object.entries(results).filter(([, r]) => !r.ok).map(([id]) => id)));
    if (outcome === 'return' && failures === 0) setReason('');
    setBusy(false);
    onChanged();
  };

  return (
    <div data-testid="review-board">
      <h3 className="round-title">
        {formatMonth(round.period)}调度 · {round.planTitle ?? round.regionName}{' '}
        <span className={`badge round-${round.status}`} data-testid="round-status">
          {label(ROUND_STATUS_LABELS, round.status)}
        </span>
      </h3>
      <dl className="facts">
        <dt>范围</dt>
        <dd>{round.planId ? `规划：${round.planTitle}` : `地区：${round.regionName}（含下级地区）`}</dd>
        <dt>截止日期</dt>
        <dd className={open && pastDue ? 'overdue' : undefined}>
          {formatDate(round.dueDate)}
          {open && pastDue && '（已过）'}
        </dd>
        <dt>{open ? '自动关闭' : '关闭于'}</dt>
        <dd>
          {open ? `${formatDate(round.closesOn)}之后` : `${formatDateTime(round.closedAt)}（${round.closedBy === 'hand' ? '手动关闭' : '到期自动关闭'}）`}
        </dd>
      </dl>
      <RoundActions round={round} onChanged={onChanged} />

      <h4>填报情况</h4>
      <div className="figures status-figures" data-testid="round-counts">
        {STATUSES.map((s) => (
          <Figure key={s} label={label(REPORT_STATUS_LABELS, s)} value={String(round.counts[s])} testId={`count-${s}`} warn={s === 'returned' && round.counts.returned > 0} />
        ))}
        <Figure label="合计" value={String(round.counts.total)} testId="count-total" />
        <Figure label="逾期未提交" value={String(late.length)} testId="count-late" warn={late.length > 0} />
      </div>

      {late.length > 0 && (
        // A long list starts folded: the figures and the tables below say how many, by institution.
        <details className="card late" data-testid="late" open={late.length <= LATE_LISTED_OPEN || undefined}>
          <summary>
            逾期未提交 {late.length} 项（截止 {formatDate(round.dueDate)}）
          </summary>
          <ul>
            {late.map((r) => (
              <li key={r.projectId}>
                <strong>{r.projectName}</strong> · {r.institutionName ?? '未定责任单位'} · {label(REPORT_STATUS_LABELS, r.status)}
              </li>
            ))}
          </ul>
        </details>
      )}

      <div className="grid2">
        <CountsTable
          caption="按责任单位"
          testId="by-institution"
          rows={round.byInstitution.map((g) => ({
            key: g.institutionId ?? 'none',
            name: g.institutionName ?? '未定责任单位',
            counts: g.counts,
            late: late.filter((r) => r.institutionId === g.institutionId).length,
          }))}
          total={round.counts}
          totalLate={late.length}
        />
        <CountsTable
          caption="按地区"
          testId="by-region"
          rows={round.byRegion.map((g) => ({ key: g.regionCode, name: g.regionName, counts: g.counts }))}
          total={round.counts}
        />
      </div>

      <h4 id="review-reports-title">各项目填报</h4>
      <div className="filters">
        <Select label="状态" all="全部状态" value={status} options={STATUSES.map((s) => [s, label(REPORT_STATUS_LABELS, s)])} onChange={(v) => setStatus(v as ReportStatus | '')} />
        <Select
          label="责任单位"
          all="全部责任单位"
          value={institutionId}
          options={round.byInstitution.map((g) => [g.institutionId ?? 'none', g.institutionName ?? '未定责任单位'])}
          onChange={setInstitutionId}
        />
      </div>
      <div className="bulk-bar card" role="group" aria-label="批量审核" data-testid="bulk-bar">
        <span data-testid="selected-count">已选 {chosen.length} 项</span>
        <button type="button" disabled={busy || chosen.length === 0} onClick={() => review('approve')}>
          审核通过
        </button>
        <label className="reason">
          退回原因
          <input
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={2000}
            placeholder="如：累计完成投资与财务报表不符，请核实"
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? 'reason-error' : undefined}
          />
        </label>
        <button type="button" className="danger" disabled={busy || chosen.length === 0 || !open} onClick={() => review('return')}>
          退回
        </button>
        {reasonError && (
          <span id="reason-error" className="field-error" data-testid="reason-error">
            {reasonError}
          </span>
        )}
        {!open && <span className="muted">轮次已关闭：已提交的仍可审核通过，不能再退回。</span>}
        {summary && (
          <span role="status" data-testid="review-summary">
            {summary}
          </span>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="empty">没有符合条件的填报。</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="各项目填报">
          <table className="review-table" data-testid="review-reports" aria-labelledby="review-reports-title">
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label="全选可审核的填报"
                    checked={shownReviewable.length > 0 && shownReviewable.every((r) => selected.has(r.projectId))}
                    disabled={shownReviewable.length === 0}
                    onChange={(e) => setSelected(e.target.checked ? new Set(shownReviewable.map((r) => r.projectId)) : new Set())}
                  />
                </th>
                <th scope="col">项目</th>
                <th scope="col">责任单位</th>
                <th scope="col">状态</th>
                <th scope="col" className="num">本月完成（万元）</th>
                <th scope="col" className="num">累计完成（万元）</th>
                <th scope="col" className="num">形象进度</th>
                <th scope="col">进展情况与存在问题</th>
                <th scope="col">处理结果</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const outcome = outcomes[r.projectId];
                const lateRow = open && isLate(round, r.status);
                return (
                  <tr key={r.projectId} data-project-id={r.projectId} className={outcome && !outcome.ok ? 'mismatch' : undefined}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`选择 ${r.projectName}`}
                        checked={selected.has(r.projectId)}
                        disabled={!reviewable(r)}
                        onChange={(e) => toggle(r.projectId, e.target.checked)}
                      />
                    </td>
                    <th scope="row">
                      {r.projectName}
                      <div className="code">{r.projectCode}</div>
                    </th>
                    <td className="institution">{r.institutionName ?? '—'}</td>
                    <td>
                      <StatusBadge status={r.status} testId="report-status" />
                      {lateRow && <div className="overdue">逾期</div>}
                      {r.submittedAt && EDITABLE.includes(r.status) === false && <div className="muted">{formatDateTime(r.submittedAt)}</div>}
                    </td>
                    <td className="num">{formatWan(r.completedInvestmentWan)}</td>
                    <td className="num">{formatWan(r.cumulativeCompletedWan)}</td>
                    <td className="num">{r.physicalProgressPct == null ? '—' : `${formatNumber(r.physicalProgressPct)}%`}</td>
                    <td className="report-text">
                      {r.progressText ?? '—'}
                      {r.problems && <div className="muted">问题：{r.problems}</div>}
                      {r.status === 'returned' && r.reason && <div className="overdue">退回原因：{r.reason}</div>}
                    </td>
                    <td data-testid="row-outcome" className={outcome ? (outcome.ok ? 'ok' : 'overdue') : undefined}>
                      {outcome?.text ?? ''}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function CountsTable({
  caption,
  testId,
  rows,
  total,
  totalLate,
}: {
  caption: string;
  testId: string;
  rows: { key: string; name: string; counts: Counts; late?: number }[];
  total: Counts;
  totalLate?: number;
}) {
  const withLate = totalLate !== undefined;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption.replace('按', '')}</th>
            {STATUSES.map((s) => (
              <th scope="col" className="num" key={s}>
                {label(REPORT_STATUS_LABELS, s)}
              </th>
            ))}
            <th scope="col" className="num">
              合计
            </th>
            {withLate && (
              <th scope="col" className="num">
                逾期
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row">{row.name}</th>
              {STATUSES.map((s) => (
                <td className="num" key={s} data-status={s}>
                  {row.counts[s]}
                </td>
              ))}
              <td className="num" data-status="total">
                {row.counts.total}
              </td>
              {withLate && <td className={row.late ? 'num overdue' : 'num'}>{row.late}</td>}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">合计</th>
            {STATUSES.map((s) => (
              <td className="num" key={s}>
                {total[s]}
              </td>
            ))}
            <td className="num">{total.total}</td>
            {withLate && <td className="num">{totalLate}</td>}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Close the round (asked twice), and for a plan's round the link to the plan's annual sheet of the month. */
function RoundActions({ round, onChanged }: { round: RoundDetail; onChanged: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const close = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const closed = unwrap(
        await api.POST('/api/v1/reporting-rounds/{id}/close', { params: { path: { id: round.id }, header: { 'If-Match': ifMatch(round.version) } } }),
      );
      setMessage({ error: false, text: `已关闭本轮调度，${closed.missing.length} 项未按时提交。` });
      onChanged();
    } catch (e) {
      const error = asApiError(e);
      setMessage({ error: true, text: error.status === 412 ? '关闭失败：本轮调度已被他人修改，已重新加载。' : `关闭失败：${error.message}` });
      if (error.status === 412) onChanged();
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  const sheet = round.planId
    ? `/api/v1/plans/${round.planId}/annual-sheet.xlsx?${new URLSearchParams({ year: round.period.slice(0, 4), period: round.period })}`
    : null;
  // The API wants the key in a header, so the link downloads through fetch; its href still says what it fetches.
  const download = async (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (!sheet) return;
    setMessage(null);
    const response = await fetch(sheet, { headers: { Authorization: `Bearer ${session.key()}`, 'Accept-Language': 'zh-CN' } });
    if (!response.ok) {
      setMessage({ error: true, text: `导出失败（HTTP ${response.status}）` });
      return;
    }
    // The sheet's own name (its title, in Chinese) from Content-Disposition's filename*, else the plan's and month's.
    const named = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('Content-Disposition') ?? '');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = named ? decodeURIComponent(named[1]) : `${round.planTitle ?? '调度表'}-${round.period}.xlsx`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };
  return (
    <div className="actions" data-testid="round-actions">
      {sheet ? (
        <a className="button-link" href={sheet} onClick={download} data-testid="annual-sheet">
          导出年度调度表（Excel）
        </a>
      ) : (
        <span className="muted">按地区发起的轮次没有对应的规划调度表可导出。</span>
      )}
      {round.status === 'open' &&
        (confirming ? (
          <>
            <span>关闭后不能再填报、提交或退回，确定关闭？</span>
            <button type="button" className="danger" onClick={close} disabled={busy}>
              确认关闭
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              取消
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            关闭本轮调度
          </button>
        ))}
      {message && (
        <p className={message.error ? 'error' : undefined} role={message.error ? 'alert' : 'status'} data-testid="round-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
