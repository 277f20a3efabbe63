import { existsSync, unlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { archiveAuditLog, AuditArchiveError, AuditRepository } from '@tracker/audit';
import { loadConfig } from '@tracker/platform';
import type { DataSource } from 'typeorm';
import { stringFlag, UsageError, type ParsedArgs } from './args';

/** An archive may take only entries at least this old, unless --force. */
export const ARCHIVE_MIN_AGE_DAYS = 365;
const DAY_MS = 86_400_000;

/**
 * `audit:archive --before YYYY-MM-DD [--out FILE] [--dry-run] [--force] [--resume]`: moves the audit entries that
 * occurred before that day (midnight in PLAN_TIME_ZONE) into a gzip-compressed JSON Lines file, in batches each
 * written and fsynced before it is deleted. Progress goes to stderr, the one-line summary to stdout.
 */
export async function archiveAuditCommand(dataSource: DataSource, args: ParsedArgs): Promise<string> {
  const before = stringFlag(args, 'before', true)!;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(before);
  const dayMs = day ? Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : NaN;
  if (!day || new Date(dayMs).toISOString().slice(0, 10) !== before) throw new UsageError(`--before must be a date such as 2025-01-01, not "${before}"`);
  // Today as the plans count days (PLAN_TIME_ZONE, Beijing by default), like the cut-off: in UTC, between 00:00 and
  // 08:00 Beijing time today's Beijing date would be "in the future".
  const todayThere = new Intl.DateTimeFormat('en-CA', { timeZone: loadConfig().planTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const today = Date.parse(`${todayThere}T00:00:00Z`);
  if (dayMs > today) throw new UsageError(`--before ${before} is in the future: the audit log of today and later cannot be archived`);
  const ageDays = Math.round((today - dayMs) / DAY_MS);
  if (ageDays < ARCHIVE_MIN_AGE_DAYS && !args.flags.force) {
    throw new UsageError(
      `--before ${before} is only ${ageDays} day(s) ago: the audit log is archived only after ${ARCHIVE_MIN_AGE_DAYS} days; add --force to archive more recent entries`,
    );
  }
  const file = stringFlag(args, 'out') ?? `audit-before-${before}.jsonl.gz`;
  const path = resolve(file);
  const { planTimeZone } = loadConfig();
  const audit = new AuditRepository(dataSource.manager);
  const cutoff = await audit.startOfDay(before, planTimeZone);
  const when = `before ${before} 00:00 ${planTimeZone}`;

  if (args.flags['dry-run']) {
    const { rows, oldest, newest } = await audit.countBefore(cutoff);
    const span = rows ? ` (${oldest!.toISOString()} to ${newest!.toISOString()})` : '';
    const exists = existsSync(path) ? `; ${file} exists, so it would be refused${args.flags.resume ? ' unless it is resumed (--resume)' : ''}` : '';
    return `dry run: ${rows} audit entr${rows === 1 ? 'y' : 'ies'} ${when}${span} would move to ${file}; nothing written${exists}`;
  }

  let archived = 0;
  try {
    const result = await archiveAuditLog(audit, {
      cutoff,
      file: path,
      resume: args.flags.resume === true,
      onProgress: ({ rows, bytes }) => {
        archived = rows;
        process.stderr.write(`audit:archive: ${rows} rows archived (${bytes} bytes)\n`);
      },
    });
    if (result.rows === 0 && !args.flags.resume) {
      unlinkSync(path);
      return `no audit entries ${when}: nothing archived, no file written`;
    }
    const resumed = args.flags.resume
      ? `; resumed: ${result.foundInFile} were in the file already (${result.deletedFromFile} of them still in the table, deleted now)` +
        (result.cutBytes ? `, ${result.cutBytes} bytes of an unfinished batch cut from its end` : '')
      : '';
    return `archived ${result.rows} audit entries ${when} to ${file}: ${result.rows} rows, ${result.bytes} bytes, ${(result.durationMs / 1000).toFixed(1)} s${resumed}`;
  } catch (error) {
    if (error instanceof AuditArchiveError) throw new UsageError(error.message, { cause: error });
    const message = error instanceof Error ? error.message : String(error);
    if (!existsSync(path)) throw error;
    throw new Error(
      `${message}\n  interrupted after ${archived} rows; nothing is lost: finish with npm run cli -- audit:archive --before ${before} --out ${file} --resume`,
      { cause: error },
    );
  }
}
