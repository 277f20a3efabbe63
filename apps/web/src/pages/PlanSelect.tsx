import { api, unwrap, type Schemas } from '../api/client';
import { useLoad, type Loaded } from '../useLoad';

export function usePlans(): Loaded<Schemas['PlanView'][]> {
  return useLoad(async () => unwrap(await api.GET('/api/v1/plans', { params: { query: { limit: 500 } } })).items, []);
}

export function PlanSelect({
  plans,
  value,
  onChange,
}: {
  plans: Loaded<Schemas['PlanView'][]>;
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <label>
      规划
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="plan-select">
        <option value="">全部规划</option>
        {plans.data?.map((p) => (
          <option key={p.id} value={p.id}>
            {p.regionName}
          </option>
        ))}
      </select>
    </label>
  );
}
