import { useMemo, useState, type FormEvent } from 'react';
import { api, ApiError, ifMatch, mayEditProjectsOf, unwrap, type Me, type Schemas } from '../api/client';
import { Chart, type ChartOption } from '../Chart';
import {
  BUILD_TYPE_LABELS,
  formatDate,
  formatNumber,
  formatWan,
  formatWanUnit,
  FUNDING_SOURCE_LABELS,
  FUNDING_STATUS_LABELS,
  label,
  MILESTONE_STATUS_LABELS,
  STATUS_LABELS,
} from '../format';
import { useLoad } from '../useLoad';
import { Loading } from '../ui';

type Milestone = Schemas['MilestoneView'];

export function ProjectPage({ id, me }: { id: string; me: Me }) {
  const project = useLoad(async () => {
    const path = { params: { path: { id } } };
    const [facts, funding, progress, milestones] = await Promise.all([
      api.GET('/api/v1/projects/{id}', path).then(unwrap),
      api.GET('/api/v1/projects/{id}/funding', path).then(unwrap),
      api.GET('/api/v1/projects/{id}/progress', path).then(unwrap),
      api.GET('/api/v1/projects/{id}/milestones', { params: { path: { id }, query: { limit: 500, sort: 'plannedDate' } } }).then(unwrap),
    ]);
    const institution = facts.institutionId
      ? await api.GET('/api/v1/institutions/{id}', { params: { path: { id: facts.institutionId } } }).then(unwrap)
      : null;
    return { facts, funding, progress, milestones: milestones.items, institution };
  }, [id]);

  return (
    <Loading state={project}>
      {({ facts, funding, progress, milestones, institution }) => {
        // Only what the key may do is offered: the API would refuse the rest with a 403.
        const canEdit = mayEditProjectsOf(me, facts.institutionId);
        return (
          <article aria-labelledby="project-title">
            <p>
              <a href="#/projects">← 返回项目列表</a>
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
              <div className="table-wrap">
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
              <ProgressChart progress={progress} />
            )}
            {canEdit && <ProgressForm projectId={id} months={progress.items} onSaved={project.reload} />}

            <h3>里程碑</h3>
            {milestones.length === 0 ? (
              <div className="empty">
                <p>尚无里程碑。</p>
                {canEdit && <StandardMilestones projectId={id} onSaved={project.reload} />}
              </div>
            ) : (
              <ol className="timeline" data-testid="milestones">
                {milestones.map((m) => (
                  <MilestoneItem key={m.id} milestone={m} canEdit={canEdit} onChanged={project.reload} />
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
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${formatWan(v)} 万元` },
      legend: { top: 0 },
      grid: { left: 70, right: 20, top: 50, bottom: 30 },
      xAxis: { type: 'category', data: progress.items.map((m) => m.period) },
      yAxis: { type: 'value', name: '万元' },
      series: [
        { type: 'bar', name: '当月完成投资', barMaxWidth: 40, data: progress.items.map((m) => m.completedInvestmentWan) },
        { type: 'line', name: '累计完成投资', data: progress.items.map((m) => m.cumulativeCompletedInvestmentWan) },
        ...(progress.plannedInvestmentWan != null
          ? [
              {
                type: 'line',
                name: '计划投资',
                data: progress.items.map(() => progress.plannedInvestmentWan),
                lineStyle: { type: 'dashed' },
                symbol: 'none',
              },
            ]
          : []),
      ],
    }),
    [progress],
  );
  return <Chart option={option} label="月度完成投资与累计完成投资" />;
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

function MilestoneItem({ milestone: m, canEdit, onChanged }: { milestone: Milestone; canEdit: boolean; onChanged: () => void }) {
  const [mode, setMode] = useState<'none' | 'done' | 'move'>('none');
  const [date, setDate] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = mode === 'done' ? 'actualDate' : 'plannedDate';

  const open = (next: 'done' | 'move') => {
    setMode(next);
    setError(null);
    setMessage(null);
    setDate(next === 'done' ? new Date().toISOString().slice(0, 10) : m.plannedDate);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      unwrap(
        await api.PATCH('/api/v1/milestones/{id}', {
          params: { path: { id: m.id }, header: { 'If-Match': ifMatch(m.version) } },
          body: mode === 'done' ? { actualDate: date } : { plannedDate: date },
        }),
      );
      setMode('none');
      setMessage(null);
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
  const inputId = `milestone-${m.id}-${field}`;
  const fieldError = error?.fieldError(field);
  return (
    <li className={`milestone ${m.status}`} data-testid="milestone" data-milestone-id={m.id}>
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
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? `${inputId}-error` : undefined}
          />
          {fieldError && (
            <span id={`${inputId}-error`} className="field-error">
              {fieldError}
            </span>
          )}
          <button type="submit" disabled={busy}>
            保存
          </button>
          <button type="button" onClick={() => setMode('none')}>
            取消
          </button>
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

function ProgressForm({
  projectId,
  months,
  onSaved,
}: {
  projectId: string;
  months: Schemas['ProgressMonthView'][];
  onSaved: () => void;
}) {
  const thisMonth = new Date().toISOString().slice(0, 7);
  const [period, setPeriod] = useState(thisMonth);
  const existing = months.find((m) => m.period === period);
  const [values, setValues] = useState<Record<ProgressField, string>>({
    completedInvestmentWan: '',
    disbursedWan: '',
    physicalProgressPct: '',
    note: '',
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      unwrap(
        await api.PUT('/api/v1/projects/{id}/progress/{period}', {
          params: {
            path: { id: projectId, period },
            header: existing ? { 'If-Match': ifMatch(existing.version) } : undefined,
          },
          body: {
            completedInvestmentWan: number(values.completedInvestmentWan),
            disbursedWan: number(values.disbursedWan),
            physicalProgressPct: values.physicalProgressPct.trim() === '' ? null : number(values.physicalProgressPct),
            note: values.note.trim() === '' ? null : values.note,
          },
        }),
      );
      setMessage(`已保存 ${period} 的进度。`);
      onSaved();
    } catch (e) {
      const apiError = e instanceof ApiError ? e : new ApiError(0, { detail: String(e) });
      setError(apiError);
      if (apiError.status === 412) onSaved();
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
  const periodError = error?.fieldError('period');
  return (
    <form className="progress-form" onSubmit={submit} noValidate aria-labelledby="progress-form-title">
      <h4 id="progress-form-title">填报月度进度</h4>
      <div className="field">
        <label htmlFor="progress-period">月份</label>
        <input
          id="progress-period"
          type="month"
          value={period}
          max={thisMonth}
          onChange={(e) => setPeriod(e.target.value)}
          aria-invalid={periodError ? true : undefined}
          aria-describedby={periodError ? 'progress-period-error' : undefined}
        />
        {periodError && (
          <span id="progress-period-error" className="field-error">
            {periodError}
          </span>
        )}
        {existing && <span className="muted">该月已填报（{formatWan(existing.completedInvestmentWan)} 万元），保存将更正。</span>}
      </div>
      {PROGRESS_FIELDS.map((f) => {
        const fieldError = error?.fieldError(f);
        return (
          <div className="field" key={f}>
            <label htmlFor={`progress-${f}`}>{fieldLabels[f]}</label>
            <input
              id={`progress-${f}`}
              name={f}
              inputMode={f === 'note' ? 'text' : 'decimal'}
              value={values[f]}
              onChange={(e) => setValues({ ...values, [f]: e.target.value })}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? `progress-${f}-error` : undefined}
            />
            {fieldError && (
              <span id={`progress-${f}-error`} className="field-error" data-testid={`error-${f}`}>
                {fieldError}
              </span>
            )}
          </div>
        );
      })}
      <button type="submit" disabled={busy}>
        保存进度
      </button>
      {message && <p role="status">{message}</p>}
      {error && !PROGRESS_FIELDS.some((f) => error.fieldError(f)) && !periodError && (
        <p className="error" role="alert">
          {problemMessage(error)}
        </p>
      )}
    </form>
  );
}
