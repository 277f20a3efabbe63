import { PlanParseError } from '../errors';
import { isBlank, stripBookmarks } from '../text';
import type { ParsedPlan } from '../types';
import type { RegionIndex } from '../regions/catalogue';
import { recogniseRegion } from '../regions/recognise';

// The notice that issues a plan comes first; its number, date and title sit in the first lines.
const HEAD_LINES = 40;
const DOCUMENT_NUMBER = /[\u4e00-\u9fff]{1,12}[〔［[(（]\s*(\d{4})\s*[〕］\])）]\s*\d+\s*号/;
const DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const PERIOD = /(20\d{2})\s*[-—–~～至]\s*(20\d{2})\s*年/;
const FIVE_YEAR_PLAN = /“?十四五”?/;

/**
 * The plan's identity from its own text. The title is, in order of preference: a line that is the plan's
 * title by itself; the title inside the issuing notice ('关于印发《…规划》的通知', broken over lines); the plan
 * the text says it draws up ('制定《…规划》'). The region comes from the title.
 */
export function readPlanMetadata(
  lines: readonly string[],
  file: string,
  regions: RegionIndex,
  regionCode?: string,
): ParsedPlan {
  const found = standaloneTitle(lines) ?? quotedTitle(lines, /印发\s*《([^》]+)》/) ?? quotedTitle(lines, /制定\s*《([^》]+规划)》/);
  if (!found) throw new PlanParseError(`${file}：前 120 行中没有找到规划标题（如“XX县“十四五”卫生健康发展规划”）`, null);
  const region = regionCode ? regions.get(regionCode) : recogniseRegion(found.title, regions, found.line);
  if (!region) throw new PlanParseError(`行政区划代码 ${regionCode} 不在行政区划目录中`, null);
  const parent = region.parentCode ? regions.get(region.parentCode) : undefined;
  const head = lines.slice(0, HEAD_LINES).map(stripBookmarks);
  const documentNumber = firstMatch(head, DOCUMENT_NUMBER)?.[0].replace(/\s+/g, '') ?? null;
  const date = firstMatch(head, DATE);
  const period = firstMatch(head, PERIOD);
  const periodStart = period ? Number(period[1]) : 2021;
  const periodEnd = period ? Number(period[2]) : 2025;
  return {
    code: `${region.code}-${periodStart}-${periodEnd}`,
    title: found.title,
    regionCode: region.code,
    regionName: region.fullName,
    regionLevel: region.level,
    parentRegion: parent ? { code: parent.code, name: parent.name } : null,
    periodStart,
    periodEnd,
    documentNumber,
    issuedOn: date ? `${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}` : null,
    source: { file, line: found.line },
  };
}

function cleanTitle(text: string): string {
  return stripBookmarks(text).replace(/\*+/g, '').replace(/[《》]/g, '').replace(/\s+/g, '').trim();
}

function standaloneTitle(lines: readonly string[]): { title: string; line: number } | null {
  for (let i = 0; i < Math.min(lines.length, 120); i++) {
    if (lines[i].includes('\t')) continue;
    const text = cleanTitle(lines[i]);
    if (text.length > 40 || !FIVE_YEAR_PLAN.test(text) || !/规划$/.test(text)) continue;
    if (/关于|印发|通知|根据|制定|[，。；、]/.test(text)) continue;
    return { title: text, line: i + 1 };
  }
  return null;
}

/** A title quoted in the head of the text, allowing for the quote to be broken over lines. */
function quotedTitle(lines: readonly string[], pattern: RegExp): { title: string; line: number } | null {
  const limit = Math.min(lines.length, HEAD_LINES);
  for (let i = 0; i < limit; i++) {
    if (isBlank(lines[i])) continue;
    let joined = '';
    for (let j = i, taken = 0; j < limit && taken < 4; j++) {
      if (isBlank(lines[j])) continue;
      joined += stripBookmarks(lines[j]).trim();
      taken++;
      const match = pattern.exec(joined);
      if (match && joined.indexOf(match[0]) < stripBookmarks(lines[i]).trim().length) {
        return { title: cleanTitle(match[1]), line: i + 1 };
      }
    }
  }
  return null;
}

function firstMatch(lines: readonly string[], pattern: RegExp): RegExpExecArray | null {
  for (const line of lines) {
    const match = pattern.exec(line);
    if (match) return match;
  }
  return null;
}
