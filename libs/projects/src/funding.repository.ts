import { toNumber } from '@tracker/api-conventions';
import { SqlRepository } from '@tracker/platform';
import type { EntityManager } from 'typeorm';
import type { FundingView } from './http/funding.views';
import { FUNDING_SOURCES, FUNDING_STATUSES } from './project.types';

type Row = Record<string, unknown>;

export interface FundingLineInput {
  source: string;
  amountWan: number;
  status: string;
  note: string | null;
}

// One statement, so lines and sums share a snapshot; a project without lines still yields its own row.
// Lines have no position of their own (a PUT writes them all at once), so they come back in the domain's order.
const FUNDING_SQL = `
  SELECT p.version, p.investment_wan, f.source, f.amount_wan, f.status, f.note,
         coalesce(sum(f.amount_wan) OVER (), 0) AS total_wan,
         coalesce(sum(f.amount_wan) OVER (), 0) - p.investment_wan AS difference_wan,
         coalesce(sum(f.amount_wan) OVER (), 0) = p.investment_wan AS balanced
    FROM projects p
    LEFT JOIN funding_lines f ON f.project_id = p.id
   WHERE p.id = $1
   ORDER BY array_position($2::text[], f.source), array_position($3::text[], f.status), f.amount_wan DESC, f.id`;

/** The funding_lines table: where a project's money comes from (中央预算内, 专项债 …), against its investment. */
export class FundingRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  /** Null when there is no such project. */
  async view(projectId: string): Promise<FundingView | null> {
    const rows = await this.rows(FUNDING_SQL, [projectId, FUNDING_SOURCES, FUNDING_STATUSES]);
    if (rows.length === 0) return null;
    const [first] = rows;
    return {
      projectId,
      items: rows.filter((row) => row.source !== null).map(toLine),
      totalWan: Number(first.total_wan),
      investmentWan: toNumber(first.investment_wan as string | null),
      balanced: first.balanced as boolean | null,
      differenceWan: toNumber(first.difference_wan as string | null),
      version: first.version as number,
    };
  }

  /** Replaces the project's whole set of lines. */
  async replace(projectId: string, lines: readonly FundingLineInput[]): Promise<void> {
    await this.db.query(`DELETE FROM funding_lines WHERE project_id = $1`, [projectId]);
    if (lines.length === 0) return;
    await this.db.query(
      `INSERT INTO funding_lines (project_id, source, amount_wan, status, note)
       SELECT $1, t.source, t.amount_wan, t.status, t.note
         FROM unnest($2::text[], $3::numeric[], $4::text[], $5::text[]) AS t(source, amount_wan, status, note)`,
      [projectId, lines.map((l) => l.source), lines.map((l) => String(l.amountWan)), lines.map((l) => l.status), lines.map((l) => l.note)],
    );
  }
}

const toLine = (row: Row) => ({ source: row.source as string, amountWan: Number(row.amount_wan), status: row.status as string, note: row.note as string | null });
