import type { BuildType, Decimal, ParsedProject, SourceRef } from '../types';
import { buildTypeFrom } from './build-type';
import { projectCode } from './project-code';
import { countIn, extractQuantities } from './quantities';

/**
 * What a table row, a sheet row or a curated entry says about a project. A field left undefined was not given
 * (no such column); it is then read from the content text. A field given as null stays null.
 */
export interface ProjectDraft {
  programNumber: number | null;
  institutionName: string | null;
  name: string;
  content: string | null;
  remark: string | null;
  source: SourceRef;
  buildType?: BuildType;
  landMu?: Decimal | null;
  investmentWan?: Decimal | null;
  floorAreaM2?: Decimal | null;
  newBuildAreaM2?: Decimal | null;
  renovationAreaM2?: Decimal | null;
  beds?: number | null;
  count?: { min: number; max: number } | null;
  startYear?: number | null;
  endYear?: number | null;
}

export function completeProject(draft: ProjectDraft, planCode: string): ParsedProject {
  const fromContent = extractQuantities(draft.content ?? '');
  const pick = <T>(given: T | null | undefined, read: T | null): T | null => (given === undefined ? read : given);
  return {
    code: projectCode(planCode, draft.programNumber, draft.institutionName, draft.name),
    programNumber: draft.programNumber,
    institutionName: draft.institutionName,
    name: draft.name,
    content: draft.content,
    buildType: draft.buildType ?? buildTypeFrom(draft.name, draft.content),
    landMu: pick(draft.landMu, fromContent.landMu),
    investmentWan: pick(draft.investmentWan, fromContent.investmentWan),
    floorAreaM2: pick(draft.floorAreaM2, fromContent.floorAreaM2),
    newBuildAreaM2: pick(draft.newBuildAreaM2, fromContent.newBuildAreaM2),
    renovationAreaM2: pick(draft.renovationAreaM2, fromContent.renovationAreaM2),
    beds: pick(draft.beds, fromContent.beds),
    count: pick(draft.count, fromContent.count ?? countIn(draft.name)),
    startYear: draft.startYear ?? null,
    endYear: draft.endYear ?? null,
    remark: draft.remark,
    source: draft.source,
  };
}

/**
 * Two rows naming the same project at the same institution would share a code; the later one gets a suffix
 * and a warning rather than silently replacing the first on import.
 */
export function disambiguateCodes(projects: ParsedProject[], warn: (line: number, message: string) => void): void {
  const seen = new Map<string, number>();
  for (const project of projects) {
    const times = seen.get(project.code) ?? 0;
    seen.set(project.code, times + 1);
    if (times > 0) {
      const code = `${project.code}-${times + 1}`;
      warn(project.source.line, `项目“${project.name}”与同一专栏、同一机构的前一行重名，编码为 ${code}`);
      project.code = code;
    }
  }
}
