import { resolve } from 'node:path';
import type { Actor } from '@tracker/audit';
import { PlansRepository } from '@tracker/plans';
import { loadRegionCatalogue } from '@tracker/regions';
import type { DataSource } from 'typeorm';
import type { ImportReport } from './import-report';
import { importKindOf, parseDocumentFile, parseSheetFile } from './import-source';
import { ImportTargetError, runImport } from './plan-importer';

export interface ImportFileOptions {
  actor: Actor;
  dryRun: boolean;
  /** The plan a project list is for (required for lists; a document names its own). */
  planCode?: string;
  /** The sheet of a workbook to read, when several hold project rows. */
  sheet?: string;
  /** The year of a list's annual figures, when its title and headers do not say. */
  year?: number;
  /** The month (YYYY-MM) of a list's progress figures, when its title and headers do not say. */
  period?: string;
  /** The division of a plan document whose title names it ambiguously (市中区). */
  regionCode?: string;
  rowOffset?: number;
  rowLimit?: number;
  /** The checkout (or image) holding seeds/: the region catalogue and the curated projects. */
  root?: string;
}

/** Parses a file of any supported kind and imports it; the one path the API and the CLI share. */
export async function importFile(dataSource: DataSource, buffer: Buffer, fileName: string, options: ImportFileOptions): Promise<ImportReport> {
  const root = options.root ?? process.cwd();
  const common = { file: fileName, actor: options.actor, dryRun: options.dryRun, rowOffset: options.rowOffset, rowLimit: options.rowLimit };
  if (importKindOf(buffer, fileName) === 'plan-document') {
    const regions = loadRegionCatalogue(root).index;
    const document = parseDocumentFile(buffer, fileName, { regions, regionCode: options.regionCode, curatedDir: resolve(root, 'seeds/curated') });
    return runImport(dataSource.manager, { kind: 'plan-document', document, regions }, common);
  }
  if (!options.planCode) throw new ImportTargetError('planCode', '导入项目表需要指定它所属的规划（planCode）；没有规划时请先创建规划');
  const plan = await new PlansRepository(dataSource.manager).viewByCode(options.planCode);
  if (!plan) throw new ImportTargetError('planCode', `没有代码为 ${options.planCode} 的规划`);
  const sheet = await parseSheetFile(buffer, fileName, {
    planCode: plan.code,
    planYears: { start: plan.periodStart, end: plan.periodEnd },
    sheet: options.sheet,
    year: options.year,
    period: options.period,
  });
  return runImport(dataSource.manager, { kind: 'project-sheet', sheet, planCode: plan.code }, common);
}
