import { paginate, SqlParams, toNumber, type Page, type PageQuery } from '@tracker/api-conventions';
import { SqlRepository } from '@tracker/platform';
import type { EntityManager } from 'typeorm';
import type { Attention, MyProjectView } from './my-projects.views';

type Row = Record<string, unknown>;

/** Days ahead in which an open milestone counts as due. */
export const DUE_WITHIN_DAYS = 30;

/**
 * A manager's work list: the projects of some institutions with what they owe. Reads projects, milestones,
 * progress reports and reporting rounds (the projects, milestones and reporting features' tables); writes nothing.
 * Dates are days of each project's plan's time zone.
 */
export class MyProjectsRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  /**
   * Ordered by attention (overdue, unreported, due, none), then by the earliest date that needs it (an overdue
   * milestone's planned date, a report's due date, a due milestone's planned date), then by id: `sort_key` holds
   * both, so keyset pages follow the order.
   */
  list(institutionIds: string[], page: PageQuery): Promise<Page<MyProjectView>> {
    const params = new SqlParams();
    const institutions = params.add(institutionIds);
    const select = `SELECT w.* FROM (
      SELECT p.id, p.code, p.name, p.status, p.plan_id, p.institution_id, i.name AS institution_name, p.investment_wan,
             coalesce(ms.overdue, 0) AS overdue_milestones, coalesce(ms.due, 0) AS due_milestones,
             coalesce(rr.owed, 0) AS unreported_reports, rr.due_date::text AS report_due_date,
             nx.next_milestone, to_char(pr.last_period, 'YYYY-MM') AS last_reported_period, a.attention,
             a.rank || ':' || coalesce(to_char(least(ms.first_overdue, rr.due_date, ms.first_due), 'YYYY-MM-DD'), '9999-12-31') AS sort_key
        FROM projects p
        JOIN plans pl ON pl.id = p.plan_id
        JOIN institutions i ON i.id = p.institution_id
        CROSS JOIN LATERAL (SELECT (now() AT TIME ZONE pl.time_zone)::date AS today) t
        LEFT JOIN LATERAL (
          SELECT count(*) FILTER (WHERE m.planned_date < t.today)::int AS overdue,
                 min(m.planned_date) FILTER (WHERE m.planned_date < t.today) AS first_overdue,
                 count(*) FILTER (WHERE m.planned_date BETWEEN t.today AND t.today + ${DUE_WITHIN_DAYS})::int AS due,
                 min(m.planned_date) FILTER (WHERE m.planned_date BETWEEN t.today AND t.today + ${DUE_WITHIN_DAYS}) AS first_due
            FROM milestones m WHERE m.project_id = p.id AND m.actual_date IS NULL
        ) ms ON true
        LEFT JOIN LATERAL (
          SELECT json_build_object('id', m.id, 'name', m.name, 'kind', m.kind, 'plannedDate', m.planned_date::text,
                                   'overdue', m.planned_date < t.today) AS next_milestone
            FROM milestones m WHERE m.project_id = p.id AND m.actual_date IS NULL
           ORDER BY m.planned_date, m.id LIMIT 1
        ) nx ON true
        LEFT JOIN LATERAL (
          SELECT count(*)::int AS owed, min(r.due_date) AS due_date,
                 bool_or(r.due_date < (now() AT TIME ZONE r.time_zone)::date) AS late
            FROM round_reports x JOIN reporting_rounds r ON r.id = x.round_id
           WHERE x.project_id = p.id AND r.status = 'open' AND x.status IN ('pending', 'draft', 'returned')
        ) rr ON true
        LEFT JOIN LATERAL (SELECT max(g.period) AS last_period FROM progress_reports g WHERE g.project_id = p.id) pr ON true
        CROSS JOIN LATERAL (
          SELECT CASE WHEN coalesce(ms.overdue, 0) > 0 OR coalesce(rr.late, false) THEN 1
                      WHEN coalesce(rr.owed, 0) > 0 THEN 2
                      WHEN coalesce(ms.due, 0) > 0 THEN 3
                      ELSE 4 END AS rank,
                 CASE WHEN coalesce(ms.overdue, 0) > 0 OR coalesce(rr.late, false) THEN 'overdue'
                      WHEN coalesce(rr.owed, 0) > 0 THEN 'unreported'
                      WHEN coalesce(ms.due, 0) > 0 THEN 'due'
                      ELSE 'none' END AS attention
        ) a
       WHERE p.institution_id = ANY(${institutions}::uuid[])
    ) w`;
    return paginate(this.run, {
      select,
      where: [],
      params,
      page,
      sortable: { attention: { column: 'w.sort_key', type: 'text', notNull: true } },
      defaultSort: 'attention',
      idColumn: 'w.id',
      map: toMyProjectView,
    });
  }
}

function toMyProjectView(row: Row): MyProjectView {
  return {
    id: row.id as string,
    code: row.code as string,
    name: row.name as string,
    status: row.status as string,
    planId: row.plan_id as string,
    institutionId: row.institution_id as string,
    institutionName: row.institution_name as string,
    investmentWan: toNumber(row.investment_wan as string | null),
    attention: row.attention as Attention,
    overdueMilestones: row.overdue_milestones as number,
    dueMilestones: row.due_milestones as number,
    unreportedReports: row.unreported_reports as number,
    reportDueDate: (row.report_due_date as string | null) ?? null,
    nextMilestone: (row.next_milestone as MyProjectView['nextMilestone']) ?? null,
    lastReportedPeriod: (row.last_reported_period as string | null) ?? null,
  };
}
