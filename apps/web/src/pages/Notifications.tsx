import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { formatDate, label, NOTIFICATION_KIND_LABELS } from '../format';
import { useLoad } from '../useLoad';
import { Loading } from '../ui';

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
  const ack = async (id: string) => {
    setError(null);
    const result = await api.POST('/api/v1/notifications/{id}/ack', { params: { path: { id } } });
    if (!result.response.ok) setError(`确认失败（HTTP ${result.response.status}）`);
    list.reload();
  };
  return (
    <section aria-labelledby="notifications-title">
      <div className="page-head">
        <h2 id="notifications-title">我的提醒</h2>
        <label className="check">
          <input type="checkbox" checked={showAcked} onChange={(e) => setShowAcked(e.target.checked)} />
          显示已确认
        </label>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <Loading state={list} isEmpty={(items) => items.length === 0} empty="没有待处理的提醒。">
        {(items) => (
          <ul className="notifications" data-testid="notifications">
            {items.map((n) => (
              <li key={n.id} className={n.kind}>
                <span className={`badge ${n.kind === 'due_soon' ? 'pending' : 'overdue'}`}>
                  {label(NOTIFICATION_KIND_LABELS, n.kind)}
                </span>
                <a href={`#/projects/${n.projectId}`}>{n.title}</a>
                <span className="muted">到期 {formatDate(n.dueDate)}</span>
                {n.acked ? (
                  <span className="muted">已确认</span>
                ) : (
                  <button type="button" onClick={() => ack(n.id)}>
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
