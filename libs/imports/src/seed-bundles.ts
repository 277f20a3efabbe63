import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedPlanDocument } from '@tracker/plan-parser';

/** A plan document as the parser read it (and, where the text defeats the parser, as curated by hand). */
export type SeedBundle = ParsedPlanDocument & { file: string };

export const SEED_PLANS_DIR = 'seeds/plans';

/** The committed seed bundles, in file order. `root` is the checkout (or the image's /app). */
export function readSeedBundles(root: string): SeedBundle[] {
  const dir = join(root, SEED_PLANS_DIR);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as SeedBundle);
}
