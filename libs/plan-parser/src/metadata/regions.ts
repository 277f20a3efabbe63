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

/**
 * The provincial-level divisions (GB/T 2260), by the first two digits of every code under them. A plan names its
 * region and that region's parent; the province above a city comes from here, so that a province's figures
 * include all of its plans.
 */
const PROVINCES: Readonly<Record<string, string>> = {
  '11': '北京市', '12': '天津市', '13': '河北省', '14': '山西省', '15': '内蒙古自治区',
  '21': '辽宁省', '22': '吉林省', '23': '黑龙江省',
  '31': '上海市', '32': '江苏省', '33': '浙江省', '34': '安徽省', '35': '福建省', '36': '江西省', '37': '山东省',
  '41': '河南省', '42': '湖北省', '43': '湖南省', '44': '广东省', '45': '广西壮族自治区', '46': '海南省',
  '50': '重庆市', '51': '四川省', '52': '贵州省', '53': '云南省', '54': '西藏自治区',
  '61': '陕西省', '62': '甘肃省', '63': '青海省', '64': '宁夏回族自治区', '65': '新疆维吾尔自治区',
  '71': '台湾省', '81': '香港特别行政区', '82': '澳门特别行政区',
};

/** The province a division code lies in; null for a province itself, or a code outside GB/T 2260's provinces. */
export function provinceOf(code: string): { code: string; name: string } | null {
  if (!/^\d{6}$/.test(code) || code.endsWith('0000')) return null;
  const name = PROVINCES[code.slice(0, 2)];
  return name ? { code: `${code.slice(0, 2)}0000`, name } : null;
}

