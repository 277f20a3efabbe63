import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePortfolio, flag, log, machine, writeResult } from './bench-env';
import { runApiBench, type ApiBenchResult } from './api';

/**
 * `node dist/bench/scaling.js [--seconds 3] [--connections 32]`: the api benchmark (api.ts) at 1,000, 10,000 and
 * 100,000 projects, generating a missing portfolio with bench/data.ts first. One table, endpoint × size, in
 * bench/results/scaling.md: what grows with the portfolio and what does not.
 */
const SIZES = [1_000, 10_000, 100_000];

function table(results: ApiBenchResult[]): string {
  const m = machine();
  const sizes = results.map((r) => r.projects.toLocaleString('en'));
  const header = `| endpoint | ${sizes.map((s) => `${s}: p50 ms | p95 ms | req/s`).join(' | ')} |`;
  const align = `| --- | ${results.map(() => '---: | ---: | ---:').join(' | ')} |`;
  // Rows line up by position: every size runs the same endpoints in the same order (only the deep page's number
  // differs, bounded by the portfolio), so the largest run names them.
  const names = results[results.length - 1].endpoints.map((e) => e.endpoint.replace(/page \d+ \(keyset\)/, 'deep keyset page'));
  const rows = names.map((name, i) => `| ${name} | ${results.map((r) => `${r.endpoints[i].p50Ms} | ${r.endpoints[i].p95Ms} | ${r.endpoints[i].requestsPerSecond}`).join(' | ')} |`);
  // Figures with one value per size fill the size's first column.
  const cells = (f: (r: ApiBenchResult) => string) => results.map((r) => [f(r), '', ''].join(' | ')).join(' | ');
  return [
    '## API scaling with the portfolio',
    '',
    `${m.date}, commit ${m.commit}, ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, load average ${m.loadAverage1m} at the start; ` +
      `${results[0].connections} connections, ${results[0].secondsPerEndpoint} s per endpoint. Deep keyset page: page ` +
      `${results.map((r) => /page (\d+)/.exec(r.endpoints[2].endpoint)?.[1] ?? '?').join(' / ')} of 50.`,
    '',
    header,
    align,
    ...rows,
    `| write → visible in totals, median ms | ${cells((r) => String(r.writeToTotalsMs.median))} |`,
    `| reminder scan (steady state), ms | ${cells((r) => String(r.reminderScan.second.durationMs))} |`,
    `| peak RSS api / worker, MB | ${cells((r) => `${r.peakRssMb.api} / ${r.peakRssMb.worker}`)} |`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const seconds = Number(flag('seconds', '3'));
  const connections = Number(flag('connections', '32'));
  const results: ApiBenchResult[] = [];
  for (const projects of SIZES) {
    await ensurePortfolio(projects);
    log(`— ${projects} projects —`);
    results.push(await runApiBench({ projects, seconds, connections }));
  }
  const path = writeResult('scaling', results);
  const markdown = table(results);
  writeFileSync(join(process.cwd(), 'bench/results/scaling.md'), markdown);
  process.stdout.write(markdown);
  log(`scaling benchmark written to ${path}`);
}

main().catch((error: unknown) => {
  log(`bench:scaling failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
