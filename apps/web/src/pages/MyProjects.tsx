import { api, unwrap } from '../api/client';
import { formatDate, formatWan, label, STATUS_LABELS } from '../format';
import { useLoad } from '../useLoad';
import { Loading } from '../ui';

/** What needs a manager's attention, as the API orders it: overdue, unreported, due, then the rest. */
const ATTENTION_LABELS: Record<string, string> = { overdue: '已逾期', unreported: '未填报', due: '即将到期', none: '正常' };
const ATTENTION_CLASS: Record<string, string> = { overdue: 'overdue', unreported: 'report-draft', due: 'report-submitted', none: 'done' };

/** YYYY-MM as 2026年10月. */
const formatPeriod = (period: string | null) => (period ? `${Number(period.slice(0, 4))}年${Number(period.slice(5, 7))}月` : '暂无');

/** A manager's home: the projects of their institutions (GET /me/projects), what needs doing first. */
export function MyProjects() {
  const list = useLoad(async () => {
    const items = [];
    let cursor: string | undefined;
    // Every page: a manager's institutions hold tens of projects, not thousands.
    do {
      const page = unwrap(await api.GET('/api/v1/me/projects', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }));
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return items;
  }, []);
  return (
    <section aria-labelledby="my-projects-title">
      <div className="page-head">
        <h2 id="my-projects-title">我的项目</h2>
      </div>
      <Loading state={list} isEmpty={(items) => items.length === 0} empty="您的机构还没有项目。">
        {(items) => (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="我的项目列表">
            <table data-testid="my-projects" className="cards-on-phone">
              <caption className="muted">
                共 {items.length} 个项目，
                {items.filter((p) => p.attention !== 'none').length} 个需要处理
              </caption>
              <thead>
                <tr>
                  <th scope="col">项目名称</th>
                  <th scope="col">机构</th>
                  <th scope="col">提醒</th>
                  <th scope="col">下一个里程碑</th>
                  <th scope="col">最近填报月份</th>
                  <th scope="col">状态</th>
                  <th scope="col" className="num">投资（万元）</th>
                </tr>
              </thead>
              <tbody>
                {items.map((p) => (
                  <tr key={p.id} data-testid="my-project" data-id={p.id} data-attention={p.attention}>
                    <th scope="row">
                      <a href={`#/projects/${p.id}`}>{p.name}</a>
                    </th>
                    <td className="wide" data-label="机构">
                      {p.institutionName}
                    </td>
                    <td data-label="提醒">
                      <span className={`badge ${ATTENTION_CLASS[p.attention]}`} data-testid="attention">
                        {ATTENTION_LABELS[p.attention]}
                      </span>
                      {p.overdueMilestones > 0 && <span className="muted"> {p.overdueMilestones} 个里程碑逾期</span>}
                      {p.unreportedReports > 0 && (
                        <span className="muted">
                          {' '}
                          {p.unreportedReports} 份报表未提交{p.reportDueDate ? `（${formatDate(p.reportDueDate)}截止）` : ''}
                        </span>
                      )}
                      {p.dueMilestones > 0 && <span className="muted"> {p.dueMilestones} 个里程碑 30 天内到期</span>}
                    </td>
                    <td data-label="下一个里程碑" data-testid="next-milestone">
                      {p.nextMilestone ? (
                        <span className={p.nextMilestone.overdue ? 'overdue' : undefined}>
                          {p.nextMilestone.name} {formatDate(p.nextMilestone.plannedDate)}
                        </span>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td data-label="最近填报月份" data-testid="last-reported">
                      {formatPeriod(p.lastReportedPeriod)}
                    </td>
                    <td data-label="状态">{label(STATUS_LABELS, p.status)}</td>
                    <td className="num" data-label="投资（万元）">
                      {formatWan(p.investmentWan)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loading>
    </section>
  );
}
