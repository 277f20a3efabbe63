import { assertReadableText, withLimits, type ParserLimits } from '../limits';
import type { ParsedProject, ParseWarning } from '../types';
import { readCsv } from './csv';
import { projectsFromSheet } from './project-sheet';
import { readXlsx } from './xlsx';

export interface SheetOptions {
  limits?: Partial<ParserLimits>;
}

/** A .csv project list (UTF-8, with or without BOM) for the plan `planCode`. */
export function parseProjectCsv(
  text: string,
  fileName: string,
  planCode: string,
  options: SheetOptions = {},
): { projects: ParsedProject[]; warnings: ParseWarning[] } {
  const limits = withLimits(options.limits);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  assertReadableText(body, fileName, limits);
  return projectsFromSheet(readCsv(body, fileName, limits), fileName, planCode, 'line');
}

/** A .xlsx project list: the first worksheet with rows. */
export async function parseProjectXlsx(
  buffer: Buffer,
  fileName: string,
  planCode: string,
  options: SheetOptions = {},
): Promise<{ projects: ParsedProject[]; warnings: ParseWarning[] }> {
  const { rows } = await readXlsx(buffer, fileName, withLimits(options.limits));
  return projectsFromSheet(rows, fileName, planCode, 'row');
}
