/**
 * One row per project with everything the totals need: its dimensions, its labels and its progress to date
 * (progress reports summed once). `where` filters the projects, written with the caller's parameters.
 */
export function projectBaseSql(where: string): string {
  return `
    SELECT p.id, p.plan_id, pl.title AS plan_title, p.program_id,
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
      -- Per project through the (project_id, period) index, so a one-plan query reads only that plan's reports.
      LEFT JOIN LATERAL (SELECT sum(completed_investment_wan) AS completed, sum(disbursed_wan) AS disbursed
                           FROM progress_reports WHERE project_id = p.id) pr ON true
     ${where ? `WHERE ${where}` : ''}`;
}

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
