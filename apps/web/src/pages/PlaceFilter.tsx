import { api, unwrap, type Schemas } from '../api/client';
import { Select } from '../ui';
import { useQuery } from '../router';
import { useLoad, type Loaded } from '../useLoad';

type Region = Schemas['RegionView'];

/** The plans, narrowed to a region (and the regions under it) when one is chosen. */
export function usePlans(regionCode: string): Loaded<Schemas['PlanView'][]> {
  return useLoad(
    async () =>
      unwrap(await api.GET('/api/v1/plans', { params: { query: { limit: 500, ...(regionCode ? { regionCode } : {}) } } })).items,
    [regionCode],
  );
}

/**
 * The provinces and cities that have plans: the levels above a single plan, where a region filter adds something
 * the plan filter does not. Sorted by division code, so each city follows its province.
 */
export function useRegions(): Loaded<Region[]> {
  return useLoad(async () => {
    const level = (level: 'province' | 'city') =>
      api.GET('/api/v1/regions', { params: { query: { level, withPlans: true, limit: 500 } } }).then(unwrap);
    const pages = await Promise.all([level('province'), level('city')]);
    return pages.flatMap((page) => page.items).sort((a, b) => a.code.localeCompare(b.code));
  }, []);
}

export type Place = ReturnType<typeof usePlace>;

/**
 * Where the figures are for: a region (province or city, with everything under it) and a plan in it, kept in the
 * URL (`?region=…&plan=…`) so a reload, the back button and a link keep them. Choosing a region narrows the plans to
 * it and clears the plan, and the page's `dependents` (filters that only mean something within a plan). `filter` is
 * the API's query: a plan narrows further than its region.
 */
export function usePlace(dependents: readonly string[] = []) {
  const regions = useRegions();
  const [query, setQuery] = useQuery();
  const regionCode = query.get('region') ?? '';
  const planId = query.get('plan') ?? '';
  const plans = usePlans(regionCode);
  const clear = Object.fromEntries(dependents.map((key) => [key, '']));
  return {
    regions,
    regionCode,
    plans,
    planId,
    query,
    setQuery,
    setRegionCode: (code: string) => setQuery({ ...clear, region: code, plan: '' }),
    setPlanId: (id: string) => setQuery({ ...clear, plan: id }),
    filter: { ...(regionCode ? { regionCode } : {}), ...(planId ? { planId } : {}) },
    /** The chosen plan's or region's name, for a file name or a heading. */
    name: (): string | undefined =>
      plans.data?.find((p) => p.id === planId)?.regionName ?? regions.data?.find((r) => r.code === regionCode)?.name,
  };
}

/** The region and plan selects of a page; `onChange` lets the page clear the filters that depend on them. */
export function PlaceSelects({ place, onChange }: { place: Place; onChange?: () => void }) {
  return (
    <>
      <Select
        label="地区"
        all="全部地区"
        testId="region-select"
        value={place.regionCode}
        // Cities indented under their province, each with how many plans it holds.
        options={(place.regions.data ?? []).map((r) => [
          r.code,
          `${r.level === 'province' ? r.name : `\u3000${r.name}`}（${r.planCount} 个规划）`,
        ])}
        onChange={(code) => {
          place.setRegionCode(code);
          onChange?.();
        }}
      />
      <Select
        label="规划"
        all="全部规划"
        testId="plan-select"
        value={place.planId}
        // A region may have a five-year plan and annual lists: the years tell them apart.
        options={(place.plans.data ?? []).map((p) => [p.id, p.periodStart === p.periodEnd ? `${p.regionName}（${p.periodStart}年度）` : p.regionName])}
        onChange={(id) => {
          place.setPlanId(id);
          onChange?.();
        }}
      />
    </>
  );
}
