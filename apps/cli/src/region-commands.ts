import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadRegionCatalogue, REGION_CATALOGUE_FILE, syncRegionCatalogue } from '@tracker/regions';
import type { DataSource } from 'typeorm';
import { generateRegionCatalogue } from '../../../seeds/regions/generate';

/** `regions:generate`: rewrites the committed catalogue from the data package. Needs no database. */
export function generateRegionsCommand(): string {
  const started = performance.now();
  const catalogue = generateRegionCatalogue();
  writeFileSync(resolve(REGION_CATALOGUE_FILE), `${JSON.stringify(catalogue, null, 0).replace(/\],\[/g, '],\n[')}\n`);
  return `wrote ${catalogue.regions.length} regions from ${catalogue.source} to ${REGION_CATALOGUE_FILE} in ${Math.round(performance.now() - started)} ms`;
}

/** `regions:sync`: loads the committed catalogue into the database (also part of `migrate`). */
export async function syncRegionsCommand(dataSource: DataSource): Promise<string> {
  const started = performance.now();
  const result = await syncRegionCatalogue(dataSource, loadRegionCatalogue());
  const ms = Math.round(performance.now() - started);
  return result.skipped
    ? `the database already holds the region catalogue ${result.source} (${result.regions} regions); ${ms} ms`
    : `loaded the region catalogue ${result.source}: ${result.changed} of ${result.regions} regions added or changed in ${ms} ms`;
}
