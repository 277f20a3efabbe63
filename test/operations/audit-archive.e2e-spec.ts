import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { DataSource } from 'typeorm';
import { archiveAuditLog, AuditRepository } from '../../libs/audit/src';
import { createDataSource, runMigrations } from '../../libs/platform/src';
import { cleanEnv } from '../support/processes';
import { createScratchDatabase, dropScratchDatabase } from '../support/scratch-database';

const exec = promisify(execFile);

/** 2024-01-01 00:00 in Asia/Shanghai (PLAN_TIME_ZONE's default), the cut-off of `--before 2024-01-01`. */
const CUTOFF = '2023-12-31T16:00:00.000Z';
const OLD = 12_001; // three CLI batches of 5,000

type Row = Record<string, unknown> & { id: number };

describe('audit:archive', () => {
  let database: { name: string; url: string };
  let db: DataSource;
  let dir: string;

  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await exec('node', [join(process.cwd(), 'dist/apps/cli/src/main.js'), 'audit:archive', ...args], {
        cwd: dir,
        env: cleanEnv({ DATABASE_URL: database.url, LOG_LEVEL: 'error', PLAN_TIME_ZONE: 'Asia/Shanghai' }),
        maxBuffer: 10_000_000,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  const all = async (): Promise<Row[]> =>
    (await db.query(`SELECT to_jsonb(a) AS j FROM audit_log a ORDER BY id`)).map((r: { j: Row }) => r.j);
  const linesOf = (file: string): Row[] =>
    gunzipSync(readFileSync(file))
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Row);
  const isOld = (row: Row) => new Date(row.occurred_at as string).getTime() < Date.parse(CUTOFF);

  beforeAll(async () => {
    database = await createScratchDatabase('audit_archive');
    db = createDataSource({ url: database.url });
    await db.initialize();
    await runMigrations(db);
  }, 60_000);
  afterAll(async () => {
    await db?.destroy();
    if (database) await dropScratchDatabase(database.name);
  });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hct-audit-archive-'));
    await db.query(`TRUNCATE audit_log`);
    // Old entries, ids interleaved with recent ones, with snapshots that need escaping; then the boundary.
    await db.query(
      `INSERT INTO audit_log (occurred_at, actor_id, actor_name, action, entity_type, entity_id, before, after, request_id)
       SELECT CASE WHEN i % 10 = 0 THEN timestamptz '2025-06-01T00:00:00Z' + make_interval(secs => i)
                   ELSE timestamptz '2022-01-01T00:00:00Z' + make_interval(mins => i) END,
              CASE WHEN i % 3 = 0 THEN gen_random_uuid() END, '罗江区人民医院 "ops"', 'project.updated', 'project', 'p-' || i,
              CASE WHEN i % 2 = 0 THEN jsonb_build_object('name', '项目' || i, 'note', E'line\\nbreak \\\\ tab\\t', 'wan', 1.5) END,
              jsonb_build_object('name', '项目' || i, 'tags', jsonb_build_array('a', i)), 'req-' || i
         FROM generate_series(1, ${Math.round((OLD * 10) / 9)}) AS i`,
    );
    await db.query(
      `INSERT INTO audit_log (occurred_at, actor_name, action, entity_type, entity_id)
       VALUES ('2023-12-31T15:59:59.999999Z', 'system', 'plan.created', 'plan', 'last-old'),
              ('2023-12-31T16:00:00Z', 'system', 'plan.created', 'plan', 'first-kept')`,
    );
  }, 60_000);

  it('moves exactly the entries before the day into the file, once each, with their contents, and keeps the rest', async () => {
    const before = await all();
    const old = before.filter(isOld);
    expect(old.length).toBeGreaterThan(10_000);
    expect(old.some((r) => r.entity_id === 'last-old')).toBe(true);

    const run = await cli('--before', '2024-01-01');
    expect(run.code).toBe(0);
    const file = join(dir, 'audit-before-2024-01-01.jsonl.gz');
    expect(run.stdout.trim()).toBe(
      `archived ${old.length} audit entries before 2024-01-01 00:00 Asia/Shanghai to audit-before-2024-01-01.jsonl.gz: ${old.length} rows, ` +
        `${statSync(file).size} bytes, ${/, ([\d.]+) s$/.exec(run.stdout.trim())![1]} s`,
    );
    expect(run.stderr).toMatch(new RegExp(`audit:archive: 5000 rows archived[^]*audit:archive: ${old.length} rows archived`));

    // Every old entry exactly once, in id order, equal to what was in the table; the rest untouched.
    expect(linesOf(file)).toEqual(old);
    expect(await all()).toEqual(before.filter((r) => !isOld(r)));
    expect((await all()).some((r) => r.entity_id === 'first-kept')).toBe(true);

    // The standard tools read it as one stream.
    const { stdout: count } = await exec('sh', ['-c', `zcat '${file}' | wc -l`]);
    expect(Number(count.trim())).toBe(old.length);

    // Nothing older is left: a second run into another file archives nothing.
    const again = await cli('--before', '2024-01-01', '--out', 'again.jsonl.gz');
    expect(again.stdout).toBe('no audit entries before 2024-01-01 00:00 Asia/Shanghai: nothing archived, no file written\n');
    expect(existsSync(join(dir, 'again.jsonl.gz'))).toBe(false);
  }, 120_000);

  it('counts on --dry-run and changes nothing', async () => {
    const before = await all();
    const run = await cli('--before', '2024-01-01', '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^dry run: ${before.filter(isOld).length} audit entries before 2024-01-01 00:00 Asia/Shanghai \\(2022-01-01T00:01:00.000Z to 2023-12-31T15:59:59.999Z\\) would move to audit-before-2024-01-01.jsonl.gz; nothing written\n$`),
    );
    expect(existsSync(join(dir, 'audit-before-2024-01-01.jsonl.gz'))).toBe(false);
    expect(await all()).toEqual(before);
  });

  it('refuses an existing file, a day in the future or less than a year ago, and a malformed day, changing nothing', async () => {
    const before = await all();
    writeFileSync(join(dir, 'taken.jsonl.gz'), 'precious');
    const taken = await cli('--before', '2024-01-01', '--out', 'taken.jsonl.gz');
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/taken\.jsonl\.gz exists: refusing to overwrite it; choose another --out, or add --resume/);
    expect(readFileSync(join(dir, 'taken.jsonl.gz'), 'utf8')).toBe('precious');

    const future = await cli('--before', `${new Date().getUTCFullYear() + 1}-01-01`, '--force');
    expect(future.code).toBe(2);
    expect(future.stderr).toMatch(/is in the future/);
    // 30 days before today as the CLI counts days (in Beijing: from 16:00 UTC on, a day ahead of UTC).
    const todayInBeijing = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const recent = new Date(Date.parse(`${todayInBeijing}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
    const young = await cli('--before', recent);
    expect(young.code).toBe(2);
    expect(young.stderr).toMatch(new RegExp(`--before ${recent} is only 30 day\\(s\\) ago: the audit log is archived only after 365 days; add --force`));
    expect((await cli('--before', '2024-02-30')).stderr).toMatch(/--before must be a date such as 2025-01-01, not "2024-02-30"/);
    expect((await cli()).stderr).toMatch(/--before is required/);
    // --force lets a recent day through (here only counted).
    expect((await cli('--before', recent, '--force', '--dry-run')).stdout).toMatch(/^dry run: \d+ audit entries before/);

    expect(await all()).toEqual(before);
    expect(existsSync(join(dir, `audit-before-${recent}.jsonl.gz`))).toBe(false);
  });

  it('after an interruption between writing a batch and deleting it, --resume leaves each entry in the file exactly once', async () => {
    const before = await all();
    const old = before.filter(isOld);
    const file = join(dir, 'interrupted.jsonl.gz');
    const audit = new AuditRepository(db.manager);
    // Batches of 3,000: the first is written and deleted, the second written (fsynced) but the crash comes before its delete.
    await expect(
      archiveAuditLog(audit, {
        cutoff: new Date(CUTOFF),
        file,
        batch: 3000,
        beforeDelete: (batch) => {
          if (batch === 2) throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    expect(linesOf(file).map((r) => r.id)).toEqual(old.slice(0, 6000).map((r) => r.id));
    expect((await all()).filter(isOld).map((r) => r.id)).toEqual(old.slice(3000).map((r) => r.id));
    // And a third batch that reached the disk only in part (a torn write): half a gzip member at the end.
    const size = statSync(file).size;
    appendFileSync(file, readFileSync(file).subarray(0, Math.floor(size / 4)));

    // A run without --resume refuses the file rather than archiving the second batch a second time elsewhere.
    expect((await cli('--before', '2024-01-01', '--out', 'interrupted.jsonl.gz')).code).toBe(2);
    const resumed = await cli('--before', '2024-01-01', '--out', 'interrupted.jsonl.gz', '--resume');
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(
      new RegExp(
        `^archived ${old.length} audit entries .* ${old.length} rows, \\d+ bytes, [\\d.]+ s; resumed: 6000 were in the file already ` +
          `\\(3000 of them still in the table, deleted now\\), ${Math.floor(size / 4)} bytes of an unfinished batch cut from its end\n$`,
      ),
    );
    expect(linesOf(file)).toEqual(old);
    expect(await all()).toEqual(before.filter((r) => !isOld(r)));
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
});
