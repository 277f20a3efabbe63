import { Injectable } from '@nestjs/common';
import { ProblemException, staleVersion, toNumber } from '@tracker/api-conventions';
import { recordChanges, type Actor } from '@tracker/audit';
import { queryRows } from '@tracker/database';
import { DataSource, type EntityManager } from 'typeorm';
import { FUNDING_SOURCES, FUNDING_STATUSES } from '../entities/funding-line.entity';
import type { ReplaceFundingDto } from './funding.dto';
import type { FundingView } from './funding.views';

type Row = Record<string, unknown>;

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

const notFound = (id: string) => new ProblemException(404, 'Not Found', `No project with id ${id}.`);

@Injectable()
export class FundingService {
  constructor(private readonly dataSource: DataSource) {}

  async get(projectId: string): Promise<FundingView> {
    const view = await read(this.dataSource.manager, projectId);
    if (!view) throw notFound(projectId);
    return view;
  }

  /** Replaces the project's whole set of funding lines; the project's version guards against lost updates. */
  async replace(projectId: string, expectedVersion: number, input: ReplaceFundingDto, actor: Actor): Promise<FundingView> {
    return recordChanges(this.dataSource.manager, actor, async (changes) => {
      const { manager } = changes;
      // Locking the project serialises concurrent replacements: exactly one sees its version still current.
      const [project] = await manager.query(`SELECT version FROM projects WHERE id = $1 FOR UPDATE`, [projectId]);
      if (!project) throw notFound(projectId);
      if (project.version !== expectedVersion) throw staleVersion(project.version);
      const before = (await read(manager, projectId))!;

      await queryRows(manager, `DELETE FROM funding_lines WHERE project_id = $1`, [projectId]);
      if (input.items.length > 0) {
        await manager.query(
          `INSERT INTO funding_lines (project_id, source, amount_wan, status, note)
           SELECT $1, t.source, t.amount_wan, t.status, t.note
             FROM unnest($2::text[], $3::numeric[], $4::text[], $5::text[]) AS t(source, amount_wan, status, note)`,
          [
            projectId,
            input.items.map((line) => line.source),
            input.items.map((line) => String(line.amountWan)),
            input.items.map((line) => line.status ?? 'planned'),
            input.items.map((line) => line.note ?? null),
          ],
        );
      }
      await queryRows(manager, `UPDATE projects SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING id`, [
        projectId,
      ]);
      const after = (await read(manager, projectId))!;

      await changes.audit('replace', 'funding', projectId, auditable(before), auditable(after));
      await changes.emit({
        type: 'funding.updated',
        aggregateType: 'funding',
        aggregateId: projectId,
        projectId,
        payload: { projectId, items: after.items, totalWan: after.totalWan, previousItems: before.items },
      });
      return after;
    });
  }
}

async function read(manager: EntityManager, projectId: string): Promise<FundingView | null> {
  const rows: Row[] = await manager.query(FUNDING_SQL, [projectId, FUNDING_SOURCES, FUNDING_STATUSES]);
  if (rows.length === 0) return null;
  const [first] = rows;
  return {
    projectId,
    items: rows
      .filter((row) => row.source !== null)
      .map((row) => ({
        source: row.source as string,
        amountWan: Number(row.amount_wan),
        status: row.status as string,
        note: row.note as string | null,
      })),
    totalWan: Number(first.total_wan),
    investmentWan: toNumber(first.investment_wan as string | null),
    balanced: first.balanced as boolean | null,
    differenceWan: toNumber(first.difference_wan as string | null),
    version: first.version as number,
  };
}

const auditable = (view: FundingView) => ({ items: view.items, totalWan: view.totalWan, version: view.version });
