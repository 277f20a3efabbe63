import { SqlRepository } from '@tracker/platform';
import type { EntityManager } from 'typeorm';

/** One project's line of the bureau's sheet; decimals as text, exactly as stored. */
export interface AnnualSheetLine {
  code: string;
  name: string;
  tier: string | null;
  institutionName: string | null;
  investmentWan: string | null;
  buildType: string;
  status: string;
  category: string | null;
  planWan: string | null;
  task: string | null;
  quarters: { planWan: string | null; work: string | null }[];
  /** Only when the month's figures may be shown: approved in its round, or reported outside any round. */
  progressText: string | null;
  cumulativeWan: string | null;
  /** The round's report status of the month, if the project is in a round of it. */
  reportStatus: string | null;
}

export interface AnnualSheetData {
  regionName: string;
  planTitle: string;
  lines: AnnualSheetLine[];
  /** 合计 of the lines, summed by PostgreSQL. */
  totals: { investmentWan: string; planWan: string; cumulativeWan: string; quarterPlanWan: string[] };
}

/**
 * What the bureau's 投资路线图 / 进展情况表 of a plan shows for a year and a month: reads projects, annual plans,
 * progress reports and round reports; writes nothing.
 */
export class AnnualSheetRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  /** Null when there is no such plan. Projects of the plan that are not cancelled, by category then code. */
  async sheet(planId: string, year: number, period: string): Promise<AnnualSheetData | null> {
    const plan = await this.row<{ title: string; region_name: string }>(
      `SELECT pl.title, coalesce(g.full_name, g.name) AS region_name FROM plans pl JOIN regions g ON g.code = pl.region_code WHERE pl.id = $1`,
      [planId],
    );
    if (!plan) return null;
    const rows = await this.rows(
      `WITH lines AS (
         SELECT p.code, p.name, p.tier, i.name AS institution_name, p.investment_wan, p.build_type, p.status,
                ap.category, ap.plan_wan, ap.task,
                ap.q1_plan_wan, ap.q2_plan_wan, ap.q3_plan_wan, ap.q4_plan_wan, ap.q1_work, ap.q2_work, ap.q3_work, ap.q4_work,
                rr.status AS report_status,
                -- The month's figures show when approved in their round, or when no round asked for them.
                (pr.id IS NOT NULL AND (rr.status IS NULL OR rr.status = 'approved')) AS shown,
                pr.progress_text,
                (SELECT sum(x.completed_investment_wan) FROM progress_reports x WHERE x.project_id = p.id AND x.period <= $3::date) AS cumulative
           FROM projects p
           LEFT JOIN institutions i ON i.id = p.institution_id
           LEFT JOIN project_annual_plans ap ON ap.project_id = p.id AND ap.year = $2
           LEFT JOIN progress_reports pr ON pr.project_id = p.id AND pr.period = $3::date
           LEFT JOIN round_reports rr ON rr.project_id = p.id AND rr.period = $3::date
          WHERE p.plan_id = $1 AND p.status <> 'cancelled'
       )
       SELECT l.*,
              CASE WHEN l.shown THEN l.progress_text END AS shown_text,
              CASE WHEN l.shown THEN l.cumulative END AS shown_cumulative,
              coalesce(sum(l.investment_wan) OVER (), 0)::text AS total_investment,
              coalesce(sum(l.plan_wan) OVER (), 0)::text AS total_plan,
              coalesce(sum(CASE WHEN l.shown THEN l.cumulative END) OVER (), 0)::text AS total_cumulative,
              coalesce(sum(l.q1_plan_wan) OVER (), 0)::text AS total_q1, coalesce(sum(l.q2_plan_wan) OVER (), 0)::text AS total_q2,
              coalesce(sum(l.q3_plan_wan) OVER (), 0)::text AS total_q3, coalesce(sum(l.q4_plan_wan) OVER (), 0)::text AS total_q4
         FROM lines l
        ORDER BY array_position(ARRAY['continuing', 'new', 'preparatory', 'completing']::text[], l.category) NULLS LAST, l.code`,
      [planId, year, `${period}-01`],
    );
    const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
    const first = rows[0];
    return {
      regionName: plan.region_name,
      planTitle: plan.title,
      lines: rows.map((r) => ({
        code: r.code as string,
        name: r.name as string,
        tier: text(r.tier),
        institutionName: text(r.institution_name),
        investmentWan: text(r.investment_wan),
        buildType: r.build_type as string,
        status: r.status as string,
        category: text(r.category),
        planWan: text(r.plan_wan),
        task: text(r.task),
        quarters: [1, 2, 3, 4].map((q) => ({ planWan: text(r[`q${q}_plan_wan`]), work: text(r[`q${q}_work`]) })),
        progressText: text(r.shown_text),
        cumulativeWan: text(r.shown_cumulative),
        reportStatus: text(r.report_status),
      })),
      totals: {
        investmentWan: text(first?.total_investment) ?? '0',
        planWan: text(first?.total_plan) ?? '0',
        cumulativeWan: text(first?.total_cumulative) ?? '0',
        quarterPlanWan: [1, 2, 3, 4].map((q) => text(first?.[`total_q${q}`]) ?? '0'),
      },
    };
  }
}
