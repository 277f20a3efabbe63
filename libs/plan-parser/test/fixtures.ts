import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RegionIndex, type RegionCatalogueFile } from '../src/regions/catalogue';

/** The committed division catalogue, as the importer hands it to the parser. */
export const regions = RegionIndex.fromCatalogue(
  JSON.parse(readFileSync(resolve(process.cwd(), 'seeds/regions/gb2260.json'), 'utf8')) as RegionCatalogueFile,
);

/** A plan document around the given lines: a title line naming a known region, then the lines. */
export function planText(...lines: string[]): string {
  return ['德阳市罗江区“十四五”卫生健康事业发展规划', '', ...lines].join('\n');
}

/** 1-based line of the first line of `planText(...lines)` that equals `line`. */
export function lineOf(text: string, line: string): number {
  const index = text.split('\n').indexOf(line);
  if (index < 0) throw new Error(`fixture has no line "${line}"`);
  return index + 1;
}
