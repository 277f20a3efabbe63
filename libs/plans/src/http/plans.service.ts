import { Injectable } from '@nestjs/common';
import { paginate, ProblemException, SqlParams, toNumber, type Page } from '@tracker/api-conventions';
import { regionTreeSql } from '@tracker/database';
import { DataSource } from 'typeorm';
import type { BedTargetView, IndicatorView, InstitutionView, PlanView, ProgramView, RegionView } from './plan.views';
import type { InstitutionListQuery, PlanListQuery, PlanScopedQuery, RegionListQuery } from './plan.queries';

type Row = Record<string, unknown>;

const notFound = (what: string, id: string) => new ProblemException(404, 'Not Found', `No ${what} with id ${id}.`);

/** Reads of what the plans say: plans, their 专栏 programs with reconciliation, institutions, beds, indicators. */
@Injectable()
export class PlansService {
  constructor(private readonly dataSource: DataSource) {}

  private run = (sql: string, params: unknown[]) => this.dataSource.query(sql, params) as Promise<Row[]>;

  listPlans(query: PlanListQuery): Promise<Page<PlanView>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (query.regionCode) where.push(`p.region_code IN ${regionTreeSql(params.add(query.regionCode))}`);
    return paginate(this.run, {
      select: `SELECT p.*, r.name AS region_name FROM plans p JOIN regions r ON r.code = p.region_code`,
      where,
      params,
      page: query,
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

  /**
   * Regions (provinces, cities, counties) with the number of plans in each one's tree, so a client can offer the
   * regions worth filtering by. A plan counts for its own region, its parent and its grandparent (the depth of
   * regionTreeSql).
   */
  listRegions(query: RegionListQuery): Promise<Page<RegionView>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (query.level) where.push(`r.level = ${params.add(query.level)}`);
    if (query.parentCode) where.push(`r.parent_code = ${params.add(query.parentCode)}`);
    if (query.q) where.push(`strpos(r.name, ${params.add(query.q)}) > 0`);
    return paginate(this.run, {
      select: `SELECT r.*, coalesce(c.plan_count, 0)::int AS plan_count
                 FROM regions r
                 LEFT JOIN (SELECT up.code, count(*) AS plan_count
                              FROM plans pl
                              JOIN regions own ON own.code = pl.region_code
                              LEFT JOIN regions parent ON parent.code = own.parent_code
                             CROSS JOIN LATERAL (VALUES (own.code), (own.parent_code), (parent.parent_code)) AS up (code)
                             WHERE up.code IS NOT NULL
                             GROUP BY up.code) c ON c.code = r.code`,
      where,
      params,
      page: query,
      sortable: { code: { column: 'r.code', type: 'text', notNull: true }, name: { column: 'r.name', type: 'text', notNull: true } },
      defaultSort: 'code',
      idColumn: 'r.code',
      map: (row: Row): RegionView => ({
        code: row.code as string,
        name: row.name as string,
        level: row.level as string,
        parentCode: (row.parent_code as string | null) ?? null,
        planCount: row.plan_count as number,
      }),
    });
  }

  async getPlan(id: string): Promise<PlanView> {
    const [row] = await this.run(
      `SELECT p.*, r.name AS region_name FROM plans p JOIN regions r ON r.code = p.region_code WHERE p.id = $1`,
      [id],
    );
    if (!row) throw notFound('plan', id);
    return toPlanView(row);
  }

  async listPrograms(planId: string): Promise<ProgramView[]> {
    await this.getPlan(planId);
    return (await this.run(`${PROGRAM_SELECT} WHERE g.plan_id = $1 GROUP BY g.id ORDER BY g.number`, [planId])).map(
      toProgramView,
    );
  }

  async getProgram(id: string): Promise<ProgramView> {
    const [row] = await this.run(`${PROGRAM_SELECT} WHERE g.id = $1 GROUP BY g.id`, [id]);
    if (!row) throw notFound('program', id);
    return toProgramView(row);
  }

  listInstitutions(query: InstitutionListQuery): Promise<Page<InstitutionView>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (query.regionCode) where.push(`i.region_code IN ${regionTreeSql(params.add(query.regionCode))}`);
    if (query.category) where.push(`i.category = ${params.add(query.category)}`);
    if (query.q) where.push(`strpos(i.name, ${params.add(query.q)}) > 0`);
    return paginate(this.run, {
      select: `SELECT i.* FROM institutions i`,
      where,
      params,
      page: query,
      sortable: { name: { column: 'i.name', type: 'text', notNull: true }, regionCode: { column: 'i.region_code', type: 'text', notNull: true } },
      defaultSort: 'name',
      idColumn: 'i.id',
      map: toInstitutionView,
    });
  }

  async getInstitution(id: string): Promise<InstitutionView> {
    const [row] = await this.run(`SELECT i.* FROM institutions i WHERE i.id = $1`, [id]);
    if (!row) throw notFound('institution', id);
    return toInstitutionView(row);
  }

  listBedTargets(query: PlanScopedQuery): Promise<Page<BedTargetView>> {
    const params = new SqlParams();
    return paginate(this.run, {
      select: `SELECT b.*, p.region_code FROM bed_targets b JOIN plans p ON p.id = b.plan_id`,
      where: planScope(query, params, 'b'),
      params,
      page: query,
      sortable: { subject: { column: 'b.subject', type: 'text' }, sourceLine: { column: 'b.source_line', type: 'integer' } },
      defaultSort: 'sourceLine',
      idColumn: 'b.id',
      map: toBedTargetView,
    });
  }

  listIndicators(query: PlanScopedQuery): Promise<Page<IndicatorView>> {
    const params = new SqlParams();
    return paginate(this.run, {
      select: `SELECT x.*, p.region_code FROM indicators x JOIN plans p ON p.id = x.plan_id`,
      where: planScope(query, params, 'x'),
      params,
      page: query,
      sortable: { position: { column: 'x.position', type: 'integer' }, name: { column: 'x.name', type: 'text' } },
      defaultSort: 'position',
      idColumn: 'x.id',
      map: toIndicatorView,
    });
  }
}

function planScope(query: PlanScopedQuery, params: SqlParams, alias: string): string[] {
  const where: string[] = [];
  if (query.planId) where.push(`${alias}.plan_id = ${params.add(query.planId)}`);
  if (query.regionCode) where.push(`p.region_code IN ${regionTreeSql(params.add(query.regionCode))}`);
  return where;
}

// Declared totals against the exact SQL sum of the program's projects.
const PROGRAM_SELECT = `
  SELECT g.*, count(pr.id)::int AS project_count,
         coalesce(sum(pr.land_mu), 0) AS computed_land_mu,
         coalesce(sum(pr.investment_wan), 0) AS computed_investment_wan
    FROM programs g LEFT JOIN projects pr ON pr.program_id = g.id`;

const source = (row: Row) => ({ file: row.source_file as string | null, line: row.source_line as number | null });

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
    source: source(row),
    version: row.version as number,
  };
}

export function toProgramView(row: Row): ProgramView {
  const declaredLand = row.declared_land_mu as string | null;
  const declaredInvestment = row.declared_investment_wan as string | null;
  const hasDeclared = declaredLand !== null || declaredInvestment !== null;
  const computedLand = row.computed_land_mu as string;
  const computedInvestment = row.computed_investment_wan as string;
  // Exact comparison of decimals: numeric values normalised by Number() agree iff the decimals agree here,
  // because both sides have at most 4 decimals and 15 significant digits.
  const agrees = (declared: string | null, computed: string) => declared === null || Number(declared) === Number(computed);
  return {
    id: row.id as string,
    planId: row.plan_id as string,
    number: row.number as number,
    title: row.title as string,
    kind: row.kind as string,
    declared: hasDeclared ? { landMu: toNumber(declaredLand), investmentWan: toNumber(declaredInvestment) } : null,
    computed: { landMu: toNumber(computedLand), investmentWan: toNumber(computedInvestment) },
    reconciled: hasDeclared ? agrees(declaredLand, computedLand) && agrees(declaredInvestment, computedInvestment) : null,
    projectCount: row.project_count as number,
    source: source(row),
  };
}

export function toInstitutionView(row: Row): InstitutionView {
  return {
    id: row.id as string,
    name: row.name as string,
    regionCode: row.region_code as string,
    category: row.category as string,
    source: source(row),
    version: row.version as number,
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
    source: source(row),
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
    source: source(row),
  };
}
