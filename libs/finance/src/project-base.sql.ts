import type { Grouping, YEAR_GROUPINGS } from './groupings';

// SQL text shared by finance's repositories (FinanceRepository, RollupsRepository), and imported only by them.

/**
 * One row per project with everything the totals need: its dimensions, its labels and its progress to date
 * (progress reports summed once). `where` filters the projects, written with the caller's parameters. With `year`
 * (a parameter placeholder) each row also carries that year's annual plan: its category and planned investment.
 *
 * Progress to date is summed from progress_year_amounts (one row per project and year, kept by triggers on the
 * progress feature's progress_reports), not from the monthly reports: a twelfth of the rows. Per project through its
 * primary key, so a query of one plan reads only its projects' rows; with `everyProject` in one pass over the table
 * instead, which for the whole portfolio is cheaper than 100,000 index look-ups.
 */
export function projectBaseSql(where: string, year: string | null = null, options: { everyProject?: boolean } = {}): string {
  const reports = options.everyProject
    ? `LEFT JOIN (SELECT project_id, sum(completed_wan) AS completed, sum(disbursed_wan) AS disbursed
                    FROM progress_year_amounts GROUP BY project_id) pr ON pr.project_id = p.id`
    : `LEFT JOIN LATERAL (SELECT sum(completed_wan) AS completed, sum(disbursed_wan) AS disbursed
                           FROM progress_year_amounts WHERE project_id = p.id) pr ON true`;
  return `
    SELECT p.id, p.plan_id, pl.title AS plan_title, p.program_id, p.tier,
           ${year ? 'ap.category AS annual_category, ap.plan_wan AS annual_plan_wan,' : ''}
           '专栏' || g.number || ' ' || g.title AS program_label,
           p.institution_id, i.name AS institution_name, p.region_code, r.name AS region_name,
           p.status, p.build_type, p.start_year,
           p.land_mu, p.investment_wan, p.floor_area_m2, p.beds,
           coalesce(pr.completed, 0) AS completed_investment_wan, coalesce(pr.disbursed, 0) AS disbursed_wan
      FROM projects p
      JOIN plans pl ON pl.id = p.plan_id
      JOIN regions r ON r.code = p.region_code
      LEFT JOIN programs g ON g.id = p.program_id
      LEFT JOIN institutions i ON i.id = p.institution_id
      ${year ? `LEFT JOIN project_annual_plans ap ON ap.project_id = p.id AND ap.year = ${year}` : ''}
      ${reports}
     ${where ? `WHERE ${where}` : ''}`;
}

// A project's build years. A project the plan lists without them is built over the plan's period (十四五:
// 2021–2025); one with only a start after that period, or only an end before it, is built in that one year.
// (Aliases: p, the project; pl, its plan.)
export const BUILD_START_SQL = 'coalesce(p.start_year, least(pl.period_start, p.end_year))';
export const BUILD_END_SQL = 'coalesce(p.end_year, greatest(pl.period_end, p.start_year))';
/**
 * This year's part of a project's investment where its annual plan of the year does not say: spread evenly over
 * its build years, to the 0.01 万元.
 */
export const ANNUAL_PLAN_SQL = `round(p.investment_wan / (${BUILD_END_SQL} - ${BUILD_START_SQL} + 1), 2)`;

export const PACE_MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * One row per project and year the pace counts it in, for the projects `where` selects (alias p): the years it is
 * built in (with an investment), and any other year with an annual plan; never while cancelled or suspended. Each
 * row has the even share of the project's investment (null for a year only its annual plan adds), to be replaced by
 * the year's annual plan where it has one (see paceProjectYearAmountsSql). The live pace
 * (FinanceRepository.pace) selects the same projects for one year.
 *
 * The years come from generate_series in the select list: a function scan per project in FROM took ~3 × as long.
 */
export function paceProjectYearsSql(where: string): string {
  const selected = `p.status NOT IN ('cancelled', 'suspended') AND ${where}`;
  return `
      SELECT p.plan_id, p.id AS project_id, ${ANNUAL_PLAN_SQL} AS even_wan,
             generate_series(${BUILD_START_SQL}::int, ${BUILD_END_SQL}::int)::smallint AS year
        FROM projects p JOIN plans pl ON pl.id = p.plan_id
       WHERE p.investment_wan IS NOT NULL AND ${selected}
       UNION ALL
      SELECT p.plan_id, p.id, NULL, ap.year
        FROM project_annual_plans ap JOIN projects p ON p.id = ap.project_id JOIN plans pl ON pl.id = p.plan_id
       WHERE ap.plan_wan IS NOT NULL AND ${selected}
         AND NOT (p.investment_wan IS NOT NULL AND ap.year BETWEEN ${BUILD_START_SQL} AND ${BUILD_END_SQL})`;
}

/**
 * The rows of paceProjectYearsSql (`years`: a table, or that query in brackets) with the year's planned investment,
 * its completed investment and the months of that.
 */
export function paceProjectYearAmountsSql(years: string): string {
  return `
    SELECT y.plan_id, y.year, y.project_id, coalesce(ap.plan_wan, y.even_wan) AS annual_plan_wan,
           coalesce(a.completed_wan, 0) AS completed_wan, ${PACE_MONTHS.map((m) => `a.m${m}`).join(', ')}
      FROM ${years} y
      LEFT JOIN project_annual_plans ap ON ap.project_id = y.project_id AND ap.year = y.year
      LEFT JOIN progress_year_amounts a ON a.project_id = y.project_id AND a.year = y.year`;
}

/** The year's planned investment of a group of base rows built with a year. */
export const ANNUAL_PLAN_MEASURE_SQL = 'coalesce(sum(b.annual_plan_wan), 0) AS annual_plan_wan';

/** The measures of a group of base rows. */
export const MEASURES_SQL = `
  count(*)::int AS project_count,
  coalesce(sum(b.land_mu), 0) AS land_mu,
  coalesce(sum(b.investment_wan), 0) AS investment_wan,
  coalesce(sum(b.floor_area_m2), 0) AS floor_area_m2,
  coalesce(sum(b.beds), 0) AS beds,
  coalesce(sum(b.completed_investment_wan), 0) AS completed_investment_wan,
  coalesce(sum(b.disbursed_wan), 0) AS disbursed_wan`;

/** Funding lines grouped by source, for the projects that `where` selects (alias p). */
export function fundingBySourceSql(where: string): string {
  return `
    SELECT f.source AS key, f.source AS label, count(DISTINCT f.project_id)::int AS project_count,
           0 AS land_mu, coalesce(sum(f.amount_wan), 0) AS investment_wan, 0 AS floor_area_m2, 0 AS beds,
           0 AS completed_investment_wan, 0 AS disbursed_wan
      FROM funding_lines f JOIN projects p ON p.id = f.project_id
     ${where ? `WHERE ${where}` : ''}
     GROUP BY f.source`;
}

type YearGrouping = (typeof YEAR_GROUPINGS)[number];

/**
 * How each grouping (except fundingSource, which groups funding lines, and the year's groupings) keys and labels a
 * project row of the per-project base table `b`. Only these fixed expressions reach SQL text.
 */
export const PROJECT_GROUPINGS: Record<Exclude<Grouping, 'fundingSource' | YearGrouping>, { key: string; label: string }> = {
  plan: { key: 'b.plan_id::text', label: 'b.plan_title' },
  program: { key: "coalesce(b.program_id::text, '')", label: "coalesce(b.program_label, '未归入专栏')" },
  institution: { key: "coalesce(b.institution_id::text, '')", label: "coalesce(b.institution_name, '未指定机构')" },
  region: { key: 'b.region_code', label: 'b.region_name' },
  status: { key: 'b.status', label: 'b.status' },
  buildType: { key: 'b.build_type', label: 'b.build_type' },
  startYear: { key: "coalesce(b.start_year::text, '')", label: "coalesce(b.start_year::text || '年', '未定')" },
  tier: { key: "coalesce(b.tier, '')", label: "coalesce(b.tier, '未分层次')" },
};

/** The year's groupings, over a base table built with the year (see projectBaseSql). */
export const ANNUAL_GROUPINGS: Record<YearGrouping, { key: string; label: string }> = {
  annualCategory: { key: "coalesce(b.annual_category, '')", label: "coalesce(b.annual_category, '')" },
};
