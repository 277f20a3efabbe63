import type { RegionLevel } from '../types';

export interface KnownRegion {
  name: string;
  code: string;
  level: RegionLevel;
  parent: { code: string; name: string } | null;
}

/**
 * The regions whose plans the tracker holds, with their administrative division codes (GB/T 2260). A plan
 * names its region in its title; a region missing here is an error to fix here, not a guess.
 */
export const KNOWN_REGIONS: readonly KnownRegion[] = [
  { name: '泸县', code: '510521', level: 'county', parent: { code: '510500', name: '泸州市' } },
  { name: '攀枝花市', code: '510400', level: 'city', parent: { code: '510000', name: '四川省' } },
  { name: '乐山市市中区', code: '511102', level: 'district', parent: { code: '511100', name: '乐山市' } },
  { name: '德阳市罗江区', code: '510604', level: 'district', parent: { code: '510600', name: '德阳市' } },
  { name: '平罗县', code: '640221', level: 'county', parent: { code: '640200', name: '石嘴山市' } },
];

/** The region a title names; the longest name wins, so '德阳市罗江区' beats a bare '德阳市'. */
export function regionInTitle(title: string, regions: readonly KnownRegion[] = KNOWN_REGIONS): KnownRegion | null {
  const matches = regions.filter((region) => title.includes(region.name));
  return matches.sort((a, b) => b.name.length - a.name.length)[0] ?? null;
}
