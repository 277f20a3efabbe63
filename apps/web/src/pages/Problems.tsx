import { useEffect, useState, type FormEvent } from 'react';
import { api, asApiError, ifMatch, mayEditProjectsOf, unwrap, type ApiError, type Me, type Schemas } from '../api/client';
import { formatDate, label, PROBLEM_CATEGORY_LABELS, PROBLEM_STATUS_LABELS } from '../format';
import { Loading, Select } from '../ui';
import { useLoad } from '../useLoad';
import { PlaceSelects, usePlace, type Place } from './PlaceFilter';

type ProjectProblem = Schemas['ProjectProblemView'];
type Category = ProjectProblem['category'];
type Status = ProjectProblem['status'];
type Project = Schemas['ProjectView'];

/** Who may record and resolve a project's problems: admins, finance, managers of the project's institution. */
const mayChange = (me: Me, institutionId: string | null) => me.role === 'finance' || mayEditProjectsOf(me, institutionId);

/** 问题: the problems (存在问题) of the projects, filtered; record one, resolve one. */
export function Problems({ me }: { me: Me }) {
  const place = usePlace();
  const [category, setCategory] = useState<Category | ''>('');
  const [status, setStatus] = useState<Status | ''>('');
  const [overdue, setOverdue] = useState<'' | 'true' | 'false'>('');
  const list = useLoad(
    async () =>
      unwrap(
        await api.GET('/api/v1/problems', {
          params: {
            query: {
              ...place.filter,
              ...(category ? { category } : {}),
              ...(status ? { status } : {}),
              ...(overdue ? { overdue: overdue === 'true' } : {}),
              sort: '-createdAt',
              limit: 500,
            },
          },
        }),
      ),
    [place.regionCode, place.planId, category, status, overdue],
  );
  const mayRecord = me.role !== 'viewer' && (me.role !== 'manager' || me.institutions.length > 0);

  return (
    <section aria-labelledby="problems-title">
      <div className="page-head">
        <h2 id="problems-title">存在问题</h2>
      </div>
      <form className="filters" role="search" aria-label="筛选问题" onSubmit={(e) => e.preventDefault()}>
        <PlaceSelects place={place} />
        <Select label="类别" all="全部类别" testId="problem-category-filter" value={category} options={Object.entries(PROBLEM_CATEGORY_LABELS)} onChange={(v) => setCategory(v as Category | '')} />
        <Select label="状态" all="全部状态" testId="problem-status-filter" value={status} options={Object.entries(PROBLEM_STATUS_LABELS)} onChange={(v) => setStatus(v as Status | '')} />
        <Select
          label="是否逾期"
          all="全部"
          testId="problem-overdue-filter"
          value={overdue}
          options={[
            ['true', '已逾期'],
            ['false', '未逾期'],
          ]}
          onChange={(v) => setOverdue(v as '' | 'true' | 'false')}
        />
      </form>
      <Loading state={list} isEmpty={(page) => page.items.length === 0} empty="没有符合条件的问题。">
        {(page) => (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="问题列表">
            <table data-testid="problems">
              <caption className="muted">
                共 {page.items.length} 个问题{page.nextCursor ? '（仅显示前 500 个，请缩小范围）' : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">项目</th>
                  <th scope="col">类别</th>
                  <th scope="col">问题</th>
                  <th scope="col">责任单位</th>
                  <th scope="col">限期解决</th>
                  <th scope="col">状态</th>
                  <th scope="col">解决情况</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((p) => (
                  <ProblemRow key={p.id} problem={p} canChange={mayChange(me, p.institutionId)} onChanged={list.reload} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loading>
      {mayRecord ? (
        <AddProblem me={me} place={place} onAdded={list.reload} />
      ) : (
        <p className="muted">{me.role === 'viewer' ? '只读账户不能登记问题。' : '您的密钥尚未关联责任单位，不能登记问题。'}</p>
      )}
    </section>
  );
}

const CONFLICT = '保存失败：这个问题已被他人修改。已重新加载当前数据，您填写的解决情况仍保留，请核对后再提交。';

function ProblemRow({ problem: p, canChange, onChanged }: { problem: ProjectProblem; canChange: boolean; onChanged: () => void }) {
  const [resolving, setResolving] = useState(false);
  const [resolution, setResolution] = useState('');
  const [resolvedOn, setResolvedOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!resolution.trim()) {
      setError('请填写解决情况。');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      unwrap(
        await api.PATCH('/api/v1/problems/{id}', {
          params: { path: { id: p.id }, header: { 'If-Match': ifMatch(p.version) } },
          body: { status: 'resolved', resolution: resolution.trim(), ...(resolvedOn ? { resolvedOn } : {}) },
        }),
      );
      setResolving(false);
      onChanged();
    } catch (e) {
      const apiError = asApiError(e);
      // The row reloads with the current version; what was typed stays in the form.
      if (apiError.status === 412) onChanged();
      setError(apiError.status === 412 ? CONFLICT : (apiError.problem?.errors?.[0]?.message ?? apiError.message));
    } finally {
      setBusy(false);
    }
  };
  const id = `resolve-${p.id}`;
  return (
    <tr data-problem-id={p.id} className={p.overdue ? 'problem-overdue' : undefined}>
      <th scope="row">
        <a href={`#/projects/${p.projectId}`}>{p.projectName}</a>
      </th>
      <td data-testid="problem-category">{p.categoryName || label(PROBLEM_CATEGORY_LABELS, p.category)}</td>
      <td data-testid="problem-description">{p.description}</td>
      <td>{p.responsibleUnit ?? '—'}</td>
      <td className={p.overdue ? 'overdue' : undefined}>
        {formatDate(p.dueDate)}
        {p.overdue && '（已逾期）'}
      </td>
      <td>
        <span className={`badge problem-${p.status}`} data-testid="problem-status">
          {label(PROBLEM_STATUS_LABELS, p.status)}
        </span>
      </td>
      <td>
        {p.status === 'resolved' ? (
          <>
            {p.resolution}
            <div className="muted">{formatDate(p.resolvedOn)}</div>
          </>
        ) : canChange && !resolving ? (
          <button type="button" onClick={() => setResolving(true)}>
            标记解决
          </button>
        ) : null}
        {resolving && (
          <form className="resolve-form" onSubmit={submit} noValidate>
            <label htmlFor={id}>解决情况</label>
            <textarea
              id={id}
              rows={2}
              maxLength={2000}
              value={resolution}
              onChange={(e) => setResolution(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
            <label htmlFor={`${id}-on`}>解决日期（可不填：今天）</label>
            <input id={`${id}-on`} type="date" value={resolvedOn} onChange={(e) => setResolvedOn(e.target.value)} />
            <div className="actions">
              <button type="submit" disabled={busy}>
                确认解决
              </button>
              <button type="button" onClick={() => { setResolving(false); setError(null); }}>
                取消
              </button>
            </div>
            {error && (
              <p id={`${id}-error`} className="error" role="alert" data-testid="resolve-error">
                {error}
              </p>
            )}
          </form>
        )}
      </td>
    </tr>
  );
}

/** Projects to record a problem on: those of the page's region or plan, matching the name typed, that the key may change. */
function useProjectChoices(me: Me, place: Place, q: string) {
  const [choices, setChoices] = useState<Project[]>([]);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      // A manager's institution narrows at the API when there is only one; several are filtered here.
      const only = me.role === 'manager' && me.institutions.length === 1 ? { institutionId: me.institutions[0].id } : {};
      try {
        const page = unwrap(
          await api.GET('/api/v1/projects', {
            params: { query: { ...place.filter, ...only, ...(q.trim() ? { q: q.trim() } : {}), sort: 'name', limit: 200 } },
          }),
        );
        if (current) setChoices(page.items.filter((p) => mayChange(me, p.institutionId)));
      } catch {
        if (current) setChoices([]);
      }
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [me, place.regionCode, place.planId, q]);
  return choices;
}

function AddProblem({ me, place, onAdded }: { me: Me; place: Place; onAdded: () => void }) {
  const [q, setQ] = useState('');
  const choices = useProjectChoices(me, place, q);
  const [projectId, setProjectId] = useState('');
  const [category, setCategory] = useState<Category | ''>('');
  const [description, setDescription] = useState('');
  const [responsibleUnit, setResponsibleUnit] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const lacking = [!projectId && 'projectId', !category && 'category', !description.trim() && 'description'].filter(Boolean) as string[];
    setMissing(lacking);
    setProblem(null);
    setDone(null);
    if (lacking.length) return;
    setBusy(true);
    try {
      const created = unwrap(
        await api.POST('/api/v1/projects/{id}/problems', {
          params: { path: { id: projectId } },
          body: {
            category: category as Category,
            description: description.trim(),
            ...(responsibleUnit.trim() ? { responsibleUnit: responsibleUnit.trim() } : {}),
            ...(dueDate ? { dueDate } : {}),
          },
        }),
      );
      setDone(`已登记“${created.projectName}”的${created.categoryName}问题。`);
      setDescription('');
      setResponsibleUnit('');
      setDueDate('');
      onAdded();
    } catch (e) {
      setProblem(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const REQUIRED: Record<string, string> = { projectId: '请选择项目。', category: '请选择类别。', description: '请填写问题描述。' };
  const fieldError = (field: string) => {
    const message = missing.includes(field) ? REQUIRED[field] : problem?.fieldError(field);
    return message ? (
      <span id={`problem-${field}-error`} className="field-error">
        {message}
      </span>
    ) : null;
  };
  const invalid = (field: string) =>
    missing.includes(field) || problem?.fieldError(field) ? { 'aria-invalid': true, 'aria-describedby': `problem-${field}-error` } : {};
  return (
    <form className="progress-form plan-form" onSubmit={submit} noValidate aria-labelledby="add-problem-title" data-testid="add-problem">
      <h3 id="add-problem-title">登记问题</h3>
      <div className="field">
        <label htmlFor="problem-q">查找项目（上方地区、规划范围内）</label>
        <input id="problem-q" value={q} onChange={(e) => setQ(e.target.value)} placeholder="输入项目名称" autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="problem-projectId">项目</label>
        <select id="problem-projectId" value={projectId} onChange={(e) => setProjectId(e.target.value)} {...invalid('projectId')}>
          <option value="">{choices.length ? `请选择（${choices.length} 个）` : '没有可登记的项目'}</option>
          {choices.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        {fieldError('projectId')}
      </div>
      <div className="field">
        <label htmlFor="problem-category">类别</label>
        <select id="problem-category" value={category} onChange={(e) => setCategory(e.target.value as Category | '')} {...invalid('category')}>
          <option value="">请选择</option>
          {Object.entries(PROBLEM_CATEGORY_LABELS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
        {fieldError('category')}
      </div>
      <div className="field wide">
        <label htmlFor="problem-description">问题描述</label>
        <textarea id="problem-description" rows={3} maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} {...invalid('description')} />
        {fieldError('description')}
      </div>
      <div className="field">
        <label htmlFor="problem-responsibleUnit">责任单位（可不填）</label>
        <input id="problem-responsibleUnit" value={responsibleUnit} maxLength={200} onChange={(e) => setResponsibleUnit(e.target.value)} placeholder="如：区发改局" {...invalid('responsibleUnit')} />
        {fieldError('responsibleUnit')}
      </div>
      <div className="field">
        <label htmlFor="problem-dueDate">限期解决日期（可不填）</label>
        <input id="problem-dueDate" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} {...invalid('dueDate')} />
        {fieldError('dueDate')}
      </div>
      <button type="submit" disabled={busy}>
        {busy ? '正在登记…' : '登记问题'}
      </button>
      {problem && !problem.problem?.errors?.length && (
        <p className="error wide" role="alert" data-testid="add-problem-error">
          登记失败：{problem.message}
        </p>
      )}
      {done && (
        <p role="status" className="wide" data-testid="problem-added">
          {done}
        </p>
      )}
    </form>
  );
}
