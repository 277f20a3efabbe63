import { useEffect, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { BUILD_TYPE_LABELS, formatNumber, formatWan, label, STATUS_LABELS } from '../format';
import { rememberProjectsQuery } from '../router';
import { useLoad } from '../useLoad';
import { institutionOptions } from './institutions';
import { Loading, Select } from '../ui';
import { PlaceSelects, usePlace } from './PlaceFilter';

type Project = Schemas['ProjectView'];
type Status = Project['status'];
type BuildType = Project['buildType'];

const SORTS: [string, string][] = [
  ['-investmentWan', '投资从高到低'],
  ['investmentWan', '投资从低到高'],
  ['name', '名称'],
  ['code', '编号'],
  ['-landMu', '用地从大到小'],
  ['-floorAreaM2', '面积从大到小'],
  ['-beds', '床位从多到少'],
  ['startYear', '开工年份'],
  ['status', '状态'],
];

/** Column headers that sort: clicking one sorts by it, clicking again reverses. */
const COLUMN_SORT: Record<string, string> = {
  code: 'code',
  name: 'name',
  landMu: 'landMu',
  investmentWan: 'investmentWan',
  floorAreaM2: 'floorAreaM2',
  beds: 'beds',
  status: 'status',
};

export function Projects() {
  // Every filter lives in the URL: a reload, the back button and a project's 返回项目列表 bring them back.
  const place = usePlace(['program', 'institution']);
  const { plans, planId, regionCode, query, setQuery } = place;
  const programId = query.get('program') ?? '';
  const institutionId = query.get('institution') ?? '';
  const status = (query.get('status') ?? '') as Status | '';
  const buildType = (query.get('buildType') ?? '') as BuildType | '';
  const search = query.get('q') ?? '';
  const sort = query.get('sort') ?? '-investmentWan';
  const [q, setQ] = useState(search);
  const setSort = (value: string) => setQuery({ sort: value === '-investmentWan' ? '' : value });
  useEffect(() => rememberProjectsQuery(query), [query]);

  // Only the 专栏 that hold projects: a 专栏 of beds or indicators has none to list.
  const programs = useLoad(
    async () =>
      planId
        ? unwrap(await api.GET('/api/v1/plans/{id}/programs', { params: { path: { id: planId } } })).items.filter(
            (p) => p.projectCount > 0,
          )
        : [],
    [planId],
  );
  const institutions = useLoad(async () => {
    const plan = plans.data?.find((p) => p.id === planId);
    const within = plan?.regionCode ?? regionCode;
    return unwrap(
      await api.GET('/api/v1/institutions', {
        params: { query: { limit: 500, sort: 'name', ...(within ? { regionCode: within } : {}) } },
      }),
    ).items;
  }, [regionCode, planId, plans.data]);

  const filter = {
    ...place.filter,
    ...(programId ? { programId } : {}),
    ...(institutionId ? { institutionId } : {}),
    ...(status ? { status } : {}),
    ...(buildType ? { buildType } : {}),
    ...(search ? { q: search } : {}),
  };
  const list = useLoad(async () => {
    const [page, totals] = await Promise.all([
      api.GET('/api/v1/projects', { params: { query: { ...filter, sort, limit: 500 } } }).then(unwrap),
      api.GET('/api/v1/finance/totals', { params: { query: { ...filter, groupBy: 'plan' } } }).then(unwrap),
    ]);
    return { page, totals: totals.total };
  }, [regionCode, planId, programId, institutionId, status, buildType, search, sort]);

  const institutionName = new Map(institutions.data?.map((i) => [i.id, i.name]));
  const sortBy = (field: string) => setSort(sort === field ? `-${field}` : field);
  const ariaSort = (field: string) =>
    sort === field ? 'ascending' : sort === `-${field}` ? 'descending' : undefined;
  const header = (field: string, text: string, numeric = false) => (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={ariaSort(COLUMN_SORT[field])}>
      <button type="button" className="sort" onClick={() => sortBy(COLUMN_SORT[field])}>
        {text}
        {sort === field ? ' ▲' : sort === `-${field}` ? ' ▼' : ''}
      </button>
    </th>
  );

  return (
    <section aria-labelledby="projects-title">
      <div className="page-head">
        <h2 id="projects-title">项目</h2>
      </div>
      <form
        className="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ q: q.trim() });
        }}
      >
        <PlaceSelects place={place} />
        <Select
          label="专栏"
          all={planId ? '全部专栏' : '请先选择规划'}
          value={programId}
          disabled={!planId}
          hint={planId ? undefined : '专栏属于某个规划：先选择规划，再按专栏筛选。'}
          testId="program-select"
          options={(programs.data ?? []).map((p) => [p.id, `专栏${p.number} ${p.title}`])}
          onChange={(value) => setQuery({ program: value })}
        />
        <Select
          label="机构"
          all="全部机构"
          value={institutionId}
          testId="institution-select"
          options={institutionOptions(institutions.data ?? [])}
          onChange={(value) => setQuery({ institution: value })}
        />
        <Select
          label="状态"
          all="全部状态"
          value={status}
          testId="status-select"
          options={Object.entries(STATUS_LABELS)}
          onChange={(value) => setQuery({ status: value })}
        />
        <Select
          label="建设性质"
          all="全部"
          value={buildType}
          options={Object.entries(BUILD_TYPE_LABELS)}
          onChange={(value) => setQuery({ buildType: value })}
        />
        <Select label="排序" value={sort} options={SORTS} onChange={setSort} />
        <label>
          搜索
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="项目名称或建设内容" />
        </label>
        <button type="submit">查询</button>
      </form>
      <Loading state={list} isEmpty={(d) => d.page.items.length === 0} empty="没有符合条件的项目。">
        {({ page, totals }) => (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="项目列表">
            <table data-testid="projects" className="cards-on-phone">
              <caption className="muted">
                共 {totals.projectCount} 个项目{page.nextCursor ? `（显示前 ${page.items.length} 个）` : ''}
              </caption>
              <thead>
                <tr>
                  {header('code', '编号')}
                  {header('name', '项目名称')}
                  <th scope="col">机构</th>
                  {header('status', '状态')}
                  {header('landMu', '用地（亩）', true)}
                  {header('investmentWan', '投资（万元）', true)}
                  {header('floorAreaM2', '面积（㎡）', true)}
                  {header('beds', '床位（张）', true)}
                </tr>
              </thead>
              <tbody>
                {page.items.map((p) => (
                  <tr key={p.id}>
                    <td className="code" data-label="编号">{p.code}</td>
                    <th scope="row">
                      <a href={`#/projects/${p.id}`}>{p.name}</a>
                    </th>
                    <td className="wide" data-label="机构">{p.institutionId ? (institutionName.get(p.institutionId) ?? '—') : '—'}</td>
                    <td data-label="状态">{label(STATUS_LABELS, p.status)}</td>
                    <td className="num" data-label="用地（亩）">{formatNumber(p.landMu)}</td>
                    <td className="num" data-label="投资（万元）" data-testid="project-row-investment">{formatWan(p.investmentWan)}</td>
                    <td className="num" data-label="面积（㎡）">{formatNumber(p.floorAreaM2)}</td>
                    <td className="num" data-label="床位（张）">{formatNumber(p.beds)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr data-testid="projects-total">
                  <th scope="row" colSpan={4}>
                    合计（{totals.projectCount} 个项目）
                  </th>
                  <td className="num" data-label="用地（亩）">{formatNumber(totals.landMu)}</td>
                  <td className="num" data-label="投资（万元）">{formatWan(totals.investmentWan)}</td>
                  <td className="num" data-label="面积（㎡）">{formatNumber(totals.floorAreaM2)}</td>
                  <td className="num" data-label="床位（张）">{formatNumber(totals.beds)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </Loading>
    </section>
  );
}
