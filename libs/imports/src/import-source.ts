import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import {
  decodeDocument,
  mergeCuratedProjects,
  parsePlanDocument,
  parseProjectCsv,
  parseProjectXlsx,
  PARSER_LIMITS,
  PlanParseError,
  type ParsedPlanDocument,
  type ParsedProject,
  type ParseWarning,
} from '@tracker/plan-parser';

/** What a file holds: a whole plan document, or a project list for an existing plan. */
export type ParsedImport =
  | { kind: 'plan-document'; document: ParsedPlanDocument }
  | { kind: 'project-sheet'; planCode: string; projects: ParsedProject[]; warnings: ParseWarning[] };

export const IMPORT_EXTENSIONS = ['.txt', '.csv', '.xlsx'] as const;

/** Parses an uploaded or local file by its extension. Throws PlanParseError with the line or cell at fault. */
export async function parseImportFile(
  buffer: Buffer,
  fileName: string,
  options: { planCode?: string; curatedDir?: string },
): Promise<ParsedImport> {
  if (buffer.length > PARSER_LIMITS.maxBytes) {
    throw new PlanParseError(`the file is ${buffer.length} bytes; the limit is ${PARSER_LIMITS.maxBytes}`, null);
  }
  const extension = extname(fileName).toLowerCase();
  if (extension === '.txt') {
    const text = decodeDocument(buffer, fileName);
    const document = parsePlanDocument(text, fileName);
    // The projects a plan names only in prose are curated by hand beside the seeds; a re-import of that document
    // keeps them (and checks that each still cites a line that says what it claims).
    const curatedFile = options.curatedDir && join(options.curatedDir, fileName.replace(/\.txt$/i, '.json'));
    if (curatedFile && existsSync(curatedFile)) {
      return { kind: 'plan-document', document: mergeCuratedProjects(document, JSON.parse(readFileSync(curatedFile, 'utf8')), text) };
    }
    return { kind: 'plan-document', document };
  }
  if (extension === '.csv' || extension === '.xlsx') {
    if (!options.planCode) {
      throw new PlanParseError('a project list needs the code of the plan it belongs to (planCode)', null);
    }
    const parsed =
      extension === '.csv'
        ? parseProjectCsv(decodeDocument(buffer, fileName), fileName, options.planCode)
        : await parseProjectXlsx(buffer, fileName, options.planCode);
    return { kind: 'project-sheet', planCode: options.planCode, ...parsed };
  }
  throw new PlanParseError(`unsupported file type "${extension || fileName}": use ${IMPORT_EXTENSIONS.join(', ')}`, null);
}
