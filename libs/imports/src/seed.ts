import { SYSTEM_ACTOR } from '@tracker/audit';
import { PlansRepository } from '@tracker/plans';
import { loadRegionCatalogue } from '@tracker/regions';
import type { DataSource } from 'typeorm';
import { readSeedBundles } from './seed-bundles';
import type { ImportReport } from './import-report';
import { runImport } from './plan-importer';

/** Loads the committed seed bundles (idempotently: a second run changes nothing). */
export async function loadSeeds(
  dataSource: DataSource,
  root: string,
  onProgress: (report: ImportReport) => void = () => undefined,
): Promise<ImportReport[]> {
  const regions = loadRegionCatalogue(root).index;
  const reports: ImportReport[] = [];
  for (const bundle of readSeedBundles(root)) {
    const { file, ...document } = bundle;
    const report = await runImport(dataSource.manager, { kind: 'plan-document', document, regions }, {
      file,
      actor: { ...SYSTEM_ACTOR, name: 'seed' },
      dryRun: false,
    });
    onProgress(report);
    reports.push(report);
  }
  return reports;
}

/** True when the database holds no plan yet: `npm start` seeds only then. */
export async function isEmptyPortfolio(dataSource: DataSource): Promise<boolean> {
  return !(await new PlansRepository(dataSource.manager).any());
}
