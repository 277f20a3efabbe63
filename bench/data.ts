import pg from 'pg';
import { createDataSource, runMigrations } from '@tracker/platform';
import { createApiKey } from '@tracker/api-keys';
import { readSeedBundles } from '@tracker/imports';
import { BENCH_ADMIN_URL, benchDatabaseUrl, databaseNameFor, flag, log, machine, writeResult } from './bench-env';

/**
 * `npm run bench:data -- --projects 100000`: a deterministic synthetic portfolio in a database of its own
 * (hct_bench_<projects>): about 36 projects per county plan, 8 milestones and 24 monthly reports per project,
 * 2 funding lines. Amounts are drawn from the seeded plans' own projects. Generated inside PostgreSQL with
 * generate_series (no row crosses the network), so 100,000 projects take minutes, not hours.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const projects = Number(flag('projects', '100000'));
  if (!Number.isInteger(projects) || projects < 100 || projects > 1_000_000) throw new Error('--projects must be 100..1000000');
  const plans = Math.max(3, Math.round(projects / 35.7));
  const name = databaseNameFor(projects);
  const url = benchDatabaseUrl(name);

  const admin = new pg.Client({ connectionString: BENCH_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  await admin.end();

  const dataSource = createDataSource({ url });
  await dataSource.initialize();
  await runMigrations(dataSource);
  // One connection for the whole generation: the temporary function lives in its session, and its statements
  // (millions of rows) may run longer than the application's statement timeout.
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.query(`SET statement_timeout = 0`);
  const q = (sql: string, params: unknown[] = []) => runner.query(sql, params);
  // Each bulk insert runs with its table's secondary indexes dropped and built again afterwards, as a bulk load
  // does: a million projects' 24 million reports inserted into five indexes row by row thrash the buffer cache,
  // where one sorted build per index takes seconds. The definitions come from the catalogue, so they are exactly
  // the migrations'; primary keys and unique constraints stay (the inserts come in their order where it matters).
  const steps: { step: string; seconds: number; indexesBuiltAfter: number }[] = [];
  const step = async (label: string, sql: string, params: unknown[] = [], table?: string) => {
    const t = performance.now();
    const secondary: { name: string; definition: string }[] = table
      ? await q(
          `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
             FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
            WHERE x.indrelid = $1::regclass AND NOT x.indisprimary AND NOT x.indisunique`,
          [table],
        )
      : [];
    for (const index of secondary) await q(`DROP INDEX ${index.name}`);
    await q(sql, params);
    for (const index of secondary) await q(index.definition);
    const seconds = Math.round((performance.now() - t) / 100) / 10;
    steps.push({ step: label, seconds, indexesBuiltAfter: secondary.length });
    log(`  ${label} (${seconds.toFixed(1)} s${secondary.length ? `, ${secondary.length} indexes built after` : ''})`);
  };

  // Amounts of the seeded plans' projects: the synthetic ones are drawn from them, scaled by 0.5–1.5.
  const seeded = readSeedBundles(process.cwd()).flatMap((bundle) => bundle.projects);
  const investments = seeded.map((p) => Number(p.investmentWan)).filter((v) => v > 0);
  const lands = seeded.map((p) => (p.landMu === null ? 0 : Number(p.landMu)));
  const beds = seeded.map((p) => p.beds ?? 0);
  // One plan per synthetic county (9 provinces × 99 cities × 4 counties), so at most 3,564 plans.
  log(`generating ${projects} projects in ${Math.min(plans, 9 * 99 * 4)} plans into ${name} (amounts drawn from ${investments.length} seeded projects)`);

  // h(x): a deterministic pseudo-random integer 0..2^31 from any text.
  await q(`CREATE FUNCTION pg_temp.h(text) RETURNS bigint LANGUAGE sql IMMUTABLE AS
           $$ SELECT ('x' || substr(md5($1), 1, 8))::bit(32)::bigint & 2147483647 $$`);
  await step('regions', `
    INSERT INTO regions (code, name, level, parent_code)
    SELECT (900000 + p * 10000)::text, '省' || p, 'province', NULL FROM generate_series(1, 9) p;
    INSERT INTO regions (code, name, level, parent_code)
    SELECT (900000 + p * 10000 + c * 100)::text, '市' || p || '-' || c, 'city', (900000 + p * 10000)::text
      FROM generate_series(1, 9) p, generate_series(1, 99) c;
    INSERT INTO regions (code, name, level, parent_code)
    SELECT (900000 + p * 10000 + c * 100 + n)::text, '县' || p || '-' || c || '-' || n, 'county', (900000 + p * 10000 + c * 100)::text
      FROM generate_series(1, 9) p, generate_series(1, 99) c, generate_series(1, 4) n`);
  await step('plans', `
    INSERT INTO plans (code, title, region_code, period_start, period_end, source_file, source_line)
    SELECT r.code || '-2021-2025', r.name || '“十四五”卫生健康规划', r.code, 2021, 2025, 'bench', 1
      FROM (SELECT code, name, row_number() OVER (ORDER BY code) AS n FROM regions WHERE level = 'county') r
     WHERE r.n <= $1`, [plans]);
  await step('programs (4 per plan)', `
    INSERT INTO programs (plan_id, number, title, kind)
    SELECT pl.id, g.number, g.title, 'projects' FROM plans pl,
      (VALUES (2, '县级医疗机构强水平建设项目'), (3, '基层医疗机构提能力建设项目'), (5, '公共卫生机构补短板建设项目'), (6, '加强康养产业建设项目')) g(number, title)`);
  await step('institutions (5 per plan)', `
    INSERT INTO institutions (name, region_code, category)
    SELECT pl.title || i.suffix, pl.region_code, i.category FROM plans pl,
      (VALUES ('人民医院', 'general_hospital'), ('中医医院', 'tcm_hospital'), ('妇幼保健院', 'maternal_child'),
              ('疾病预防控制中心', 'cdc'), ('中心卫生院', 'township_health_center')) i(suffix, category)`);
  await step('projects', `
    WITH pl AS (SELECT id, region_code, title, row_number() OVER (ORDER BY code) - 1 AS n FROM plans),
         inv AS (SELECT $2::numeric[] AS investments, $3::numeric[] AS lands, $4::int[] AS beds)
    INSERT INTO projects (code, plan_id, program_id, institution_id, region_code, name, content, build_type, status,
                          land_mu, investment_wan, floor_area_m2, beds, start_year, end_year, source_file, source_line)
    SELECT 'B' || i, pl.id,
           (SELECT g.id FROM programs g WHERE g.plan_id = pl.id ORDER BY g.number OFFSET pg_temp.h('g' || i) % 4 LIMIT 1),
           (SELECT s.id FROM institutions s WHERE s.region_code = pl.region_code ORDER BY s.name OFFSET pg_temp.h('s' || i) % 5 LIMIT 1),
           pl.region_code,
           (ARRAY['门诊综合楼建设项目', '传染病区建设项目', '住院大楼建设项目', '康养建设项目', '公共卫生中心建设项目', '急诊急救能力提升项目'])[1 + pg_temp.h('n' || i) % 6] || i,
           '新建业务用房' || (1000 + pg_temp.h('c' || i) % 20000) || '平方米，购置相应设备',
           (ARRAY['new', 'new', 'expansion', 'renovation', 'relocation', 'other'])[1 + pg_temp.h('b' || i) % 6],
           (ARRAY['planned', 'preparing', 'under_construction', 'under_construction', 'completed', 'in_service', 'suspended'])[1 + pg_temp.h('t' || i) % 7],
           nullif(round(inv.lands[1 + pg_temp.h('l' || i) % cardinality(inv.lands)] * (50 + pg_temp.h('m' || i) % 100) / 100, 4), 0),
           round(inv.investments[1 + pg_temp.h('v' || i) % cardinality(inv.investments)] * (50 + pg_temp.h('w' || i) % 100) / 100, 2),
           1000 + pg_temp.h('c' || i) % 20000,
           nullif(inv.beds[1 + pg_temp.h('d' || i) % cardinality(inv.beds)], 0),
           2021 + pg_temp.h('y' || i) % 3, 2023 + pg_temp.h('y' || i) % 3, 'bench', 1
      FROM generate_series(0, $1 - 1) i JOIN pl ON pl.n = i % (SELECT count(*) FROM plans), inv`,
    [projects, investments, lands, beds], 'projects');
  await step('declared totals (合计 = sum of rows)', `
    UPDATE programs g SET declared_land_mu = s.land, declared_investment_wan = s.investment
      FROM (SELECT program_id, sum(land_mu) AS land, sum(investment_wan) AS investment FROM projects GROUP BY program_id) s
     WHERE s.program_id = g.id`);
  await step('milestones (8 per project)', `
    INSERT INTO milestones (project_id, kind, name, planned_date, actual_date)
    SELECT p.id, k.kind, k.name, d.planned, CASE WHEN d.planned < date '2025-06-01' AND pg_temp.h(p.code || k.kind) % 10 < 7 THEN d.planned + (pg_temp.h(k.kind || p.code) % 30)::int END
      FROM projects p
      CROSS JOIN (VALUES (1, 'approval', '立项'), (2, 'feasibility', '可研批复'), (3, 'design', '初步设计批复'), (4, 'permit', '施工许可'),
                         (5, 'groundbreaking', '开工'), (6, 'topping_out', '主体封顶'), (7, 'completion', '竣工验收'), (8, 'in_service', '投入使用')) k(seq, kind, name)
      CROSS JOIN LATERAL (SELECT make_date(p.start_year, 1, 1) + ((make_date(p.end_year, 12, 31) - make_date(p.start_year, 1, 1)) * (k.seq - 1) / 8) AS planned) d
     ORDER BY p.id, k.seq`, [], 'milestones');
  await step('progress reports (24 months per project)', `
    INSERT INTO progress_reports (project_id, period, completed_investment_wan, disbursed_wan, physical_progress_pct)
    SELECT p.id, make_date(2023 + (m - 1) / 12, 1 + (m - 1) % 12, 1),
           round(p.investment_wan / 36 * (50 + pg_temp.h(p.code || m) % 100) / 100, 2),
           round(p.investment_wan / 40 * (50 + pg_temp.h(m || p.code) % 100) / 100, 2),
           least(100, m * 4)
      FROM projects p CROSS JOIN generate_series(1, 24) m
     ORDER BY p.id, m`, [], 'progress_reports');
  await step('funding lines (2 per project)', `
    INSERT INTO funding_lines (project_id, source, amount_wan, status)
    SELECT p.id, s.source, round(p.investment_wan * s.share, 2), s.status FROM projects p
      CROSS JOIN (VALUES ('central_budget', 0.4, 'secured'), ('special_bonds', 0.6, 'planned')) s(source, share, status)`, [], 'funding_lines');
  await step('analyze', `ANALYZE`);
  const { key } = await createApiKey(dataSource.manager, { name: 'bench', role: 'admin' });
  const [counts] = await q(`SELECT (SELECT count(*) FROM plans)::int AS plans, (SELECT count(*) FROM projects)::int AS projects,
                                   (SELECT count(*) FROM milestones)::int AS milestones, (SELECT count(*) FROM progress_reports)::int AS reports`);
  await runner.release();
  await dataSource.destroy();
  process.stdout.write(`${key}\n`);
  const totalSeconds = Math.round((performance.now() - started) / 100) / 10;
  const path = writeResult(`data-${projects}`, { machine: machine(), database: name, ...counts, steps, totalSeconds });
  log(
    `generated ${counts.projects} projects, ${counts.plans} plans, ${counts.milestones} milestones, ${counts.reports} monthly reports ` +
      `in ${name} in ${totalSeconds.toFixed(1)} s (admin key above; timings in ${path})`,
  );
}

main().catch((error: unknown) => {
  log(`bench:data failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
