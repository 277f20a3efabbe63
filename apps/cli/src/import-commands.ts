import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { SYSTEM_ACTOR } from '@tracker/audit';
import { importFile, isEmptyPortfolio, loadSeeds, SEED_PLANS_DIR, type ImportReport } from '@tracker/imports';
import type { DataSource } from 'typeorm';
import { generateSeeds } from '../../../seeds/generate';
import { stringFlag, UsageError, type ParsedArgs } from './args';

const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * `import <file…> [--dry-run] [--plan-code CODE] [--sheet NAME] [--year YYYY] [--period YYYY-MM] [--region-code CODE]`:
 * per file, what was read and what it does (the same Chinese summary the API answers with), then one line in all.
 */
export async function importCommand(dataSource: DataSource, args: ParsedArgs): Promise<string> {
  if (args.positional.length === 0) throw new UsageError('import needs at least one file');
  const dryRun = Boolean(args.flags['dry-run']);
  const year = stringFlag(args, 'year');
  if (year !== undefined && !/^\d{4}$/.test(year)) throw new UsageError('--year must be a year such as 2022');
  const period = stringFlag(args, 'period');
  if (period !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) throw new UsageError('--period must be a month such as 2022-05');
  const started = performance.now();
  const reports: ImportReport[] = [];
  for (const [index, path] of args.positional.entries()) {
    log(`[${index + 1}/${args.positional.length}] ${path} (${statSync(path).size} bytes)`);
    const report = await importFile(dataSource, readFileSync(path), basename(path), {
      actor: { ...SYSTEM_ACTOR, name: 'cli-import' },
      dryRun,
      planCode: stringFlag(args, 'plan-code'),
      sheet: stringFlag(args, 'sheet'),
      year: year === undefined ? undefined : Number(year),
      period,
      regionCode: stringFlag(args, 'region-code'),
      rowLimit: 0,
      root: process.cwd(),
    });
    for (const line of report.summary) log(`  ${line}`);
    for (const warning of report.warnings) log(`  提示：${warning.message}`);
    log(`  ${report.durationMs} ms`);
    reports.push(report);
  }
  return summary(dryRun ? 'would import' : 'imported', reports, performance.now() - started);
}

export async function seedCommand(dataSource: DataSource, args: ParsedArgs): Promise<string> {
  if (args.flags['if-empty'] && !(await isEmptyPortfolio(dataSource))) return 'seed skipped: the database already holds plans';
  const started = performance.now();
  const reports = await loadSeeds(dataSource, process.cwd(), (report) => {
    log(`${report.file}: ${report.plan.title} — ${report.summary[1] ?? ''}`);
  });
  return summary('seeded', reports, performance.now() - started);
}

function summary(verb: string, reports: ImportReport[], ms: number): string {
  const total = (key: 'projectsCreated' | 'projectsUpdated' | 'projectsUnchanged' | 'bedTargets' | 'indicators' | 'annualPlansWritten' | 'progressReportsWritten') =>
    reports.reduce((sum, r) => sum + r.counts[key], 0);
  const unreconciled = reports.flatMap((r) => r.reconciliation).filter((r) => !r.reconciled).length;
  return (
    `${verb} ${reports.length} file(s): ${total('projectsCreated')} projects created, ${total('projectsUpdated')} updated, ` +
    `${total('projectsUnchanged')} unchanged, ${total('annualPlansWritten')} annual plans, ${total('progressReportsWritten')} months of progress, ` +
    `${total('bedTargets')} bed targets, ${total('indicators')} indicators; ` +
    `${unreconciled === 0 ? 'every declared total reconciles' : `${unreconciled} declared total(s) do not reconcile`}; ` +
    `${Math.round(ms)} ms`
  );
}

/**
 * `seeds:generate [--from DIR]`: parses the plan documents (default ../shared/seeds), merges the curated projects
 * and writes seeds/plans/*.json. Needs no database.
 */
export async function generateSeedsCommand(args: ParsedArgs): Promise<string> {
  const started = performance.now();
  const from = resolve(stringFlag(args, 'from') ?? '../shared/seeds');
  const bundles = await generateSeeds(from);
  const dir = resolve(SEED_PLANS_DIR);
  mkdirSync(dir, { recursive: true });
  for (const bundle of bundles) {
    const target = join(dir, bundle.file.replace(/\.txt$/, '.json'));
    writeFileSync(target, JSON.stringify(bundle, null, 2) + '\n');
    log(`${bundle.file}: ${bundle.projects.length} projects, ${bundle.programs.length} programs, ${bundle.indicators.length} indicators, ${bundle.bedTargets.length} bed targets → ${target}`);
  }
  return `generated ${bundles.length} seed bundle(s) in ${Math.round(performance.now() - started)} ms`;
}
