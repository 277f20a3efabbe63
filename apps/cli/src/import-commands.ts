import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { SYSTEM_ACTOR } from '@tracker/audit';
import { isEmptyPortfolio, loadSeeds, parseImportFile, runImport, SEED_PLANS_DIR, type ImportReport } from '@tracker/imports';
import type { DataSource } from 'typeorm';
import { CURATED_DIR, generateSeeds } from '../../../seeds/generate';
import { stringFlag, UsageError, type ParsedArgs } from './args';

const log = (line: string) => process.stderr.write(`${line}\n`);
const fmt = (value: number | string | null) => (value === null ? '—' : String(value));

/** `import <file…> [--dry-run] [--plan-code CODE]`: progress per file, reconciliation, one summary line. */
export async function importCommand(dataSource: DataSource, args: ParsedArgs): Promise<string> {
  if (args.positional.length === 0) throw new UsageError('import needs at least one file');
  const dryRun = Boolean(args.flags['dry-run']);
  const planCode = stringFlag(args, 'plan-code');
  const started = performance.now();
  const reports: ImportReport[] = [];
  for (const [index, path] of args.positional.entries()) {
    log(`[${index + 1}/${args.positional.length}] ${path} (${statSync(path).size} bytes)`);
    const parsed = await parseImportFile(readFileSync(path), basename(path), { planCode, curatedDir: resolve(CURATED_DIR) });
    const report = await runImport(dataSource.manager, parsed, {
      file: basename(path),
      actor: { ...SYSTEM_ACTOR, name: 'cli-import' },
      dryRun,
    });
    printReport(report);
    reports.push(report);
  }
  return summary(dryRun ? 'would import' : 'imported', reports, performance.now() - started);
}

export async function seedCommand(dataSource: DataSource, args: ParsedArgs): Promise<string> {
  if (args.flags['if-empty'] && !(await isEmptyPortfolio(dataSource))) return 'seed skipped: the database already holds plans';
  const started = performance.now();
  const reports = await loadSeeds(dataSource, process.cwd(), (report) => {
    log(`${report.file}: ${report.plan.title} — ${projectLine(report)}`);
  });
  return summary('seeded', reports, performance.now() - started);
}

function printReport(report: ImportReport): void {
  log(`  plan ${report.plan.code} ${report.plan.title} (${report.plan.action})`);
  log(`  ${projectLine(report)}; ${report.counts.bedTargets} bed targets, ${report.counts.indicators} indicators`);
  for (const r of report.reconciliation) {
    log(
      `  专栏${r.programNumber}: declared ${fmt(r.declared.landMu)} 亩 / ${fmt(r.declared.investmentWan)} 万元, ` +
        `rows ${r.computed.landMu} 亩 / ${r.computed.investmentWan} 万元 → ${r.reconciled ? 'reconciled' : `DIFFERS by ${fmt(r.difference.landMu)} 亩 / ${fmt(r.difference.investmentWan)} 万元`}`,
    );
  }
  for (const project of report.projectsNotInDocument) log(`  not in the document any more (kept): ${project.code} ${project.name}`);
  for (const warning of report.warnings) log(`  warning, line ${warning.line}: ${warning.message}`);
}

function projectLine(report: ImportReport): string {
  const c = report.counts;
  return `${c.projectsCreated} projects created, ${c.projectsUpdated} updated, ${c.projectsUnchanged} unchanged`;
}

function summary(verb: string, reports: ImportReport[], ms: number): string {
  const total = (key: keyof ImportReport['counts']) => reports.reduce((sum, r) => sum + r.counts[key], 0);
  const unreconciled = reports.flatMap((r) => r.reconciliation).filter((r) => !r.reconciled).length;
  return (
    `${verb} ${reports.length} file(s): ${total('projectsCreated')} projects created, ${total('projectsUpdated')} updated, ` +
    `${total('projectsUnchanged')} unchanged, ${total('bedTargets')} bed targets, ${total('indicators')} indicators; ` +
    `${unreconciled === 0 ? 'every declared total reconciles' : `${unreconciled} program(s) do not reconcile`}; ` +
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
