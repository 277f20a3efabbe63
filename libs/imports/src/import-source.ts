import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import {
  decodeDocument,
  mergeCuratedProjects,
  parsePlanDocument,
  parseProjectSheet,
  PlanParseError,
  readWorkbook,
  type ParsedPlanDocument,
  type ParsedProjectSheet,
  type RegionIndex,
} from '@tracker/plan-parser';

export const IMPORT_EXTENSIONS = ['.txt', '.xlsx', '.xls', '.csv'] as const;

export type ImportKind = 'plan-document' | 'project-sheet';

/**
 * A plan document (.txt) or a project list (.xlsx, .xls, .csv), by its name; a workbook renamed to something else
 * is still recognised by its content (a zip, or an OLE compound file).
 */
export function importKindOf(buffer: Buffer, fileName: string): ImportKind {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.txt') return 'plan-document';
  if (['.xlsx', '.xls', '.csv'].includes(extension)) return 'project-sheet';
  if (buffer.length >= 4 && (buffer.readUInt32LE(0) === 0x04034b50 || buffer.readUInt32BE(0) === 0xd0cf11e0)) return 'project-sheet';
  throw new PlanParseError(`不支持的文件类型“${extension || fileName}”：请上传规划文本（.txt）或项目表（.xlsx、.xls、.csv）`, null);
}

/**
 * A plan document, with the projects curated for it by hand (beside the seeds) merged in: a re-import of that
 * document keeps them, and checks that each still cites a line that says what it claims.
 */
export function parseDocumentFile(
  buffer: Buffer,
  fileName: string,
  options: { regions: RegionIndex; regionCode?: string; curatedDir?: string },
): ParsedPlanDocument {
  const text = decodeDocument(buffer, fileName);
  const document = parsePlanDocument(text, fileName, { regions: options.regions, regionCode: options.regionCode });
  const curatedFile = options.curatedDir && join(options.curatedDir, fileName.replace(/\.txt$/i, '.json'));
  if (curatedFile && existsSync(curatedFile)) {
    return mergeCuratedProjects(document, JSON.parse(readFileSync(curatedFile, 'utf8')), text);
  }
  return document;
}

/** A project list for the plan `planCode`, whose years bound the annual figures it may carry. */
export async function parseSheetFile(
  buffer: Buffer,
  fileName: string,
  options: { planCode: string; planYears: { start: number; end: number }; sheet?: string; year?: number; period?: string },
): Promise<ParsedProjectSheet> {
  const workbook = await readWorkbook(buffer, fileName);
  return parseProjectSheet(workbook, { fileName, ...options });
}
