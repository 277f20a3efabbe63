import { splitHeader, type HeaderedTable } from './layout/header';
import { scanBlocks, type Block } from './layout/scan';
import { assertReadableText, withLimits, type ParserLimits } from './limits';
import { PlanParseError } from './errors';
import { readPlanMetadata } from './metadata/plan-metadata';
import type { RegionIndex } from './regions/catalogue';
import { InstitutionRegistry, nearDuplicateWarnings } from './projects/institutions';
import { reconcilePrograms, reconciliationWarnings } from './reconcile';
import { readBedTable } from './tables/bed-table';
import { tableKindOf } from './tables/columns';
import { readIndicatorTable } from './tables/indicator-table';
import { readProjectRows } from './tables/project-rows';
import { splitLines } from './text';
import type {
  BedReconciliation,
  ParsedBedTarget,
  ParsedIndicator,
  ParsedPlanDocument,
  ParsedProgram,
  ParsedProject,
  ParseWarning,
  ProgramKind,
} from './types';

export interface ParseOptions {
  /** The division catalogue the title's region is recognised in. */
  regions: RegionIndex;
  /** The plan's division, when the caller knows it better than the title says (an ambiguous 市中区). */
  regionCode?: string;
  limits?: Partial<ParserLimits>;
}

interface Found {
  block: Block;
  headered: HeaderedTable | null;
  kind: ProgramKind;
  program: ParsedProgram;
}

/**
 * A plan document (plain text) → its plan, programs (专栏/表), institutions, projects, bed targets and
 * indicators, each with the line it came from. Pure: reads nothing but the text it is given. Projects a plan
 * names only in prose are curated separately and added with mergeCuratedProjects.
 */
export function parsePlanDocument(text: string, fileName: string, options: ParseOptions): ParsedPlanDocument {
  const limits = withLimits(options.limits);
  assertReadableText(text, fileName, limits);
  const lines = splitLines(text);
  if (lines.length > limits.maxLines) {
    throw new PlanParseError(`${fileName} 有 ${lines.length} 行，超过上限 ${limits.maxLines} 行`, null);
  }
  const plan = readPlanMetadata(lines, fileName, options.regions, options.regionCode);
  const warnings: ParseWarning[] = [];
  const warn = (line: number, message: string) => warnings.push({ line, message });

  const found = numberPrograms(describeBlocks(scanBlocks(lines), fileName), warn);
  const institutions = new InstitutionRegistry();
  const projects: ParsedProject[] = [];
  const bedTargets: ParsedBedTarget[] = [];
  const indicators: ParsedIndicator[] = [];
  const bedReconciliation: BedReconciliation[] = [];

  for (const { headered, kind, program } of found) {
    if (!headered) continue;
    if (kind === 'projects') {
      const read = readProjectRows(headered.columns, headered.body, {
        file: fileName,
        planCode: plan.code,
        programNumber: program.number,
        defaultMoneyUnit: '万元',
        warn,
      });
      program.declared = read.declared;
      projects.push(...read.projects);
      institutions.addAll(read.institutionLines, fileName);
    } else if (kind === 'beds') {
      const read = readBedTable(headered, { file: fileName, programNumber: program.number, baselineYear: plan.periodStart - 1, warn });
      bedTargets.push(...read.targets);
      bedReconciliation.push(...read.reconciliation);
      institutions.addAll(read.institutionLines, fileName);
    } else if (kind === 'indicators') {
      indicators.push(...readIndicatorTable(headered, { file: fileName, programNumber: program.number, warn }));
    }
  }

  const programs = found.map((entry) => entry.program);
  const reconciliation = reconcilePrograms(programs, projects);
  const institutionList = institutions.list();
  warnings.push(...nearDuplicateWarnings(institutionList), ...reconciliationWarnings(reconciliation, programs));
  return {
    plan,
    programs,
    institutions: institutionList,
    projects,
    bedTargets,
    indicators,
    warnings: sortWarnings(warnings),
    reconciliation,
    bedReconciliation,
  };
}

function describeBlocks(blocks: Block[], file: string): Found[] {
  return blocks.flatMap((block): Found[] => {
    const headered = block.table ? splitHeader(block.table) : null;
    const kind: ProgramKind = headered ? tableKindOf(headered.columns) : 'list';
    // A table with no caption that holds no projects, beds or indicators is a table of contents or the like.
    if (!block.caption && kind === 'list') return [];
    const caption = block.caption;
    const title = caption?.title ?? block.heading?.title ?? '';
    const line = caption?.line ?? block.heading?.line ?? block.table?.firstLine ?? 0;
    const label = caption?.label ?? '表';
    return [
      {
        block,
        headered,
        kind,
        program: {
          number: caption?.number ?? 0,
          title,
          kind,
          declared: null,
          source: { file, line },
          label: caption?.number === null || caption === null ? label : `${label}${caption.number}`,
          numberInferred: caption?.number === null || caption === null,
        },
      },
    ];
  });
}

/**
 * Numbers every program. A box without a number follows the one before it. The importer keys programs by
 * number, so a 表 whose number a 专栏 already uses becomes 100 + its number (its label keeps '表1').
 */
function numberPrograms(found: Found[], warn: (line: number, message: string) => void): Found[] {
  const last = { 专栏: 0, 表: 0 };
  for (const { program } of found) {
    const label = program.label.startsWith('专栏') ? '专栏' : '表';
    if (program.numberInferred) {
      program.number = last[label] + 1;
      program.label = `${label}${program.number}`;
      warn(program.source.line, `${label}“${program.title}”没有编号，按前一个编为 ${program.number}`);
    }
    last[label] = program.number;
  }
  const boxes = new Set(found.filter((f) => f.program.label.startsWith('专栏')).map((f) => f.program.number));
  const used = new Set<number>();
  for (const { program } of found) {
    if (program.label.startsWith('表') && boxes.has(program.number)) program.number += 100;
    if (used.has(program.number)) {
      const number = Math.max(...used) + 1;
      warn(program.source.line, `${program.label}与前面的编号 ${program.number} 重复，改编为 ${number}`);
      program.number = number;
    }
    used.add(program.number);
  }
  return found;
}

function sortWarnings(warnings: ParseWarning[]): ParseWarning[] {
  return warnings.map((warning, order) => ({ warning, order })).sort((a, b) => a.warning.line - b.warning.line || a.order - b.order).map(({ warning }) => warning);
}
