import type { DataSource } from 'typeorm';
import { loadRegionCatalogue, type LoadedCatalogue } from './region-catalogue';
import { RegionsRepository } from './regions.repository';

export interface CatalogueSync {
  source: string;
  regions: number;
  /** Rows inserted or changed; 0 when the database already held this catalogue. */
  changed: number;
  skipped: boolean;
}

/**
 * Brings the regions table up to the committed catalogue: new divisions are added, renamed or moved ones updated.
 * Nothing is deleted: a plan may still name a division the catalogue has since retired. Skipped when the database
 * already records this catalogue's checksum, so every start costs one read. Run after the migrations; replicas
 * starting together take turns.
 */
export async function syncRegionCatalogue(dataSource: DataSource, catalogue: LoadedCatalogue = loadRegionCatalogue()): Promise<CatalogueSync> {
  return dataSource.transaction(async (manager) => {
    const regions = new RegionsRepository(manager);
    await regions.lockCatalogue();
    const all = [...catalogue.index.all()];
    if ((await regions.catalogueChecksum()) === catalogue.checksum) {
      return { source: catalogue.file.source, regions: all.length, changed: 0, skipped: true };
    }
    const changed = await regions.upsert(all);
    await regions.recordCatalogue(catalogue.file.source, catalogue.checksum, all.length);
    return { source: catalogue.file.source, regions: all.length, changed: changed.length, skipped: false };
  });
}
