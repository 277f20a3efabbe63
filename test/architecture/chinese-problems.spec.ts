import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every problem a feature raises can be said in Chinese (issue 16: the dashboard always asks for zh). The helpers
 * of api-conventions (`notFound`, `invalid`, `forbidden`, `conflict`, `said`) take the Chinese as a required
 * argument, so the compiler checks their callers; a `ProblemException` built by hand must say `.inChinese(…)` in
 * the same expression. Read from the source, so it holds for code paths no test runs.
 */
const ROOT = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test' || name === 'node_modules' || name === 'web' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

// Imports build each message in the request's language already (the parser's errors are Chinese first).
const CHOOSES_ITS_LANGUAGE = new Set(['libs/imports/src/http/imports.controller.ts']);

/** The text from `new ProblemException(` to the end of its expression: the balanced call and any chained calls. */
function expressionAt(text: string, start: number): string {
  let depth = 0;
  let i = text.indexOf('(', start);
  for (; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) break;
  }
  const rest = /^\s*\.inChinese\(/.exec(text.slice(i + 1));
  return text.slice(start, i + 1) + (rest ? '.inChinese(' : '');
}

describe('problems in Chinese', () => {
  const files = [...sourceFiles(join(ROOT, 'libs')), ...sourceFiles(join(ROOT, 'apps'))]
    .map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }))
    .filter((file) => !CHOOSES_ITS_LANGUAGE.has(file.path));

  it('finds the hand-built problems it checks', () => {
    expect(files.filter((file) => file.text.includes('new ProblemException(')).length).toBeGreaterThan(5);
  });

  it('every hand-built ProblemException says its detail in Chinese too', () => {
    const offenders = files.flatMap((file) =>
      [...file.text.matchAll(/new ProblemException\(/g)]
        .map((match) => expressionAt(file.text, match.index))
        .filter((expression) => !expression.endsWith('.inChinese('))
        .map((expression) => `${file.path}: ${expression.slice(0, 100)}`),
    );
    expect(offenders).toEqual([]);
  });
});
