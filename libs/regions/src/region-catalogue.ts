import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RegionIndex, type RegionCatalogueFile } from '@tracker/plan-parser';

/** The committed division catalogue, generated from an npm data package by `npm run cli -- regions:generate`. */
export const REGION_CATALOGUE_FILE = 'seeds/regions/gb2260.json';

export interface LoadedCatalogue {
  file: RegionCatalogueFile;
  index: RegionIndex;
  /** Of the file's content: the database records which catalogue it holds, so an unchanged one is not re-applied. */
  checksum: string;
}

const loaded = new Map<string, LoadedCatalogue>();

/** The catalogue of the checkout (or image) at `root`, read once per process. */
export function loadRegionCatalogue(root: string = process.cwd()): LoadedCatalogue {
  const path = resolve(root, REGION_CATALOGUE_FILE);
  let catalogue = loaded.get(path);
  if (!catalogue) {
    const text = readFileSync(path, 'utf8');
    const file = JSON.parse(text) as RegionCatalogueFile;
    catalogue = { file, index: RegionIndex.fromCatalogue(file), checksum: createHash('sha256').update(text).digest('hex').slice(0, 16) };
    loaded.set(path, catalogue);
  }
  return catalogue;
}
