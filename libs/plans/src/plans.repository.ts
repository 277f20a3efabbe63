import { paginate, SqlParams, toNumber, type Page, type PageQuery } from '@tracker/api-conventions';
import { SqlRepository } from '@tracker/platform';
import { regionTreeSql } from '@tracker/regions';
import type { EntityManager } from 'typeorm';
import type { BedTargetView, IndicatorView, PlanView, ProgramView } from './http/plan.views';

type Row = Record<string, unknown>;

/** What a person or a plan document sets on a plan. */
export interface PlanFields {
  title: string;
  periodStart: number;
  periodEnd: number;
  documentNumber: string | null;
  issuedOn: string | null;
}

export interface NewPlan extends PlanFields {
  code: string;
  regionCode: string;
}

/** A 专栏 of a plan document, with the totals it declares. */
export interface ProgramInput {
  number: number;
  title: string;
  kind: string;
  declaredLandMu: string | number | null;
  declaredInvestmentWan: string | number | null;
  line: number;
}

export interface PlanScope {
  planId?: string;
  /** A region and those under it. */
  regionCode?: string;
}

const PLAN_SELECT = `SELECT p.*, coalesce(r.full_name, r.name) AS region_name FROM plans p JOIN regions r ON r.code = p.region_code`;

// Declared totals against the exact SQL sum of the program's projects (a read of the projects table); the
// difference is numeric, so "reconciled" means equal to the last decimal. /plans/{id}/programs and
// /finance/reconciliation both read programs through this one statement and programFigures below.
const PROGRAM_SELECT = `
  SELECT g.*, pl.code AS plan_code, count(pr.id)::int AS project_count,
         coalesce(sum(pr.land_mu), 0) AS computed_land_mu,
         coalesce(sum(pr.investment_wan), 0) AS computed_investment_wan,
         coalesce(sum(pr.land_mu), 0) - g.declared_land_mu AS difference_land_mu,
         coalesce(sum(pr.investment_wan), 0) - g.declared_investment_wan AS difference_investment_wan
    FROM programs g JOIN plans pl ON pl.id = g.plan_id LEFT JOIN projects pr ON pr.program_id = g.id`;

/**
 * The plans, programs (专栏), bed_targets and indicators tables. Two reads reach into the projects feature's tables:
 * a program's computed totals (the sum of its projects) and the annual plans a period change would strand.
 */
export class PlansRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  list(scope: { regionCode?: string }, page: PageQuery): Promise<Page<PlanView>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (scope.regionCode) where.push(`p.region_code IN ${regionTreeSql(params.add(scope.regionCode))}`);
    return paginate(this.run, {
      select: PLAN_SELECT,
      where,
      params,
      page,
      sortable: {
        code: { column: 'p.code', type: 'text', notNull: true },
        regionCode: { column: 'p.region_code', type: 'text' },
        periodStart: { column: 'p.period_start', type: 'integer' },
      },
      defaultSort: 'code',
      idColumn: 'p.id',
      map: toPlanView,
    });
  }

  async view(id: string): Promise<PlanView | null> {
    const row = await this.row(`${PLAN_SELECT} WHERE p.id = $1`, [id]);
    return row && toPlanView(row);
  }

  /** Whether any plan exists (a first start seeds an empty database). */
  async any(): Promise<boolean> {
    return (await this.row(`SELECT 1 FROM plans LIMIT 1`)) !== null;
  }

  async viewByCode(code: string): Promise<PlanView | null> {
    const row = await this.row(`${PLAN_SELECT} WHERE p.code = $1`, [code]);
    return row && toPlanView(row);
  }

  /** This month (YYYY-MM) where the plan is: its own time zone's today. */
  async currentMonth(planId: string): Promise<string> {
    const [{ month }] = await this.rows<{ month: string }>(
      `SELECT to_char((now() AT TIME ZONE time_zone)::date, 'YYYY-MM') AS month FROM plans WHERE id = $1`,
      [planId],
    );
    return month;
  }

  /** The plan, locked for update to the end of the transaction. */
  async lock(id: string): Promise<PlanView | null> {
    const row = await this.row(`SELECT id FROM plans WHERE id = $1 FOR UPDATE`, [id]);
    return row && this.view(id);
  }

  /** Serialises imports of one plan, so two cannot interleave; held to the end of the transaction. */
  async lockForImport(code: string): Promise<void> {
    await this.db.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7243003))`, [code]);
  }

  /** A new plan's id, or null when the code is taken. */
  async insert(plan: NewPlan): Promise<string | null> {
    const row = await this.row<{ id: string }>(
      `INSERT INTO plans (code, title, region_code, period_start, period_end, document_number, issued_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [plan.code, plan.title, plan.regionCode, plan.periodStart, plan.periodEnd, plan.documentNumber, plan.issuedOn],
    );
    return row?.id ?? null;
  }

  async update(id: string, fields: PlanFields): Promise<void> {
    await this.db.query(
      `UPDATE plans SET title = $2, period_start = $3, period_end = $4, document_number = $5, issued_on = $6,
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [id, fields.title, fields.periodStart, fields.periodEnd, fields.documentNumber, fields.issuedOn],
    );
  }

  /** A plan document's plan, created or brought up to the document; its id. */
  async upsertFromDocument(plan: NewPlan, source: { file: string; line: number }): Promise<string> {
    const [row] = await this.rows<{ id: string }>(
      `INSERT INTO plans (code, title, region_code, period_start, period_end, document_number, issued_on, source_file, source_line)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (code) DO UPDATE SET title = EXCLUDED.title, region_code = EXCLUDED.region_code,
         period_start = EXCLUDED.period_start, period_end = EXCLUDED.period_end, document_number = EXCLUDED.document_number,
         issued_on = EXCLUDED.issued_on, source_file = EXCLUDED.source_file, source_line = EXCLUDED.source_line,
         version = plans.version + 1, updated_at = now()
       RETURNING id`,
      [plan.code, plan.title, plan.regionCode, plan.periodStart, plan.periodEnd, plan.documentNumber, plan.issuedOn, source.file, source.line],
    );
    return row.id;
  }

  /** The first year (and how many annual plans) of the plan's projects outside `start`–`end`, if any. */
  async annualPlansOutside(planId: string, start: number, end: number): Promise<{ year: number; n: number } | null> {
    return this.row<{ year: number; n: number }>(
      `SELECT a.year, count(*)::int AS n FROM project_annual_plans a JOIN projects p ON p.id = a.project_id
        WHERE p.plan_id = $1 AND (a.year < $2 OR a.year > $3) GROUP BY a.year ORDER BY a.year LIMIT 1`,
      [planId, start, end],
    );
  }

  async programs(planId: string): Promise<ProgramView[]> {
    return (await this.rows(`${PROGRAM_SELECT} WHERE g.plan_id = $1 GROUP BY g.id, pl.code ORDER BY g.number`, [planId])).map(toProgramView);
  }

  async program(id: string): Promise<ProgramView | null> {
    const row = await this.row(`${PROGRAM_SELECT} WHERE g.id = $1 GROUP BY g.id, pl.code`, [id]);
    return row && toProgramView(row);
  }

  /** Every program that declares a total (合计), of a plan or a region and those under it, in plan and number order. */
  async programsWithDeclaredTotals(scope: PlanScope): Promise<(ProgramView & { planCode: string })[]> {
    const params = new SqlParams();
    const where = ['(g.declared_land_mu IS NOT NULL OR g.declared_investment_wan IS NOT NULL)'];
    if (scope.planId) where.push(`g.plan_id = ${params.add(scope.planId)}`);
    if (scope.regionCode) where.push(`pl.region_code IN ${regionTreeSql(params.add(scope.regionCode))}`);
    const rows = await this.rows(`${PROGRAM_SELECT} WHERE ${where.join(' AND ')} GROUP BY g.id, pl.code ORDER BY pl.code, g.number`, params.values);
    return rows.map((row) => ({ ...toProgramView(row), planCode: row.plan_code as string }));
  }

  /** The plan a program belongs to, or null when there is no such program. */
  async planOfProgram(programId: string): Promise<string | null> {
    return (await this.row<{ plan_id: string }>(`SELECT plan_id FROM programs WHERE id = $1`, [programId]))?.plan_id ?? null;
  }

  /** Program ids by number. */
  async programIds(planId: string): Promise<Map<number, string>> {
    const rows = await this.rows<{ id: string; number: number }>(`SELECT id, number FROM programs WHERE plan_id = $1`, [planId]);
    return new Map(rows.map((r) => [r.number, r.id]));
  }

  /** A document's programs, created or brought up to it (untouched when equal); their ids by number. */
  async upsertPrograms(planId: string, programs: readonly ProgramInput[], file: string): Promise<Map<number, string>> {
    await this.db.query(
      `INSERT INTO programs (plan_id, number, title, kind, declared_land_mu, declared_investment_wan, source_file, source_line)
       SELECT $1, u.number, u.title, u.kind, u.land, u.investment, $2, u.line
         FROM unnest($3::smallint[], $4::text[], $5::text[], $6::numeric[], $7::numeric[], $8::int[]) AS u (number, title, kind, land, investment, line)
       ON CONFLICT (plan_id, number) DO UPDATE SET title = EXCLUDED.title, kind = EXCLUDED.kind,
         declared_land_mu = EXCLUDED.declared_land_mu, declared_investment_wan = EXCLUDED.declared_investment_wan,
         source_file = EXCLUDED.source_file, source_line = EXCLUDED.source_line
       WHERE (programs.title, programs.kind, programs.declared_land_mu, programs.declared_investment_wan, programs.source_line)
             IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.kind, EXCLUDED.declared_land_mu, EXCLUDED.declared_investment_wan, EXCLUDED.source_line)`,
      [
        planId,
        file,
        programs.map((p) => p.number),
        programs.map((p) => p.title),
        programs.map((p) => p.kind),
        programs.map((p) => p.declaredLandMu),
        programs.map((p) => p.declaredInvestmentWan),
        programs.map((p) => p.line),
      ],
    );
    return this.programIds(planId);
  }

  listBedTargets(scope: PlanScope, page: PageQuery): Promise<Page<BedTargetView>> {
    const params = new SqlParams();
    return paginate(this.run, {
      select: `SELECT b.*, p.region_code FROM bed_targets b JOIN plans p ON p.id = b.plan_id`,
      where: scopeSql(scope, params, 'b'),
      params,
      page,
      sortable: { subject: { column: 'b.subject', type: 'text' }, sourceLine: { column: 'b.source_line', type: 'integer' } },
      defaultSort: 'sourceLine',
      idColumn: 'b.id',
      map: toBedTargetView,
    });
  }

  listIndicators(scope: PlanScope, page: PageQuery): Promise<Page<IndicatorView>> {
    const params = new SqlParams();
    return paginate(this.run, {
      select: `SELECT x.*, p.region_code FROM indicators x JOIN plans p ON p.id = x.plan_id`,
      where: scopeSql(scope, params, 'x'),
      params,
      page,
      sortable: { position: { column: 'x.position', type: 'integer' }, name: { column: 'x.name', type: 'text' } },
      defaultSort: 'position',
      idColumn: 'x.id',
      map: toIndicatorView,
    });
  }

  /** A document's bed targets, as rows of bed_targets' columns: replaced as a whole, only when they differ. */
  replaceBedTargets(planId: string, rows: Row[]): Promise<void> {
    return this.replaceIfChanged('bed_targets', planId, rows);
  }

  /** A document's indicators, as rows of indicators' columns: replaced as a whole, only when they differ. */
  replaceIndicators(planId: string, rows: Row[]): Promise<void> {
    return this.replaceIfChanged('indicators', planId, rows);
  }

  /**
   * Bed targets and indicators have no natural key of their own: the plan's set is replaced as a whole, but only when
   * it differs, so a repeated import leaves the rows (and their ids) alone.
   */
  private async replaceIfChanged(table: 'bed_targets' | 'indicators', planId: string, rows: Row[]): Promise<void> {
    const columns = Object.keys(rows[0] ?? {});
    const current = await this.rows(`SELECT ${columns.length ? columns.join(', ') : '*'} FROM ${table} WHERE plan_id = $1 ORDER BY source_line, id`, [planId]);
    // numeric(18,4) reads back as '5.2000': compare decimals without their trailing zeros.
    const text = (v: unknown) => (v === null ? null : String(v).replace(/^(-?\d+)\.(\d*?)0+$/, (_, i, f) => (f ? `${i}.${f}` : i)));
    const normalise = (list: Row[]) => JSON.stringify(list.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, text(v)]))));
    if (rows.length === current.length && (rows.length === 0 || normalise(rows) === normalise(current))) return;
    await this.db.query(`DELETE FROM ${table} WHERE plan_id = $1`, [planId]);
    if (rows.length === 0) return;
    // The column names come from our own code (the importer's row builders), never from input.
    await this.db.query(
      `INSERT INTO ${table} (${columns.join(', ')})
       SELECT ${columns.join(', ')} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`,
      [JSON.stringify(rows)],
    );
  }
}

function scopeSql(scope: PlanScope, params: SqlParams, alias: string): string[] {
  const where: string[] = [];
  if (scope.planId) where.push(`${alias}.plan_id = ${params.add(scope.planId)}`);
  if (scope.regionCode) where.push(`p.region_code IN ${regionTreeSql(params.add(scope.regionCode))}`);
  return where;
}

export const sourceOf = (row: Row) => ({ file: row.source_file as string | null, line: row.source_line as number | null });

export function toPlanView(row: Row): PlanView {
  return {
    id: row.id as string,
    code: row.code as string,
    title: row.title as string,
    regionCode: row.region_code as string,
    regionName: row.region_name as string,
    periodStart: row.period_start as number,
    periodEnd: row.period_end as number,
    documentNumber: row.document_number as string | null,
    issuedOn: row.issued_on as string | null,
    timeZone: row.time_zone as string,
    source: sourceOf(row),
    version: row.version as number,
  };
}

export function toProgramView(row: Row): ProgramView {
  const declaredLand = row.declared_land_mu as string | null;
  const declaredInvestment = row.declared_investment_wan as string | null;
  const hasDeclared = declaredLand !== null || declaredInvestment !== null;
  // PostgreSQL's numeric difference: zero means equal to the last decimal. A figure the plan leaves out cannot disagree.
  const agrees = (difference: unknown) => difference === null || Number(difference) === 0;
  return {
    id: row.id as string,
    planId: row.plan_id as string,
    number: row.number as number,
    title: row.title as string,
    kind: row.kind as string,
    declared: hasDeclared ? { landMu: toNumber(declaredLand), investmentWan: toNumber(declaredInvestment) } : null,
    computed: { landMu: toNumber(row.computed_land_mu as string), investmentWan: toNumber(row.computed_investment_wan as string) },
    difference: hasDeclared
      ? { landMu: toNumber(row.difference_land_mu as string | null), investmentWan: toNumber(row.difference_investment_wan as string | null) }
      : null,
    reconciled: hasDeclared ? agrees(row.difference_land_mu) && agrees(row.difference_investment_wan) : null,
    projectCount: row.project_count as number,
    source: sourceOf(row),
  };
}

function toBedTargetView(row: Row): BedTargetView {
  return {
    id: row.id as string,
    planId: row.plan_id as string,
    regionCode: row.region_code as string,
    institutionId: row.institution_id as string | null,
    subject: row.subject as string,
    subjectKind: row.subject_kind as string,
    baselineYear: row.baseline_year as number,
    targetYear: row.target_year as number,
    baselineCount: row.baseline_count as number | null,
    baselineCountText: row.baseline_count_text as string | null,
    baselineBeds: row.baseline_beds as number | null,
    baselineBedsText: row.baseline_beds_text as string | null,
    targetCount: row.target_count as number | null,
    targetCountText: row.target_count_text as string | null,
    targetBeds: row.target_beds as number | null,
    targetBedsText: row.target_beds_text as string | null,
    source: sourceOf(row),
  };
}

function toIndicatorView(row: Row): IndicatorView {
  return {
    id: row.id as string,
    planId: row.plan_id as string,
    regionCode: row.region_code as string,
    position: row.position as number,
    domain: row.domain as string | null,
    name: row.name as string,
    unit: row.unit as string | null,
    baseline: toNumber(row.baseline as string | null),
    baselineText: row.baseline_text as string | null,
    target: toNumber(row.target as string | null),
    targetText: row.target_text as string | null,
    nature: row.nature as string | null,
    source: sourceOf(row),
  };
}
