import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe } from '@jest/globals';
import { decodeDocument } from '../src/decode';
import { mergeCuratedProjects } from '../src/curated';
import { parsePlanDocument } from '../src/document';
import type { ParsedPlanDocument } from '../src/types';
import { regions } from './fixtures';

/** The five plan documents shared beside the repository; tests of them run only where they are. */
export const SHARED_SEEDS = path.resolve(process.cwd(), '../shared/seeds');
export const CURATED = path.resolve(process.cwd(), 'seeds/curated');
export const HAVE_SEEDS = existsSync(SHARED_SEEDS);

if (!HAVE_SEEDS) {
  // eslint-disable-next-line no-console
  console.warn(`skipping whole-document tests: ${SHARED_SEEDS} does not exist`);
}

/** `describe` where the shared documents exist, `describe.skip` (with the reason printed above) where not. */
export const describeWithSeeds = HAVE_SEEDS ? describe : describe.skip;

export function seedText(file: string): string {
  return decodeDocument(readFileSync(path.join(SHARED_SEEDS, file)), file);
}

/** A document as the seeds hold it: parsed, with its curated projects merged (anchors checked). */
export function seedDocument(file: string): ParsedPlanDocument {
  const text = seedText(file);
  const parsed = parsePlanDocument(text, file, { regions });
  const curated = path.join(CURATED, file.replace(/\.txt$/, '.json'));
  return existsSync(curated) ? mergeCuratedProjects(parsed, JSON.parse(readFileSync(curated, 'utf8')), text) : parsed;
}

export function lineText(file: string, line: number): string {
  return seedText(file).split(/\r\n|\n|\r/)[line - 1];
}
