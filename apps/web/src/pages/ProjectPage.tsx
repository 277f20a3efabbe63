import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { api, ApiError, ifMatch, mayEditProjectsOf, unwrap, type Me, type Schemas } from '../api/client';
import { Chart, type ChartOption } from '../Chart';
import {
  BUILD_TYPE_LABELS,
  dateInputError,
  formatDate,
  formatMonth,
  formatNumber,
  formatWan,
  formatWanUnit,
  FUNDING_SOURCE_LABELS,
  FUNDING_STATUS_LABELS,
  label,
  MILESTONE_STATUS_LABELS,
  normalisedNumberText,
  parseNumberInput,
  PLAN_TIME_ZONE,
  STATUS_LABELS,
  todayIn,
} from '../format';
import { projectsListQuery } from '../router';
import { useLoad } from '../useLoad';
import { Loading } from '../ui';

type Milestone = Schemas['MilestoneView'];

export function ProjectPage({ id, me }: { id: string; me: Me }) {
  // A month picked in the list of months to correct, loaded into the form (a new object each time it is picked).
  const [correcting, setCorrecting] = useState<{ period: string } | null>(null);
  const project = useLoad(async () => {
    const path = { params: { path: { id } } };
    const [facts, funding, progress, milestones] = await Promise.all([
      api.GET('/api/v1/projects/{id}', path).then(unwrap),
      api.GET('/api/v1/projects/{id}/funding', path).then(unwrap),
      api.GET('/api/v1/projects/{id}/progress', path).then(unwrap),
      api.GET('/api/v1/projects/{id}/milestones', { params: { path: { id }, query: { limit: 500, sort: 'plannedDate' } } }).then(unwrap),
    ]);
    const [institution, plan] = await Promise.all([
      facts.institutionId
        ? api.GET('/api/v1/institutions/{id}', { params: { path: { id: facts.institutionId } } }).then(unwrap)
        : null,
      api.GET('/api/v1/plans/{id}', { params: { path: { id: facts.planId } } }).then(unwrap),
    ]);
    // Days (a milestone's date, this month) are the plan's, whatever the browser's time zone.
    return { facts, funding, progress, milestones: milestones.items, institution, timeZone: plan.timeZone || PLAN_TIME_ZONE };
  }, [id]);

  return (
    <Loading state={project}>
      {({ facts, funding, progress, milestones, institution, timeZone }) => {
        // Only what the key may do is offered: the API would refuse the rest with a 403.
        const canEdit = mayEditProjectsOf(me, facts.institutionId);
        return (
          <article aria-labelledby="project-title">
            <p>
              <a href={`#/projects${projectsListQuery()}`}>← 返回项目列表</a>
            </p>
            <h2 id="project-title">{facts.name}</h2>
            {me.role === 'manager' && !canEdit && (
              <p className="muted" data-testid="read-only-note">
                此项目不属于您负责的机构，只能查看。
              </p>
            )}
            <dl className="facts">
              <dt>编号</dt>
              <dd>{facts.code}</dd>
              <dt>机构</dt>
              <dd>{institution?.name ?? '—'}</dd>
              <dt>状态</dt>
              <dd>{label(STATUS_LABELS, facts.status)}</dd>
              <dt>建设性质</dt>
              <dd>{label(BUILD_TYPE_LABELS, facts.buildType)}</dd>
              <dt>建设年限</dt>
              <dd>{facts.startYear == null && facts.endYear == null ? '—' : `${facts.startYear ?? '?'}–${facts.endYear ?? '?'}年`}</dd>
              <dt>计划投资</dt>
              <dd data-testid="project-investment">{formatWanUnit(facts.investmentWan)}</dd>
              <dt>用地</dt>
              <dd>{facts.landMu == null ? '—' : `${formatNumber(facts.landMu)} 亩`}</dd>
              <dt>建筑面积</dt>
              <dd>{facts.floorAreaM2 == null ? '—' : `${formatNumber(facts.floorAreaM2)} ㎡`}</dd>
              <dt>床位</dt>
              <dd>{facts.beds == null ? '—' : `${formatNumber(facts.beds)} 张`}</dd>
              <dt>出处</dt>
              <dd data-testid="project-source">
                {facts.source.file ? `${facts.source.file} 第 ${facts.source.line ?? '?'} 行` : '—'}
              </dd>
              {facts.content && (
                <>
                  <dt>建设内容</dt>
                  <dd>{facts.content}</dd>
                </>
              )}
            </dl>

            <h3>资金来源</h3>
            {funding.items.length === 0 ? (
              <p className="empty">尚未登记资金来源。</p>
            ) : (
              <div className="table-wrap" tabIndex={0} role="region" aria-label="资金来源">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">来源</th>
                      <th scope="col">状态</th>
                      <th scope="col" className="num">金额（万元）</th>
                      <th scope="col">备注</th>
                    </tr>
                  </thead>
                  <tbody>
                    {funding.items.map((f, i) => (
                      <tr key={i}>
                        <td>{label(FUNDING_SOURCE_LABELS, f.source)}</td>
                        <td>{label(FUNDING_STATUS_LABELS, f.status)}</td>
                        <td className="num">{formatWan(f.amountWan)}</td>
                        <td>{f.note ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row" colSpan={2}>
                        合计{funding.balanced === false ? `（与计划投资相差 ${formatWan(funding.differenceWan)}）` : ''}
                      </th>
                      <td className={funding.balanced === false ? 'num overdue' : 'num'}>{formatWan(funding.totalWan)}</td>
                      <td />
                    </tr>
                  </tfoot>
                </table>
              </div>
            )}

            <h3>月度进度</h3>
            <p>
              累计完成投资 <strong data-testid="cumulative-completed">{formatWanUnit(progress.cumulativeCompletedInvestmentWan)}</strong>
              ，累计拨付 {formatWanUnit(progress.cumulativeDisbursedWan)}
              {progress.exceedsPlannedInvestment && <span className="overdue">（已超过计划投资）</span>}
            </p>
            {progress.items.length === 0 ? (
              <p className="empty">尚未填报月度进度。</p>
            ) : (
              <>
                <ProgressChart progress={progress} />
                <ProgressMonths months={progress.items} canEdit={canEdit} onCorrect={setCorrecting} />
              </>
            )}
            {canEdit && (
              <ProgressForm
                projectId={id}
                months={progress.items}
                timeZone={timeZone}
                request={correcting}
                onSaved={project.reload}
              />
            )}

            <h3>里程碑</h3>
            {milestones.length === 0 ? (
              <div className="empty">
                <p>尚无里程碑。</p>
                {canEdit && <StandardMilestones projectId={id} onSaved={project.reload} />}
              </div>
            ) : (
              <ol className="timeline" data-testid="milestones">
                {milestones.map((m) => (
                  <MilestoneItem
                    key={m.id}
                    milestone={m}
                    milestones={milestones}
                    timeZone={timeZone}
                    canEdit={canEdit}
                    onChanged={project.reload}
                  />
                ))}
              </ol>
            )}
          </article>
        );
      }}
    </Loading>
  );
}

function ProgressChart({ progress }: { progress: Schemas['ProgressView'] }) {
  // A time axis: months are placed by their date, so a gap of ten months looks like one (2025-12, 2026-10, 2026-11).
  const at = (period: string) => `${period}-01`;
  const option = useMemo<ChartOption>(() => {
    const first = progress.items[0]?.period;
    const last = progress.items[progress.items.length - 1]?.period;
    return {
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number) => `${formatWan(v)} 万元`,
        axisPointer: { label: { formatter: ({ value }: { value: number }) => formatMonth(monthOf(value)) } },
      },
      legend: { top: 0 },
      grid: { left: 70, right: 30, top: 50, bottom: 30 },
      xAxis: {
        type: 'time',
        min: first ? shiftMonth(first, -1) + '-15' : undefined,
        max: last ? `${last}-17` : undefined,
        axisLabel: { formatter: (value: number) => monthOf(value), hideOverlap: true },
        splitNumber: 6,
      },
      yAxis: { type: 'value', name: '万元' },
      series: [
        {
          type: 'bar',
          name: '当月完成投资',
          barMaxWidth: 24,
          itemStyle: { color: '#2b6cb0' },
          data: progress.items.map((m) => [at(m.period), m.completedInvestmentWan]),
        },
        { type: 'line', name: '累计完成投资', data: progress.items.map((m) => [at(m.period), m.cumulativeCompletedInvestmentWan]) },
        ...(progress.plannedInvestmentWan != null && first && last
          ? [
              {
                type: 'line',
                name: '计划投资',
                data: [
                  [at(first), progress.plannedInvestmentWan],
                  [at(last), progress.plannedInvestmentWan],
                ],
                lineStyle: { type: 'dashed' },
                symbol: 'none',
              },
            ]
          : []),
      ],
    };
  }, [progress]);
  const label = `月度完成投资（万元）：${progress.items
    .map((m) => `${formatMonth(m.period)} 当月 ${formatWan(m.completedInvestmentWan)} 万元，累计 ${formatWan(m.cumulativeCompletedInvestmentWan)} 万元`)
    .join('；')}`;
  return <Chart option={option} label={label} testId="progress-chart" svg />;
}

/** A time axis value (ms since the epoch; ECharts reads 2026-10-01 as the browser's local midnight) as YYYY-MM. */
function monthOf(value: number): string {
  const d = new Date(value);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** YYYY-MM moved by whole months. */
function shiftMonth(period: string, months: number): string {
  const [y, m] = period.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return d.toISOString().slice(0, 7);
}

/** Every reported month with what was said about it: the figures, 形象进度, 备注 and 进展情况. */
function ProgressMonths({
  months,
  canEdit,
  onCorrect,
}: {
  months: Schemas['ProgressMonthView'][];
  canEdit: boolean;
  onCorrect: (request: { period: string }) => void;
}) {
  return (
    <details className="card" open>
      <summary>逐月填报（{months.length} 个月）</summary>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="逐月填报">
        <table data-testid="progress-months" className="cards-on-phone">
          <thead>
            <tr>
              <th scope="col">月份</th>
              <th scope="col" className="num">当月完成（万元）</th>
              <th scope="col" className="num">当月拨付（万元）</th>
              <th scope="col" className="num">累计完成（万元）</th>
              <th scope="col" className="num">形象进度</th>
              <th scope="col">备注</th>
              {canEdit && <th scope="col">操作</th>}
            </tr>
          </thead>
          <tbody>
            {[...months].reverse().map((m) => (
              <tr key={m.period} data-testid="progress-month" data-period={m.period}>
                <th scope="row" data-label="月份">
                  {m.period}
                </th>
                <td className="num" data-label="当月完成（万元）" data-testid="month-completed">
                  {formatWan(m.completedInvestmentWan)}
                </td>
                <td className="num" data-label="当月拨付（万元）" data-testid="month-disbursed">
                  {formatWan(m.disbursedWan)}
                </td>
                <td className="num" data-label="累计完成（万元）">
                  {formatWan(m.cumulativeCompletedInvestmentWan)}
                </td>
                <td className="num" data-label="形象进度" data-testid="month-physical">
                  {m.physicalProgressPct == null ? '—' : `${formatNumber(m.physicalProgressPct)}%`}
                </td>
                <td data-label="备注" data-testid="month-note">
                  {[m.note, m.progressText].filter(Boolean).join('；') || '—'}
                </td>
                {canEdit && (
                  <td data-label="操作">
                    <button type="button" onClick={() => onCorrect({ period: m.period })}>
                      更正 {m.period}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** What a 412 means to the person who got it; the page reloads the current values beside this message. */
const CONFLICT = '保存失败：这条记录已被他人修改。已重新加载当前数据，请核对后再提交。';

function problemMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 412) return CONFLICT;
    if (error.status === 403) return `无权修改：${error.message}`;
    return error.message;
  }
  return String(error);
}

/** The standard order of a project's milestones, 立项 → 可研 → … → 开工 → … → 竣工 → 投入使用. */
const STANDARD_ORDER: Milestone['kind'][] = [
  'approval',
  'feasibility',
  'design',
  'permit',
  'groundbreaking',
  'topping_out',
  'completion',
  'in_service',
];

/**
 * The milestones a date would put out of the standard order: those of an earlier kind dated after it, and those
 * of a later kind dated before it. Planned dates are compared with planned dates, actual dates with actual dates
 * (a step done late is not out of order because a later step was planned before it).
 */
export function outOfOrder(
  edited: Milestone,
  date: string,
  all: Milestone[],
  which: 'plannedDate' | 'actualDate',
): { before: Milestone[]; after: Milestone[] } {
  const rank = STANDARD_ORDER.indexOf(edited.kind);
  if (rank < 0 || date === '') return { before: [], after: [] };
  const dated = all
    .filter((m) => m.id !== edited.id && STANDARD_ORDER.includes(m.kind) && m[which] !== null)
    .map((m) => ({ m, rank: STANDARD_ORDER.indexOf(m.kind), date: m[which]! }));
  return {
    before: dated.filter((d) => d.rank < rank && d.date > date).map((d) => d.m),
    after: dated.filter((d) => d.rank > rank && d.date < date).map((d) => d.m),
  };
}

function MilestoneItem({
  milestone: m,
  milestones,
  timeZone,
  canEdit,
  onChanged,
}: {
  milestone: Milestone;
  milestones: Milestone[];
  timeZone: string;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const [mode, setMode] = useState<'none' | 'done' | 'move'>('none');
  const [date, setDate] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [orderWarning, setOrderWarning] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const row = useRef<HTMLLIElement>(null);
  const refocus = useRef(false);
  const field = mode === 'done' ? 'actualDate' : 'plannedDate';

  // After a save or a cancel, keyboard focus returns to the row's first button, not to the top of the page.
  useEffect(() => {
    if (mode !== 'none' || !refocus.current) return;
    refocus.current = false;
    row.current?.querySelector<HTMLButtonElement>('.actions button')?.focus();
  }, [mode]);
  const close = () => {
    refocus.current = true;
    setMode('none');
  };

  const open = (next: 'done' | 'move') => {
    setMode(next);
    setError(null);
    setLocalError(null);
    setOrderWarning(null);
    setMessage(null);
    // Today is the plan's today: at 05:00 in Beijing it is already tomorrow in Beijing, still yesterday in UTC.
    setDate(next === 'done' ? todayIn(timeZone) : m.plannedDate);
  };
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      unwrap(
        await api.PATCH('/api/v1/milestones/{id}', {
          params: { path: { id: m.id }, header: { 'If-Match': ifMatch(m.version) } },
          body: mode === 'done' ? { actualDate: date } : { plannedDate: date },
        }),
      );
      close();
      setMessage(null);
      setOrderWarning(null);
      onChanged();
    } catch (e) {
      const apiError = e instanceof ApiError ? e : new ApiError(0, { detail: String(e) });
      if (apiError.status === 412) {
        setMode('none');
        setMessage(CONFLICT);
        onChanged();
      } else {
        setError(apiError);
      }
    } finally {
      setBusy(false);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = dateInputError(input.current);
    setLocalError(invalid ?? null);
    if (invalid) return;
    // Out of the standard order: said before saving, and saved only when confirmed.
    const { before, after } = outOfOrder(m, date, milestones, field);
    if (before.length + after.length > 0 && orderWarning === null) {
      const which = field === 'actualDate' ? '完成' : '计划';
      const parts = [
        ...before.map((o) => `早于「${o.name}」的${which}日期（${formatDate(o[field])}）`),
        ...after.map((o) => `晚于「${o.name}」的${which}日期（${formatDate(o[field])}）`),
      ];
      setOrderWarning(
        `注意：${formatDate(date)} ${parts.join('，')}，不符合 立项 → 开工 → 竣工 → 投入使用 的标准顺序。确认无误请点击“仍然保存”。`,
      );
      return;
    }
    await save();
  };
  const inputId = `milestone-${m.id}-${field}`;
  const fieldError = localError ?? error?.fieldError(field);
  return (
    <li ref={row} className={`milestone ${m.status}`} data-testid="milestone" data-milestone-id={m.id}>
      <div className="milestone-head">
        <strong>{m.name}</strong>
        <span className={`badge ${m.status}`} data-testid="milestone-status">
          {label(MILESTONE_STATUS_LABELS, m.status)}
        </span>
      </div>
      <div className="milestone-dates">
        计划 <span data-testid="milestone-planned">{formatDate(m.plannedDate)}</span>
        {' · '}实际 <span data-testid="milestone-actual">{formatDate(m.actualDate)}</span>
      </div>
      {message && (
        <p className="conflict" role="alert" data-testid="conflict">
          {message}
        </p>
      )}
      {canEdit && mode === 'none' && (
        <div className="actions">
          {m.status !== 'done' && (
            <button type="button" onClick={() => open('done')}>
              标记完成
            </button>
          )}
          <button type="button" onClick={() => open('move')}>
            调整计划日期
          </button>
        </div>
      )}
      {canEdit && mode !== 'none' && (
        <form className="inline-form" onSubmit={submit} noValidate>
          <label htmlFor={inputId}>{mode === 'done' ? '完成日期' : '新的计划日期'}</label>
          <input
            id={inputId}
            ref={input}
            type="date"
            value={date}
            onChange={(e) => {
              setDate(e.target.value);
              setLocalError(null);
              setOrderWarning(null);
            }}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? `${inputId}-error` : undefined}
          />
          {fieldError && (
            <span id={`${inputId}-error`} className="field-error" data-testid={`error-${field}`}>
              {fieldError}
            </span>
          )}
          <button type="submit" disabled={busy}>
            {orderWarning ? '仍然保存' : '保存'}
          </button>
          <button type="button" onClick={close}>
            取消
          </button>
          {orderWarning && (
            <p className="warning" role="alert" data-testid="order-warning">
              {orderWarning}
            </p>
          )}
          {error && !fieldError && (
            <p className="error" role="alert">
              {problemMessage(error)}
            </p>
          )}
        </form>
      )}
    </li>
  );
}

function StandardMilestones({ projectId, onSaved }: { projectId: string; onSaved: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    try {
      unwrap(await api.POST('/api/v1/projects/{id}/milestones/standard', { params: { path: { id: projectId } } }));
      onSaved();
    } catch (e) {
      setError(problemMessage(e));
    }
  };
  return (
    <>
      <button type="button" onClick={add}>
        按建设性质添加标准里程碑
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

const PROGRESS_FIELDS = ['completedInvestmentWan', 'disbursedWan', 'physicalProgressPct', 'note'] as const;
type ProgressField = (typeof PROGRESS_FIELDS)[number];
type ProgressValues = Record<ProgressField, string>;

const EMPTY_VALUES: ProgressValues = { completedInvestmentWan: '', disbursedWan: '', physicalProgressPct: '', note: '' };

/** A saved month as the form shows it, so a correction starts from what is on record. */
const valuesOf = (month: Schemas['ProgressMonthView'] | undefined): ProgressValues =>
  month
    ? {
        completedInvestmentWan: String(month.completedInvestmentWan),
        disbursedWan: String(month.disbursedWan),
        physicalProgressPct: month.physicalProgressPct == null ? '' : String(month.physicalProgressPct),
        note: month.note ?? '',
      }
    : EMPTY_VALUES;

/** The browser's own checks, in the words a person reads beside the field; the API checks again. */
function checkProgress(values: ProgressValues): { errors: Partial<Record<ProgressField, string>>; numbers: Record<string, number | null> } {
  const errors: Partial<Record<ProgressField, string>> = {};
  const numbers: Record<string, number | null> = {};
  for (const f of ['completedInvestmentWan', 'disbursedWan', 'physicalProgressPct'] as const) {
    const parsed = parseNumberInput(values[f]);
    if (parsed.error !== undefined) {
      errors[f] = parsed.error;
      continue;
    }
    const value = parsed.value;
    numbers[f] = value;
    if (value === null) {
      if (f !== 'physicalProgressPct') errors[f] = '请输入数字（没有则填 0）';
    } else if (value < 0) {
      errors[f] = '不能小于 0';
    } else if (f === 'physicalProgressPct' && value > 100) {
      errors[f] = '形象进度应在 0–100 之间';
    } else if (!/^\d+(\.\d{1,2})?$/.test(String(value))) {
      errors[f] = '最多两位小数';
    }
  }
  return { errors, numbers };
}

function ProgressForm({
  projectId,
  months,
  timeZone,
  request,
  onSaved,
}: {
  projectId: string;
  months: Schemas['ProgressMonthView'][];
  timeZone: string;
  request: { period: string } | null;
  onSaved: () => void;
}) {
  // This month is the plan's month: on the 1st at 05:00 in Beijing, UTC is still in the month before.
  const thisMonth = todayIn(timeZone).slice(0, 7);
  const [period, setPeriod] = useState(thisMonth);
  const existing = months.find((m) => m.period === period);
  const [values, setValues] = useState<ProgressValues>(() => valuesOf(existing));
  const [localErrors, setLocalErrors] = useState<Partial<Record<ProgressField, string>>>({});
  const [periodProblem, setPeriodProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The month whose save was refused because it changed meanwhile (412/428): what was typed stays in the form, and
  // the figures now on record are shown beside it until the person chooses.
  const [refused, setRefused] = useState<{ period: string; version: number } | null>(null);
  const conflictPeriod = refused?.period ?? null;
  const form = useRef<HTMLFormElement>(null);

  // The form shows the chosen month as it is on record (or empty for a month not reported yet): picking another
  // month or a save never carries one month's figures into another. After a conflict the reload does not overwrite
  // what was typed for that month.
  const shownKey = `${period}@${existing?.version ?? 0}`;
  const [loadedKey, setLoadedKey] = useState(shownKey);
  if (loadedKey !== shownKey) {
    setLoadedKey(shownKey);
    if (conflictPeriod !== period) {
      setValues(valuesOf(existing));
      setLocalErrors({});
    }
  }
  // The figures on record once the reload after the conflict has brought them (a newer version than was refused).
  const conflict = refused && refused.period === period && existing && existing.version !== refused.version ? existing : undefined;

  // A month picked in the list of months: loaded here, and the form brought into view with focus on it.
  useEffect(() => {
    if (!request) return;
    setPeriod(request.period);
    setRefused(null);
    setError(null);
    setMessage(null);
    form.current?.scrollIntoView({ block: 'nearest' });
    form.current?.querySelector<HTMLInputElement>('#progress-completedInvestmentWan')?.focus();
  }, [request]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMessage(null);
    const { errors, numbers } = checkProgress(values);
    const monthInput = form.current?.querySelector<HTMLInputElement>('#progress-period') ?? null;
    const badMonth = monthInput?.validity.badInput || period === '' ? '请选择月份' : undefined;
    setPeriodProblem(badMonth ?? null);
    if (badMonth) return;
    setLocalErrors(errors);
    // What was typed is shown as it will be read: 1,200 and １２００ as 1200.
    setValues((v) => ({
      ...v,
      completedInvestmentWan: normalisedNumberText(v.completedInvestmentWan),
      disbursedWan: normalisedNumberText(v.disbursedWan),
      physicalProgressPct: normalisedNumberText(v.physicalProgressPct),
    }));
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      unwrap(
        await api.PUT('/api/v1/projects/{id}/progress/{period}', {
          params: {
            path: { id: projectId, period },
            header: existing ? { 'If-Match': ifMatch(existing.version) } : undefined,
          },
          body: {
            completedInvestmentWan: numbers.completedInvestmentWan!,
            disbursedWan: numbers.disbursedWan!,
            physicalProgressPct: numbers.physicalProgressPct,
            note: values.note.trim() === '' ? null : values.note.trim(),
            // 进展情况 is written by the 填报 form, not this one: a correction here keeps it.
            ...(existing?.progressText ? { progressText: existing.progressText } : {}),
          },
        }),
      );
      setMessage(`已保存 ${period} 的进度。`);
      setRefused(null);
      // Cleared for the next entry: back to this month, as it is on record once the page has reloaded.
      setPeriod(thisMonth);
      setValues(EMPTY_VALUES);
      setLoadedKey('');
      onSaved();
    } catch (e) {
      const apiError = e instanceof ApiError ? e : new ApiError(0, { detail: String(e) });
      setError(apiError);
      // 412: the month changed since it was read; 428: someone reported it after this page loaded. Reload either way,
      // keeping what was typed: saving again (with the version just loaded) then replaces the figures on record.
      if (apiError.status === 412 || apiError.status === 428) {
        setRefused({ period, version: existing?.version ?? 0 });
        onSaved();
      }
    } finally {
      setBusy(false);
    }
  };
  const fieldLabels: Record<ProgressField, string> = {
    completedInvestmentWan: '当月完成投资（万元）',
    disbursedWan: '当月拨付（万元）',
    physicalProgressPct: '形象进度（%）',
    note: '备注',
  };
  const fieldError = (f: ProgressField) => localErrors[f] ?? error?.fieldError(f);
  const periodError = periodProblem ?? error?.fieldError('period');
  return (
    <form ref={form} className="progress-form" onSubmit={submit} noValidate aria-labelledby="progress-form-title">
      <h4 id="progress-form-title">填报月度进度</h4>
      <div className="field">
        <label htmlFor="progress-period">月份</label>
        <input
          id="progress-period"
          type="month"
          value={period}
          max={thisMonth}
          onChange={(e) => {
            setPeriod(e.target.value);
            setRefused(null);
            setMessage(null);
            setError(null);
            setPeriodProblem(null);
          }}
          aria-invalid={periodError ? true : undefined}
          aria-describedby={periodError ? 'progress-period-error' : undefined}
        />
        {periodError && (
          <span id="progress-period-error" className="field-error" data-testid="error-period">
            {periodError}
          </span>
        )}
        {existing && conflictPeriod !== period && (
          <span className="muted" data-testid="correcting">
            该月已填报，下面是已保存的数据；保存将更正。
          </span>
        )}
      </div>
      {PROGRESS_FIELDS.map((f) => {
        const message = fieldError(f);
        return (
          <div className="field" key={f}>
            <label htmlFor={`progress-${f}`}>{fieldLabels[f]}</label>
            <input
              id={`progress-${f}`}
              name={f}
              inputMode={f === 'note' ? 'text' : 'decimal'}
              value={values[f]}
              onChange={(e) => {
                setValues({ ...values, [f]: e.target.value });
                setLocalErrors((errors) => {
                  const rest = { ...errors };
                  delete rest[f];
                  return rest;
                });
              }}
              aria-invalid={message ? true : undefined}
              aria-describedby={message ? `progress-${f}-error` : undefined}
            />
            {message && (
              <span id={`progress-${f}-error`} className="field-error" data-testid={`error-${f}`}>
                {message}
              </span>
            )}
          </div>
        );
      })}
      <button type="submit" disabled={busy}>
        保存进度
      </button>
      {message && (
        <p role="status" data-testid="progress-saved">
          {message}
        </p>
      )}
      {conflictPeriod === period && (
        <div className="conflict" role="alert" data-testid="conflict">
          <p>保存失败：{formatMonth(period)}的进度已被他人修改。您输入的数据仍在表单中，核对后再次保存将以它更正。</p>
          {conflict && (
            <>
              <p data-testid="conflict-saved">
                当前保存的数据：当月完成投资 {formatWanUnit(conflict.completedInvestmentWan)}，当月拨付 {formatWanUnit(conflict.disbursedWan)}
                {conflict.physicalProgressPct != null && `，形象进度 ${conflict.physicalProgressPct}%`}
                {conflict.note && `，备注：${conflict.note}`}
              </p>
              <button
                type="button"
                onClick={() => {
                  setValues(valuesOf(conflict));
                  setLocalErrors({});
                  setError(null);
                  setRefused(null);
                }}
              >
                改用当前保存的数据
              </button>
            </>
          )}
        </div>
      )}
      {error && conflictPeriod !== period && !PROGRESS_FIELDS.some((f) => error.fieldError(f)) && !periodError && (
        <p className="error" role="alert">
          {problemMessage(error)}
        </p>
      )}
    </form>
  );
}
