import { isDecimal, normalizeDecimal } from './decimal';
import { PlanParseError } from './errors';
import { institutionCategoryOf } from './projects/institution-category';
import { completeProject, type ProjectDraft } from './projects/complete-project';
import { reconcilePrograms } from './reconcile';
import { splitLines, stripBookmarks } from './text';
import type { BuildType, ParsedPlanDocument, ParsedProject } from './types';

/**
 * A project the plan names in prose or in a box without figures, written down by hand. Fields left out are read
 * from `content` (or the name) as for a table row; `anchor` is a few characters that must appear on the cited
 * line, so a wrong line number fails loudly.
 */
export interface CuratedProject extends Partial<Omit<ParsedProject, 'code' | 'source' | 'name'>> {
  name: string;
  source: { file: string; line: number };
  anchor?: string;
}

const BUILD_TYPES: readonly BuildType[] = ['new', 'expansion', 'renovation', 'relocation', 'other'];
const DECIMAL_FIELDS = ['landMu', 'investmentWan', 'floorAreaM2', 'newBuildAreaM2', 'renovationAreaM2'] as const;
const INTEGER_FIELDS = ['programNumber', 'beds', 'startYear', 'endYear'] as const;
const TEXT_FIELDS = ['institutionName', 'content', 'remark'] as const;
const KNOWN_FIELDS = new Set<string>([
  'name', 'source', 'anchor', 'buildType', 'count', ...DECIMAL_FIELDS, ...INTEGER_FIELDS, ...TEXT_FIELDS,
]);

/**
 * Adds curated projects to a parsed document (the importer reads the curated file; the parser reads no files).
 * Each entry is checked: its fields, that it cites this document, that its program exists, and — when the
 * document's text is passed — that its anchor is on the line it cites.
 */
export function mergeCuratedProjects(doc: ParsedPlanDocument, curated: unknown, text?: string): ParsedPlanDocument {
  if (!Array.isArray(curated)) throw new PlanParseError('curated projects must be a JSON array', null);
  const lines = text === undefined ? null : splitLines(text);
  const projects = [...doc.projects];
  const institutions = [...doc.institutions];
  const warnings = [...doc.warnings];
  const codes = new Set(projects.map((project) => project.code));

  curated.forEach((raw: unknown, index) => {
    const entry = validate(raw, index, doc);
    const where = `curated entry ${index + 1} ("${entry.name}")`;
    if (lines) checkAnchor(entry, lines, where);
    const draft: ProjectDraft = {
      programNumber: entry.programNumber ?? null,
      institutionName: entry.institutionName ?? null,
      name: entry.name,
      content: entry.content ?? null,
      remark: entry.remark ?? null,
      source: { file: entry.source.file, line: entry.source.line },
    };
    for (const field of [...DECIMAL_FIELDS, 'beds', 'count', 'startYear', 'endYear', 'buildType'] as const) {
      if (entry[field] !== undefined) Object.assign(draft, { [field]: entry[field] });
    }
    const project = completeProject(draft, doc.plan.code);
    if (codes.has(project.code)) {
      warnings.push({ line: entry.source.line, message: `${where} is already in the document's tables; not added twice` });
      return;
    }
    codes.add(project.code);
    projects.push(project);
    const institution = project.institutionName;
    if (institution && !institutions.some((known) => known.name === institution)) {
      institutions.push({ name: institution, category: institutionCategoryOf(institution), source: project.source });
    }
  });
  return { ...doc, projects, institutions, warnings, reconciliation: reconcilePrograms(doc.programs, projects) };
}

function validate(raw: unknown, index: number, doc: ParsedPlanDocument): CuratedProject {
  const fail = (message: string, line: number | null = null): never => {
    throw new PlanParseError(`curated entry ${index + 1}: ${message}`, line);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('is not an object');
  const entry = raw as Record<string, unknown>;
  for (const key of Object.keys(entry)) if (!KNOWN_FIELDS.has(key)) fail(`unknown field "${key}"`);
  if (typeof entry.name !== 'string' || entry.name.trim() === '') fail('needs a name');
  const source = entry.source as Record<string, unknown> | undefined;
  if (typeof source !== 'object' || source === null || typeof source.file !== 'string' || !Number.isInteger(source.line) || (source.line as number) < 1) {
    fail('needs a source { file, line } with a 1-based line');
  }
  const line = (source as { line: number }).line;
  if ((source as { file: string }).file !== doc.plan.source.file) {
    fail(`cites ${(source as { file: string }).file}, not ${doc.plan.source.file}`, line);
  }
  for (const field of TEXT_FIELDS) {
    if (entry[field] !== undefined && entry[field] !== null && typeof entry[field] !== 'string') fail(`${field} must be text or null`, line);
  }
  for (const field of DECIMAL_FIELDS) {
    const value = entry[field];
    if (value !== undefined && value !== null && !(typeof value === 'string' && isDecimal(value))) fail(`${field} must be a decimal string or null`, line);
    if (typeof value === 'string') entry[field] = normalizeDecimal(value);
  }
  for (const field of INTEGER_FIELDS) {
    const value = entry[field];
    if (value !== undefined && value !== null && !Number.isInteger(value)) fail(`${field} must be an integer or null`, line);
  }
  if (entry.buildType !== undefined && !BUILD_TYPES.includes(entry.buildType as BuildType)) fail(`buildType must be one of ${BUILD_TYPES.join(', ')}`, line);
  const count = entry.count as { min?: unknown; max?: unknown } | null | undefined;
  if (count !== undefined && count !== null && !(Number.isInteger(count.min) && Number.isInteger(count.max))) fail('count must be { min, max } or null', line);
  if (entry.anchor !== undefined && typeof entry.anchor !== 'string') fail('anchor must be text', line);
  const program = entry.programNumber;
  if (typeof program === 'number' && !doc.programs.some((p) => p.number === program)) fail(`the document has no program ${program}`, line);
  return entry as unknown as CuratedProject;
}

function checkAnchor(entry: CuratedProject, lines: readonly string[], where: string): void {
  const { line } = entry.source;
  if (line > lines.length) throw new PlanParseError(`${where} cites line ${line}; the document has ${lines.length}`, line);
  const compact = (s: string) => s.replace(/\s+/g, '');
  const anchor = compact(entry.anchor ?? entry.name);
  if (!compact(stripBookmarks(lines[line - 1])).includes(anchor)) {
    throw new PlanParseError(`${where}: line ${line} does not contain "${entry.anchor ?? entry.name}"`, line);
  }
}
