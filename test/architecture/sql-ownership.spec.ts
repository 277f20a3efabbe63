import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * "One owner per table" (docs/architecture.md): SQL lives in repositories, and each table is written by one.
 * Read from the source, so it holds for code paths no test runs.
 */
// Jest runs from the repository's root (npm test).
const ROOT = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test' || name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = [...sourceFiles(join(ROOT, 'libs')), ...sourceFiles(join(ROOT, 'apps')).filter((f) => !f.includes('/apps/web/'))].map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

const isRepository = (path: string) => path.endsWith('.repository.ts');
// The data source itself: migrations, the pool's health check, the generic row helper.
const isDatabasePlumbing = (path: string) => path.startsWith('libs/platform/src/database/') || path === 'libs/platform/src/health/health.service.ts';

const WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+([a-z_]+)\b/g;

describe('SQL ownership', () => {
  it('SQL is run only by repositories', () => {
    const offenders = files
      .filter((file) => !isRepository(file.path) && !isDatabasePlumbing(file.path))
      .filter((file) => /\.query\s*\(|queryRows\s*\(|createQueryBuilder\s*\(/.test(file.text))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });

  it('each table is written by one repository', () => {
    const writers = new Map<string, Set<string>>();
    for (const file of files.filter((f) => isRepository(f.path))) {
      for (const match of file.text.matchAll(WRITE)) {
        const table = match[1];
        // "UPDATE SET" of ON CONFLICT … DO UPDATE SET, and words that follow UPDATE in prose, are not tables.
        if (table === 'set' || table === 'of') continue;
        writers.set(table, (writers.get(table) ?? new Set()).add(file.path));
      }
    }
    const shared = [...writers].filter(([, paths]) => paths.size > 1).map(([table, paths]) => `${table}: ${[...paths].join(', ')}`);
    expect(shared).toEqual([]);
  });
});
