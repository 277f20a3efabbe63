import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError, session, unwrap, type Me, type Problem, type Schemas } from '../api/client';
import { formatDate, formatNumber, PLAN_TIME_ZONE, todayIn } from '../format';
import { Loading } from '../ui';
import { useLoad } from '../useLoad';

type Plan = Schemas['PlanView'];
type Region = Schemas['RegionView'];
type Report = Schemas['ImportReportView'];

const periodOf = (plan: Pick<Plan, 'periodStart' | 'periodEnd'>) =>
  plan.periodStart === plan.periodEnd ? `${plan.periodStart} 年度` : `${plan.periodStart}–${plan.periodEnd} 年`;

/** The plans, and for admins a form to create one (any region of the catalogue) and to import a list into one. */
export function Plans({ me }: { me: Me }) {
  const plans = useLoad(async () => unwrap(await api.GET('/api/v1/plans', { params: { query: { limit: 500 } } })).items, []);
  const admin = me.role === 'admin';
  return (
    <section aria-labelledby="plans-title">
      <h2 id="plans-title">规划与导入</h2>
      <Loading state={plans} empty="还没有规划" isEmpty={(items) => items.length === 0}>
        {(items) => (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="规划列表">
            <table data-testid="plans">
              <caption className="sr-only">规划列表</caption>
              <thead>
                <tr>
                  <th scope="col">规划</th>
                  <th scope="col">地区</th>
                  <th scope="col">期限</th>
                  <th scope="col">文号</th>
                  <th scope="col">印发日期</th>
                  <th scope="col">代码</th>
                </tr>
              </thead>
              <tbody>
                {items.map((plan) => (
                  <tr key={plan.id}>
                    <th scope="row">{plan.title}</th>
                    <td>{plan.regionName}</td>
                    <td>{periodOf(plan)}</td>
                    <td>{plan.documentNumber ?? '—'}</td>
                    <td>{formatDate(plan.issuedOn)}</td>
                    <td className="code">{plan.code}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loading>
      {admin ? (
        <>
          <CreatePlan onCreated={plans.reload} />
          <ImportFile plans={plans.data ?? []} onImported={plans.reload} />
        </>
      ) : (
        <p className="muted">只有管理员可以新建规划和导入文件。</p>
      )}
    </section>
  );
}

/** A region of the catalogue, found by typing part of its name. */
function RegionPicker({ value, onChange, error }: { value: string; onChange: (code: string) => void; error?: string }) {
  const [q, setQ] = useState('');
  const [matches, setMatches] = useState<Region[]>([]);
  useEffect(() => {
    if (q.trim().length < 2) return setMatches([]);
    let current = true;
    const timer = setTimeout(async () => {
      const page = unwrap(await api.GET('/api/v1/regions', { params: { query: { q: q.trim(), limit: 20 } } }));
      if (current) setMatches(page.items);
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q]);
  return (
    <div className="field">
      <label htmlFor="plan-region-q">地区（输入名称查找）</label>
      <input id="plan-region-q" value={q} onChange={(e) => setQ(e.target.value)} placeholder="如：广汉" autoComplete="off" />
      <label htmlFor="plan-region">行政区划</label>
      <select id="plan-region" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'plan-region-error' : undefined}>
        <option value="">{matches.length ? '请选择' : '先输入名称'}</option>
        {matches.map((r) => (
          <option key={r.code} value={r.code}>
            {r.fullName}（{r.code}）
          </option>
        ))}
      </select>
      {error && (
        <span id="plan-region-error" className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

// The plans' year, not the browser's (they differ for hours around New Year).
const thisYear = Number(todayIn(PLAN_TIME_ZONE).slice(0, 4));

function CreatePlan({ onCreated }: { onCreated: () => void }) {
  const [regionCode, setRegionCode] = useState('');
  const [title, setTitle] = useState('');
  const [startYear, setStartYear] = useState(String(thisYear));
  const [endYear, setEndYear] = useState(String(thisYear));
  const [code, setCode] = useState('');
  const [documentNumber, setDocumentNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [done, setDone] = useState<Plan | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      const plan = unwrap(
        await api.POST('/api/v1/plans', {
          body: {
            regionCode,
            title,
            startYear: Number(startYear),
            endYear: Number(endYear),
            ...(code.trim() ? { code: code.trim() } : {}),
            ...(documentNumber.trim() ? { documentNumber: documentNumber.trim() } : {}),
            ...(issuedOn ? { issuedOn } : {}),
          },
        }),
      );
      setDone(plan);
      onCreated();
    } catch (error) {
      setProblem(error instanceof ApiError ? error : new ApiError(0, { detail: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (field: string) => problem?.fieldError(field);
  const field = (id: string, label: string, name: string, input: ReactNode) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {input}
      {fieldError(name) && <span className="field-error">{fieldError(name)}</span>}
    </div>
  );
  return (
    <form className="progress-form plan-form" onSubmit={submit} aria-labelledby="create-plan-title" data-testid="create-plan">
      <h3 id="create-plan-title">新建规划</h3>
      <RegionPicker value={regionCode} onChange={setRegionCode} error={fieldError('regionCode')} />
      {field('plan-title', '标题', 'title', <input id="plan-title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />)}
      {field('plan-start', '起始年度', 'startYear', <input id="plan-start" type="number" min={2000} max={2100} value={startYear} onChange={(e) => setStartYear(e.target.value)} required />)}
      {field('plan-end', '截止年度', 'endYear', <input id="plan-end" type="number" min={2000} max={2100} value={endYear} onChange={(e) => setEndYear(e.target.value)} aria-describedby="plan-end-help" required />)}
      <p id="plan-end-help" className="muted">年度重点项目表：截止年度与起始年度相同。</p>
      {field('plan-code', '代码（可不填：行政区划代码-起始-截止）', 'code', <input id="plan-code" value={code} onChange={(e) => setCode(e.target.value)} maxLength={64} />)}
      {field('plan-number', '文号', 'documentNumber', <input id="plan-number" value={documentNumber} onChange={(e) => setDocumentNumber(e.target.value)} maxLength={100} />)}
      {field('plan-issued', '印发日期', 'issuedOn', <input id="plan-issued" type="date" value={issuedOn} onChange={(e) => setIssuedOn(e.target.value)} />)}
      <button type="submit" disabled={busy || !regionCode || !title.trim()}>
        {busy ? '正在创建…' : '创建规划'}
      </button>
      {problem && !problem.problem?.errors?.length && (
        <p className="error" role="alert">
          {problem.problem?.status === 409 ? '已有同一代码的规划，请换一个代码。' : `创建失败：${problem.message}`}
        </p>
      )}
      {done && (
        <p role="status" data-testid="plan-created">
          已创建规划“{done.title}”（{done.code}）。
        </p>
      )}
    </form>
  );
}

/**
 * Uploads a plan document or a project list: first a preview (what would be created, updated, left alone, the sums,
 * the reconciliation, the columns not read), then the import itself. The API's Chinese summary is shown as is.
 */
function ImportFile({ plans, onImported }: { plans: Plan[]; onImported: () => void }) {
  const [planCode, setPlanCode] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState('');
  const [period, setPeriod] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<{ message: string; place?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    const query = new URLSearchParams({ dryRun: String(dryRun), rowLimit: '50' });
    if (planCode) query.set('planCode', planCode);
    if (sheet.trim()) query.set('sheet', sheet.trim());
    if (period) query.set('period', period);
    const body = new FormData();
    body.append('file', file, file.name);
    try {
      const response = await fetch(`/api/v1/imports?${query}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${session.key()}`, 'Accept-Language': 'zh-CN' },
        body,
      });
      const answer = await response.json();
      if (!response.ok) {
        const problem = answer as Problem & { errors?: { message: string }[] };
        setReport(null);
        setError({ message: problem.errors?.[0]?.message ?? problem.detail ?? `HTTP ${response.status}`, place: problem.detail });
        return;
      }
      setReport(answer as Report);
      if (!dryRun) onImported();
    } catch (e) {
      setError({ message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="progress-form plan-form" onSubmit={(e) => e.preventDefault()} aria-labelledby="import-title" data-testid="import-form">
      <h3 id="import-title">导入规划文本或项目表</h3>
      <div className="field">
        <label htmlFor="import-plan">项目表所属规划（规划文本自带，不必选）</label>
        <select id="import-plan" value={planCode} onChange={(e) => setPlanCode(e.target.value)}>
          <option value="">（规划文本）</option>
          {plans.map((plan) => (
            <option key={plan.id} value={plan.code}>
              {plan.regionName} {periodOf(plan)} {plan.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="import-file">文件（.xlsx、.xls、.csv、.txt）</label>
        <input id="import-file" type="file" accept=".xlsx,.xls,.csv,.txt" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <div className="field">
        <label htmlFor="import-sheet">工作表（有多个项目表时填写）</label>
        <input id="import-sheet" value={sheet} onChange={(e) => setSheet(e.target.value)} maxLength={100} />
      </div>
      <div className="field">
        <label htmlFor="import-period">进展截至月份（标题未写明时填写）</label>
        <input id="import-period" type="month" value={period} onChange={(e) => setPeriod(e.target.value)} />
      </div>
      <div className="actions">
        <button type="button" onClick={() => send(true)} disabled={busy || !file}>
          预览
        </button>
        <button type="button" onClick={() => send(false)} disabled={busy || !file || !report?.dryRun}>
          确认导入
        </button>
      </div>
      {error && (
        <div className="error" role="alert" data-testid="import-error">
          <p>{error.message}</p>
          {error.place && <p className="muted">{error.place}</p>}
        </div>
      )}
      {report && <ImportResult report={report} />}
    </form>
  );
}

const ACTIONS: Record<string, string> = { create: '新建', update: '更新', unchanged: '未变' };
// What an update changes, as the bureau calls it.
const CHANGES: Record<string, string> = {
  programId: '专栏', institutionId: '建设单位', name: '名称', content: '建设内容', buildType: '建设性质', status: '状态',
  landMu: '用地', investmentWan: '总投资', floorAreaM2: '建筑面积', newBuildAreaM2: '新建面积', renovationAreaM2: '改造面积',
  beds: '床位', startYear: '开工年度', endYear: '竣工年度', remark: '备注', tier: '层次', annualPlan: '年度计划', progress: '月度进展',
};
const CATEGORIES: Record<string, string> = { new: '新开工', continuing: '续建', preparatory: '前期', completing: '竣工' };

function ImportResult({ report }: { report: Report }) {
  return (
    <div className="import-result" data-testid="import-result">
      <h4>{report.dryRun ? '预览（尚未写入）' : '已导入'}</h4>
      <ul data-testid="import-summary">
        {report.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {report.warnings.length > 0 && (
        <details>
          <summary>提示 {report.warningCount} 条</summary>
          <ul>
            {report.warnings.map((warning, i) => (
              <li key={i}>{warning.message}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="table-wrap" tabIndex={0} role="region" aria-label="逐行预览">
        <table>
          <caption>逐行预览（前 {report.rows.items.length} 行，共 {report.rows.total} 行）</caption>
          <thead>
            <tr>
              <th scope="col">行</th>
              <th scope="col">操作</th>
              <th scope="col">项目名称</th>
              <th scope="col">建设单位</th>
              <th scope="col" className="num">总投资（万元）</th>
              <th scope="col" className="num">年度计划（万元）</th>
              <th scope="col">年度类别</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.items.map((row) => (
              <tr key={`${row.line}-${row.code}`}>
                <td className="num">{row.line}</td>
                <td>{ACTIONS[row.action] ?? row.action}{row.changes.length ? `（${row.changes.map((c) => CHANGES[c] ?? c).join('、')}）` : ''}</td>
                <th scope="row">{row.name}</th>
                <td>{row.institutionName ?? '—'}</td>
                <td className="num">{formatNumber(row.investmentWan)}</td>
                <td className="num">{formatNumber(row.annualPlanWan)}</td>
                <td>{row.category ? CATEGORIES[row.category] : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
