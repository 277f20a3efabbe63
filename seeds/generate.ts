import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeDocument, mergeCuratedProjects, parsePlanDocument } from '@tracker/plan-parser';
import type { SeedBundle } from '@tracker/imports';
import { loadRegionCatalogue } from '@tracker/regions';

export type { SeedBundle };

/** Where the hand-curated projects live, relative to the checkout. */
export const CURATED_DIR = 'seeds/curated';

/**
 * The seed bundles: every plan document (*.txt) in `sharedSeedsDir`, parsed, with the projects curated for it
 * in `curatedDir/<file name without .txt>.json` merged in (and their cited lines checked against the text).
 * Reads files; writes nothing. In file-name order, so the output is stable.
 */
export async function generateSeeds(
  sharedSeedsDir: string,
  curatedDir: string = resolve(process.cwd(), CURATED_DIR),
): Promise<SeedBundle[]> {
  const files = readdirSync(sharedSeedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const regions = loadRegionCatalogue().index;
  return files.map((file) => {
    const text = decodeDocument(readFileSync(join(sharedSeedsDir, file)), file);
    const parsed = parsePlanDocument(text, file, { regions });
    const curatedFile = join(curatedDir, `${file.replace(/\.txt$/, '')}.json`);
    const document = existsSync(curatedFile)
      ? mergeCuratedProjects(parsed, JSON.parse(readFileSync(curatedFile, 'utf8')) as unknown, text)
      : parsed;
    return { ...document, file };
  });
}
