import { useState, type FormEvent, type ReactNode } from 'react';
import { allPages, api, ApiError, asApiError, ifMatch, mayEditProjectsOf, ROLE_LABELS, unwrap, whoAmI, type Me, type Schemas } from '../api/client';
import { formatDate, formatDateTime, formatMonth, formatNumber, formatWan, label, REPORT_STATUS_LABELS, todayIn } from '../format';
import { Figure, Loading, Select } from '../ui';
import { useLoad } from '../useLoad';

type Round = Schemas['RoundView'];
type Report = Schemas['ReportView'];
type ReportStatus = Report['status'];

/** The statuses a report can still be changed in: nothing saved, saved, or returned for a fix. */
export const EDITABLE: readonly ReportStatus[] = ['pending', 'draft', 'returned'];

/** Reports not submitted after the due date of a round still open (in the round's time zone). */
export const isLate = (round: Pick<Round, 'dueDate' | 'timeZone'>, status: ReportStatus) =>
  EDITABLE.includes(status) && todayIn(round.timeZone) > round.dueDate;

export function StatusBadge({ status, testId }: { status: ReportStatus; testId?: string }) {
  return (
    <span className={`badge report-${status}`} data-testid={testId}>
      {label(REPORT_STATUS_LABELS, status)}
    </span>
  );
}

/** 填报: `#/reports` lists what the caller owes; `#/reports/{roundId}/{projectId}` is one report's form. */
export function Reports({ me, route }: { me: Me; route: string[] }) {
  if (me.role !== 'manager' && me.role !== 'admin') {
    return (
      <section aria-labelledby="reports-title">
        <h2 id="reports-title">填报</h2>
        <p className="muted">月度调度由项目单位填报（管理员也可代填）；您的角色为“{ROLE_LABELS[me.role]}”，请在“审核”或“项目”页查看填报情况。</p>
      </section>
    );
  }
  if (route[1] && route[2]) return <ReportEditor key={`${route[1]}/${route[2]}`} roundId={route[1]} projectId={route[2]} me={me} />;
  return <ReportList />;
}

function ReportList() {
  const [status, setStatus] = useState<ReportStatus | ''>('');
  const [roundId, setRoundId] = useState('');
  // Who the key is now (not as remembered at sign-in): the institutions decide which reports it owes.
  const data = useLoad(async () => {
    const [who, rounds] = await Promise.all([
      whoAmI(),
      allPages((cursor) =>
        api.GET('/api/v1/reporting-rounds', { params: { query: { status: 'open', sort: '-period', limit: 500, cursor } } }).then(unwrap),
      ),
    ]);
    const perRound = await Promise.all(
      rounds.map((round) =>
        allPages((cursor) =>
          api
            .GET('/api/v1/reporting-rounds/{id}/reports', { params: { path: { id: round.id }, query: { limit: 500, cursor } } })
            .then(unwrap),
        ).then((reports) => reports.map((report) => ({ round, report }))),
      ),
    );
    return { who, rounds, rows: perRound.flat() };
  }, []);

  return (
    <section aria-labelledby="reports-title">
      <div className="page-head">
        <h2 id="reports-title">填报</h2>
      </div>
      <Loading state={data}>
        {({ who, rounds, rows }) => {
          const shown = rows.filter((r) => (!status || r.report.status === status) && (!roundId || r.round.id === roundId));
          const count = (...statuses: ReportStatus[]) => rows.filter((r) => statuses.includes(r.report.status)).length;
          return (
            <>
              <p className="muted" data-testid="reporting-for">
                {who.role === 'admin'
                  ? '管理员：可查看并代填所有进行中调度轮次的填报。'
                  : who.institutions.length
                    ? `责任单位：${who.institutions.map((i) => i.name).join('、')}`
                    : '您的密钥尚未关联任何责任单位，没有需要填报的项目。'}
              </p>
              <div className="figures">
                <Figure label="待填报（未填报、草稿）" value={String(count('pending', 'draft'))} testId="todo-count" />
                <Figure label="已退回待修改" value={String(count('returned'))} testId="returned-count" warn={count('returned') > 0} />
                <Figure label="已提交待审核" value={String(count('submitted'))} />
                <Figure label="已审核" value={String(count('approved'))} />
              </div>
              <div className="filters">
                <Select
                  label="调度轮次"
                  all="全部进行中的轮次"
                  value={roundId}
                  options={rounds.map((r) => [r.id, roundName(r)])}
                  onChange={setRoundId}
                />
                <Select
                  label="状态"
                  all="全部状态"
                  value={status}
                  options={Object.entries(REPORT_STATUS_LABELS)}
                  onChange={(value) => setStatus(value as ReportStatus | '')}
                />
              </div>
              {shown.length === 0 ? (
                <p className="empty">{rows.length === 0 ? '目前没有进行中的调度需要您填报。' : '没有符合条件的填报。'}</p>
              ) : (
                <div className="table-wrap" tabIndex={0} role="region" aria-label="需要填报的项目">
                  <table data-testid="my-reports">
                    <caption className="sr-only">需要填报的项目</caption>
                    <thead>
                      <tr>
                        <th scope="col">项目</th>
                        <th scope="col">责任单位</th>
                        <th scope="col">填报月份</th>
                        <th scope="col">截止日期</th>
                        <th scope="col">状态</th>
                        <th scope="col">操作</th>
                      </tr>
                    </thead>
                    <tbody>
                      {shown.map(({ round, report }) => {
                        const late = isLate(round, report.status);
                        return (
                          <tr key={`${round.id}/${report.projectId}`} className={report.status === 'returned' ? 'returned' : undefined} data-project-id={report.projectId}>
                            <th scope="row">
                              {report.projectName}
                              <div className="code">{report.projectCode}</div>
                              {report.status === 'returned' && report.reason && (
                                <div className="row-reason" data-testid="row-reason">
                                  退回原因：{report.reason}
                                </div>
                              )}
                            </th>
                            <td>{report.institutionName ?? '—'}</td>
                            <td>{formatMonth(report.period)}</td>
                            <td className={late ? 'overdue' : undefined}>
                              {formatDate(round.dueDate)}
                              {late && '（已逾期）'}
                            </td>
                            <td>
                              <StatusBadge status={report.status} testId="report-status" />
                            </td>
                            <td>
                              <a href={`#/reports/${round.id}/${report.projectId}`}>
                                {EDITABLE.includes(report.status) ? (report.status === 'returned' ? '修改' : '填报') : '查看'}
                              </a>
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          );
        }}
      </Loading>
    </section>
  );
}

export const roundName = (round: Pick<Round, 'period' | 'planTitle' | 'regionName' | 'status'>) =>
  `${formatMonth(round.period)} · ${round.planTitle ?? round.regionName ?? '—'}${round.status === 'closed' ? '（已关闭）' : ''}`;

/** What the form holds: text as typed, so nothing is lost or reformatted while a save fails. */
interface Values {
  mode: 'month' | 'cumulative';
  amount: string;
  pct: string;
  progressText: string;
  started: '' | 'yes' | 'no';
  startedOn: string;
  problems: string;
}

type Field = 'amount' | 'pct' | 'progressText' | 'started' | 'startedOn' | 'problems';

/** The API's field names, as the form's fields. */
const FIELD_OF: Record<string, Field> = {
  completedInvestmentWan: 'amount',
  cumulativeCompletedWan: 'amount',
  physicalProgressPct: 'pct',
  progressText: 'progressText',
  started: 'started',
  startedOn: 'startedOn',
  problems: 'problems',
};

const text = (n: number | null) => (n == null ? '' : String(n));

function valuesOf(report: Report): Values {
  // A draft holds one of the two figures; a submitted month has both, and the month's is the one to correct.
  const cumulative = report.figuresFrom === 'draft' && report.completedInvestmentWan == null && report.cumulativeCompletedWan != null;
  return {
    mode: cumulative ? 'cumulative' : 'month',
    amount: text(cumulative ? report.cumulativeCompletedWan : report.completedInvestmentWan),
    pct: text(report.physicalProgressPct),
    progressText: report.progressText ?? '',
    started: report.started == null ? '' : report.started ? 'yes' : 'no',
    startedOn: report.startedOn ?? '',
    problems: report.problems ?? '',
  };
}

const same = (a: Values, b: Values) => JSON.stringify(a) === JSON.stringify(b);

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** The body of the PUT, or the fields the form itself can tell are wrong. */
function bodyOf(values: Values): { body?: Schemas['PutReportDto']; errors?: Partial<Record<Field, string>> } {
  const errors: Partial<Record<Field, string>> = {};
  const amount = values.amount.trim();
  if (amount && !AMOUNT.test(amount)) errors.amount = '请填写不小于 0 的金额（万元），最多两位小数。';
  const pct = values.pct.trim();
  if (pct && (!/^\d{1,3}(\.\d{1,2})?$/.test(pct) || Number(pct) > 100)) errors.pct = '形象进度为 0–100 之间的数，最多两位小数。';
  if (Object.keys(errors).length) return { errors };
  const number = amount ? Number(amount) : null;
  return {
    body: {
      completedInvestmentWan: values.mode === 'month' ? number : null,
      cumulativeCompletedWan: values.mode === 'cumulative' ? number : null,
      physicalProgressPct: pct ? Number(pct) : null,
      progressText: values.progressText.trim() || null,
      started: values.started === '' ? null : values.started === 'yes',
      startedOn: values.started === 'yes' && values.startedOn ? values.startedOn : null,
      problems: values.problems.trim() || null,
    },
  };
}

/** What a 412 means here: the form keeps what was typed; the saved values are shown beside it. */
const CONFLICT = '保存失败：这份填报已被他人修改。已重新加载当前保存的内容（见下方），您填写的内容仍保留在表单中，请核对后再保存或提交。';

function ReportEditor({ roundId, projectId, me }: { roundId: string; projectId: string; me: Me }) {
  const loaded = useLoad(async () => {
    const [round, report] = await Promise.all([
      api.GET('/api/v1/reporting-rounds/{id}', { params: { path: { id: roundId } } }).then(unwrap),
      api.GET('/api/v1/reporting-rounds/{id}/reports/{projectId}', { params: { path: { id: roundId, projectId } } }).then(unwrap),
    ]);
    return { round, report };
  }, [roundId, projectId]);
  return (
    <article aria-labelledby="report-title">
      <p>
        <a href="#/reports">← 返回填报列表</a>
      </p>
      <Loading state={loaded}>{({ round, report }) => <ReportForm round={round} initial={report} me={me} />}</Loading>
    </article>
  );
}

function ReportForm({ round, initial, me }: { round: Round; initial: Report; me: Me }) {
  // The report as last read from the API: its version is what the next write sends as If-Match.
  const [report, setReport] = useState(initial);
  const [values, setValues] = useState(() => valuesOf(initial));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Report | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const mayReport = mayEditProjectsOf(me, report.institutionId);
  const editable = mayReport && round.status === 'open' && EDITABLE.includes(report.status);
  const dirty = !same(values, valuesOf(report));
  const late = round.status === 'open' && isLate(round, report.status);
  const set = (patch: Partial<Values>) => {
    setValues((v) => ({ ...v, ...patch }));
    setMessage(null);
  };

  /** After a failed write: field messages beside their fields, the rest under the form; a 412 reloads the report. */
  const failed = async (e: unknown) => {
    const apiError = asApiError(e);
    if (apiError.status === 412) {
      const current = unwrap(
        await api.GET('/api/v1/reporting-rounds/{id}/reports/{projectId}', { params: { path: { id: round.id, projectId: report.projectId } } }),
      );
      setReport(current);
      setConflict(current);
      setError(null);
      return;
    }
    const byField: Partial<Record<Field, string>> = {};
    for (const { field, message: text } of apiError.problem?.errors ?? []) {
      const mine = FIELD_OF[field];
      if (mine) byField[mine] = text;
    }
    setFieldErrors(byField);
    const named = Object.keys(byField).length > 0;
    setError(named ? '请修改标出的字段后再保存。' : problemText(apiError));
  };

  /** Saves the draft; answers the saved report, or null when it failed (and says why). */
  const save = async (): Promise<Report | null> => {
    const { body, errors } = bodyOf(values);
    if (!body) {
      setFieldErrors(errors ?? {});
      setError('请修改标出的字段后再保存。');
      return null;
    }
    try {
      const saved = unwrap(
        await api.PUT('/api/v1/reporting-rounds/{id}/reports/{projectId}', {
          params: { path: { id: round.id, projectId: report.projectId }, header: { 'If-Match': ifMatch(report.version) } },
          body,
        }),
      );
      setReport(saved);
      setValues(valuesOf(saved));
      setConflict(null);
      return saved;
    } catch (e) {
      await failed(e);
      return null;
    }
  };

  const begin = () => {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    setMessage(null);
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    begin();
    try {
      if (await save()) setMessage('已保存草稿。提交后财政局才能审核。');
    } finally {
      setBusy(false);
    }
  };

  // 提交 saves what is in the form first, then submits that version.
  const onSubmit = async () => {
    begin();
    try {
      const current = dirty ? await save() : report;
      if (!current) return;
      try {
        const submitted = unwrap(
          await api.POST('/api/v1/reporting-rounds/{id}/reports/{projectId}/submit', {
            params: { path: { id: round.id, projectId: report.projectId }, header: { 'If-Match': ifMatch(current.version) } },
          }),
        );
        setReport(submitted);
        setValues(valuesOf(submitted));
        setConflict(null);
        setMessage('已提交，等待财政局审核。');
      } catch (e) {
        await failed(e);
      }
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: Field) =>
    fieldErrors[field] && (
      <span id={`report-${field}-error`} className="field-error" data-testid={`error-${field}`}>
        {fieldErrors[field]}
      </span>
    );
  const describedBy = (field: Field) => (fieldErrors[field] ? `report-${field}-error` : undefined);
  const field = (id: Field, labelText: string, input: ReactNode, wide = false) => (
    <div className={wide ? 'field wide' : 'field'}>
      <label htmlFor={`report-${id}`}>{labelText}</label>
      {input}
      {fieldError(id)}
    </div>
  );

  return (
    <>
      <h2 id="report-title">{report.projectName}</h2>
      <dl className="facts">
        <dt>项目编号</dt>
        <dd>{report.projectCode}</dd>
        <dt>责任单位</dt>
        <dd>{report.institutionName ?? '—'}</dd>
        <dt>调度轮次</dt>
        <dd>{roundName(round)}</dd>
        <dt>填报月份</dt>
        <dd>{formatMonth(report.period)}</dd>
        <dt>截止日期</dt>
        <dd className={late ? 'overdue' : undefined}>
          {formatDate(round.dueDate)}
          {late && '（已逾期，请尽快提交）'}
        </dd>
        <dt>状态</dt>
        <dd>
          <StatusBadge status={report.status} testId="report-status" />
          {report.submittedAt && <span className="muted"> 提交于 {formatDateTime(report.submittedAt)}</span>}
        </dd>
      </dl>

      {report.reason && (report.status === 'returned' || report.status === 'draft') && (
        <div className="returned-note" role="note" aria-labelledby="return-reason-title" data-testid="return-reason">
          <h3 id="return-reason-title">{report.status === 'returned' ? '已被财政局退回，请修改后重新提交' : '上次退回的原因（修改后请重新提交）'}</h3>
          <p data-testid="return-reason-text">{report.reason}</p>
        </div>
      )}

      {conflict && (
        <div className="conflict" role="alert" data-testid="conflict">
          <p>{CONFLICT}</p>
          <SavedFigures report={conflict} />
          <button type="button" onClick={() => { setValues(valuesOf(conflict)); setConflict(null); }}>
            改用当前保存的内容
          </button>
        </div>
      )}

      {!editable ? (
        <>
          <p className="muted" data-testid="report-readonly">
            {!mayReport
              ? '该项目的责任单位不在您的授权范围内，只能查看。'
              : round.status !== 'open'
                ? '调度轮次已关闭，不能再修改。'
                : report.status === 'submitted'
                  ? '已提交，等待财政局审核；退回后才能修改。'
                  : '已审核通过，不能再修改。'}
          </p>
          <SavedFigures report={report} />
          {message && <p role="status" data-testid="report-message">{message}</p>}
        </>
      ) : (
        <form className="progress-form report-form" onSubmit={onSave} noValidate aria-labelledby="report-form-title" data-testid="report-form">
          <h3 id="report-form-title">{formatMonth(report.period)}进展填报</h3>
          <fieldset className="field wide">
            <legend>完成投资填报方式</legend>
            <label className="check">
              <input type="radio" name="mode" checked={values.mode === 'month'} onChange={() => set({ mode: 'month' })} />
              本月完成投资
            </label>
            <label className="check">
              <input type="radio" name="mode" checked={values.mode === 'cumulative'} onChange={() => set({ mode: 'cumulative' })} />
              累计完成投资（开工以来）
            </label>
          </fieldset>
          {field(
            'amount',
            values.mode === 'month' ? '本月完成投资（万元）' : '累计完成投资（万元）',
            <input
              id="report-amount"
              inputMode="decimal"
              value={values.amount}
              onChange={(e) => set({ amount: e.target.value })}
              aria-invalid={fieldErrors.amount ? true : undefined}
              aria-describedby={describedBy('amount') ?? 'report-amount-help'}
            />,
          )}
          <p id="report-amount-help" className="muted help-line">
            {values.mode === 'month'
              ? '填本月新完成的投资。'
              : '填截至本月底的累计完成投资，系统按以前各月已记录的数额算出本月完成投资。'}
          </p>
          {field(
            'pct',
            '形象进度（%）',
            <input
              id="report-pct"
              inputMode="decimal"
              value={values.pct}
              onChange={(e) => set({ pct: e.target.value })}
              aria-invalid={fieldErrors.pct ? true : undefined}
              aria-describedby={describedBy('pct')}
            />,
          )}
          {field(
            'started',
            '是否开工',
            <select
              id="report-started"
              value={values.started}
              onChange={(e) => {
                const started = e.target.value as Values['started'];
                set({ started, ...(started === 'yes' ? {} : { startedOn: '' }) });
              }}
              aria-describedby={describedBy('started')}
            >
              <option value="">未填</option>
              <option value="yes">是</option>
              <option value="no">否</option>
            </select>,
          )}
          {field(
            'startedOn',
            '开工日期',
            <input
              id="report-startedOn"
              type="date"
              value={values.startedOn}
              disabled={values.started !== 'yes'}
              onChange={(e) => set({ startedOn: e.target.value })}
              aria-invalid={fieldErrors.startedOn ? true : undefined}
              aria-describedby={describedBy('startedOn')}
            />,
          )}
          {field(
            'progressText',
            '进展情况',
            <textarea
              id="report-progressText"
              rows={3}
              maxLength={2000}
              value={values.progressText}
              onChange={(e) => set({ progressText: e.target.value })}
              aria-describedby={describedBy('progressText')}
            />,
            true,
          )}
          {field(
            'problems',
            '存在问题',
            <textarea
              id="report-problems"
              rows={3}
              maxLength={2000}
              value={values.problems}
              onChange={(e) => set({ problems: e.target.value })}
              aria-describedby={describedBy('problems')}
            />,
            true,
          )}
          <div className="actions wide">
            <button type="submit" disabled={busy}>
              保存草稿
            </button>
            <button type="button" onClick={onSubmit} disabled={busy}>
              {dirty ? '保存并提交' : '提交'}
            </button>
            {dirty && <span className="muted">有未保存的修改</span>}
          </div>
          {message && (
            <p role="status" className="wide" data-testid="report-message">
              {message}
            </p>
          )}
          {error && (
            <p className="error wide" role="alert" data-testid="report-error">
              {error}
            </p>
          )}
        </form>
      )}
    </>
  );
}

function problemText(error: ApiError): string {
  if (error.status === 403) return `无权操作：${error.message}`;
  if (error.status === 0) return `无法连接服务器：${error.message}`;
  return error.message;
}

/** A report's figures as saved (a draft) or of record (submitted). */
function SavedFigures({ report }: { report: Report }) {
  return (
    <dl className="facts saved-figures" data-testid="saved-figures">
      <dt>本月完成投资</dt>
      <dd>{report.completedInvestmentWan == null ? '—' : `${formatWan(report.completedInvestmentWan)} 万元`}</dd>
      <dt>累计完成投资</dt>
      <dd>{report.cumulativeCompletedWan == null ? '—' : `${formatWan(report.cumulativeCompletedWan)} 万元`}</dd>
      <dt>形象进度</dt>
      <dd>{report.physicalProgressPct == null ? '—' : `${formatNumber(report.physicalProgressPct)}%`}</dd>
      <dt>是否开工</dt>
      <dd>{report.started == null ? '—' : report.started ? `是${report.startedOn ? `（${formatDate(report.startedOn)}）` : ''}` : '否'}</dd>
      <dt>进展情况</dt>
      <dd>{report.progressText ?? '—'}</dd>
      <dt>存在问题</dt>
      <dd>{report.problems ?? '—'}</dd>
    </dl>
  );
}
