import 'reflect-metadata';
import { ApiKeyInputError, createApiKey, revokeApiKey, type Role } from '@tracker/auth';
import { executedMigrationCount, runMigrations, withDataSource } from '@tracker/database';
import { ConfigError, loadConfig, startEmbeddedPostgres } from '@tracker/platform';
import { ImportTargetError } from '@tracker/imports';
import { PlanParseError } from '@tracker/plan-parser';
import type { DataSource } from 'typeorm';
import { listFlag, parseArgs, stringFlag, UsageError, type ParsedArgs } from './args';
import { generateSeedsCommand, importCommand, seedCommand } from './import-commands';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  migrate                         apply pending migrations
  migrate:down [--all]            revert the last migration (or all of them)
  seed [--if-empty]               load the five plans of seeds/ (idempotent)
  seeds:generate [--from DIR]     regenerate seeds/plans/*.json from the plan documents (default ../shared/seeds)
  import <file…> [--dry-run] [--plan-code CODE]
                                  import plan documents (.txt) or project lists (.csv, .xlsx, with --plan-code);
                                  --dry-run prints what would change and the reconciliation, and writes nothing
  keys:create --role R --name N [--institution ID[,ID…]]
                                  create an API key (roles: admin, finance, manager, viewer); the key is printed
                                  alone on the last line of stdout
  keys:revoke <id or prefix>      revoke an API key

The CLI uses DATABASE_URL, or the embedded PostgreSQL of npm start (started for the command if it is not running).`;

type Command = (dataSource: DataSource, args: ParsedArgs) => Promise<string>;

const COMMANDS: Record<string, Command> = {
  migrate: async (dataSource) => {
    const applied = await runMigrations(dataSource);
    return applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'no pending migrations';
  },
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
    process.stderr.write(`created ${apiKey.role} key "${apiKey.name}" (id ${apiKey.id}, prefix ${apiKey.keyPrefix})\n`);
    return key;
  },
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
  if (args.command === 'seeds:generate') {
    process.stdout.write(`${await generateSeedsCommand(args)}\n`);
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
    const output = await withDataSource(config.databaseUrl ?? embedded!.url, (dataSource) => command(dataSource, args));
    process.stdout.write(`${output}\n`);
    return 0;
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
    if (error instanceof PlanParseError || error instanceof ImportTargetError) {
      process.stderr.write(`cli: import failed, nothing was written: ${error.message}\n`);
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
