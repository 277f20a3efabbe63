import { api, unwrap } from '../api/client';
import { CATEGORY_LABELS, formatNumber, label } from '../format';
import { useLoad } from '../useLoad';
import { Loading } from '../ui';
import { PlaceSelects, usePlace } from './PlaceFilter';

const reaches = (value: boolean | null) => (value == null ? '—' : value ? '可达到' : '未达到');

export function Capacity() {
  const place = usePlace();
  const capacity = useLoad(
    async () => unwrap(await api.GET('/api/v1/beds/capacity', { params: { query: place.filter } })).items,
    [place.regionCode, place.planId],
  );
  return (
    <section aria-labelledby="capacity-title">
      <div className="page-head">
        <h2 id="capacity-title">床位：基数 → 目标，及项目新增</h2>
        <div className="filters">
          <PlaceSelects place={place} />
        </div>
      </div>
      <Loading state={capacity} isEmpty={(items) => items.length === 0} empty="没有床位目标。">
        {(items) =>
          items.map((plan) => (
            <section key={plan.planId} className="card" aria-label={plan.regionName}>
              <h3>{plan.regionName}</h3>
              <p>
                床位 {formatNumber(plan.totals.baselineBeds)} → 目标 {formatNumber(plan.totals.targetBeds)} 张；项目新增{' '}
                {formatNumber(plan.totals.addedBeds.total)} 张，预计达到 {formatNumber(plan.totals.projectedBeds)} 张（
                <span className={plan.totals.reachesTarget === false ? 'overdue' : undefined}>
                  {reaches(plan.totals.reachesTarget)}
                </span>
                ）
              </p>
              {plan.bedsPerThousand && (
                <p className="muted">
                  {plan.bedsPerThousand.indicator}：{plan.bedsPerThousand.baselineText ?? formatNumber(plan.bedsPerThousand.baseline)} →{' '}
                  {plan.bedsPerThousand.targetText ?? formatNumber(plan.bedsPerThousand.target)}
                  {plan.bedsPerThousand.unit ?? ''}
                </p>
              )}
              {plan.categories.length > 0 && (
                <div className="table-wrap" tabIndex={0} role="region" aria-label={`${plan.regionName}床位分类`}>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">类别</th>
                        <th scope="col" className="num">基数（张）</th>
                        <th scope="col" className="num">目标（张）</th>
                        <th scope="col" className="num">规划中</th>
                        <th scope="col" className="num">在建</th>
                        <th scope="col" className="num">已投用</th>
                        <th scope="col" className="num">预计（张）</th>
                        <th scope="col">目标</th>
                      </tr>
                    </thead>
                    <tbody>
                      {plan.categories.map((c) => (
                        <tr key={c.category}>
                          <th scope="row">{label(CATEGORY_LABELS, c.category)}</th>
                          <td className="num">{formatNumber(c.baselineBeds)}</td>
                          <td className="num">{formatNumber(c.targetBeds)}</td>
                          <td className="num">{formatNumber(c.addedBeds.planned)}</td>
                          <td className="num">{formatNumber(c.addedBeds.underConstruction)}</td>
                          <td className="num">{formatNumber(c.addedBeds.inService)}</td>
                          <td className="num">{formatNumber(c.projectedBeds)}</td>
                          <td className={c.reachesTarget === false ? 'overdue' : undefined}>{reaches(c.reachesTarget)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          ))
        }
      </Loading>
    </section>
  );
}
