import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { formatDate, label, NOTIFICATION_KIND_LABELS } from '../format';
import { useLoad } from '../useLoad';
import { Loading } from '../ui';

const SUBJECT_LABELS: Record<string, string> = { milestone: '里程碑', round: '填报', problem: '问题' };

/**
 * The key's current reminders, one per milestone, problem or round (the API's default list): each names its
 * project (a link), its institution and, for a milestone, the milestone. A reminder whose cause went (the
 * milestone done, the problem resolved …) is not listed. 确认 acknowledges one, 全部确认 all of them.
 */
export function Notifications() {
  const [showAcked, setShowAcked] = useState(false);
  const list = useLoad(
    async () =>
      unwrap(
        await api.GET('/api/v1/notifications', {
          params: { query: { limit: 200, ...(showAcked ? {} : { acked: false }) } },
        }),
      ).items,
    [showAcked],
  );
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ack = async (id: string) => {
    setError(null);
    setDone(null);
    setBusy(true);
    const result = await api.POST('/api/v1/notifications/{id}/ack', { params: { path: { id } } });
    setBusy(false);
    if (!result.response.ok) setError(`确认失败（HTTP ${result.response.status}）`);
    else setDone('已确认 1 条提醒。');
    list.reload();
  };
  const ackAll = async () => {
    setError(null);
    setDone(null);
    setBusy(true);
    const result = await api.POST('/api/v1/notifications/ack', { body: {} });
    setBusy(false);
    if (!result.response.ok || !result.data) setError(`确认失败（HTTP ${result.response.status}）`);
    else setDone(`已确认 ${result.data.acknowledged} 条提醒。`);
    list.reload();
  };
  const unacked = (list.data ?? []).filter((n) => !n.acked).length;
  return (
    <section aria-labelledby="notifications-title">
      <div className="page-head">
        <h2 id="notifications-title">我的提醒</h2>
        <label className="check">
          <input type="checkbox" checked={showAcked} onChange={(e) => setShowAcked(e.target.checked)} />
          显示已确认
        </label>
        <button type="button" onClick={ackAll} disabled={busy || unacked === 0}>
          全部确认
        </button>
      </div>
      <p role="status" data-testid="ack-result" className={done ? 'saved' : 'sr-only'}>
        {done ?? ''}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <Loading state={list} isEmpty={(items) => items.length === 0} empty="没有待处理的提醒。">
        {(items) => (
          <ul className="notifications" data-testid="notifications">
            {items.map((n) => (
              <li key={n.id} className={n.kind} data-testid="notification" data-id={n.id} data-milestone={n.milestoneId ?? undefined}>
                <span className={`badge ${n.kind === 'due_soon' ? 'pending' : 'overdue'}`}>
                  {label(NOTIFICATION_KIND_LABELS, n.kind)}
                </span>
                {n.projectId ? (
                  <a href={`#/projects/${n.projectId}`} data-testid="notification-project">
                    {n.projectName ?? n.projectCode ?? '项目'}
                  </a>
                ) : (
                  <span>{SUBJECT_LABELS[n.subject] ?? n.subject}</span>
                )}
                {n.institutionName && (
                  <span className="muted" data-testid="notification-institution">
                    {n.institutionName}
                  </span>
                )}
                {n.milestoneName && <span data-testid="notification-milestone">里程碑：{n.milestoneName}</span>}
                <span>{n.title}</span>
                <span className="muted">到期 {formatDate(n.dueDate)}</span>
                {n.acked ? (
                  <span className="muted">已确认</span>
                ) : (
                  <button
                    type="button"
                    onClick={() => ack(n.id)}
                    disabled={busy}
                    aria-label={`确认 ${n.projectName ?? SUBJECT_LABELS[n.subject] ?? ''}${n.milestoneName ? ` ${n.milestoneName}` : ''} ${label(NOTIFICATION_KIND_LABELS, n.kind)}`}
                  >
                    确认
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </Loading>
    </section>
  );
}
