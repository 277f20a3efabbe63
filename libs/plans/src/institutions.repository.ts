import { paginate, SqlParams, type Page, type PageQuery } from '@tracker/api-conventions';
import { inBatches, SqlRepository } from '@tracker/platform';
import { regionTreeSql } from '@tracker/regions';
import type { EntityManager } from 'typeorm';
import type { InstitutionView } from './http/plan.views';
import { sourceOf } from './plans.repository';

type Row = Record<string, unknown>;

export interface InstitutionRef {
  id: string;
  name: string;
}

export interface InstitutionFilter {
  /** A region and those under it. */
  regionCode?: string;
  category?: string;
  /** Part of the name. */
  q?: string;
}

/** An institution a plan document or a list names, with the category to give it and where it was read. */
export interface NamedInstitution {
  name: string;
  category: string;
  line: number;
}

/** The institutions table (医疗卫生机构 by region): the plans' 建设单位, and the scope of manager keys. */
export class InstitutionsRepository extends SqlRepository {
  constructor(db: EntityManager) {
    super(db);
  }

  list(filter: InstitutionFilter, page: PageQuery): Promise<Page<InstitutionView>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (filter.regionCode) where.push(`i.region_code IN ${regionTreeSql(params.add(filter.regionCode))}`);
    if (filter.category) where.push(`i.category = ${params.add(filter.category)}`);
    if (filter.q) where.push(`strpos(i.name, ${params.add(filter.q)}) > 0`);
    return paginate(this.run, {
      select: `SELECT i.* FROM institutions i`,
      where,
      params,
      page,
      sortable: { name: { column: 'i.name', type: 'text', notNull: true }, regionCode: { column: 'i.region_code', type: 'text', notNull: true } },
      defaultSort: 'name',
      idColumn: 'i.id',
      map: toInstitutionView,
    });
  }

  async view(id: string): Promise<InstitutionView | null> {
    const row = await this.row(`SELECT * FROM institutions WHERE id = $1`, [id]);
    return row && toInstitutionView(row);
  }

  async exists(id: string): Promise<boolean> {
    return (await this.row(`SELECT 1 FROM institutions WHERE id = $1`, [id])) !== null;
  }

  /** A new institution, or null when the region has one of that name. */
  async insert(name: string, regionCode: string, category: string): Promise<InstitutionView | null> {
    const row = await this.row(
      `INSERT INTO institutions (name, region_code, category) VALUES ($1, $2, $3) ON CONFLICT (region_code, name) DO NOTHING RETURNING *`,
      [name, regionCode, category],
    );
    return row && toInstitutionView(row);
  }

  /** The institutions of these ids that exist, by name. */
  async refsOf(ids: readonly string[]): Promise<InstitutionRef[]> {
    if (ids.length === 0) return [];
    return this.rows<InstitutionRef>(`SELECT id, name FROM institutions WHERE id = ANY($1::uuid[]) ORDER BY name, id`, [ids]);
  }

  /** Every institution of a region, by exact name. */
  async idsByName(regionCode: string): Promise<Map<string, string>> {
    const rows = await this.rows<InstitutionRef>(`SELECT id, name FROM institutions WHERE region_code = $1`, [regionCode]);
    return new Map(rows.map((r) => [r.name, r.id]));
  }

  /** Institutions by exact name, created where missing; every name's id, and the views of those created. */
  async ensure(regionCode: string, institutions: readonly NamedInstitution[], file: string): Promise<{ ids: Map<string, string>; created: InstitutionView[] }> {
    const created: InstitutionView[] = [];
    for (const batch of inBatches(institutions)) {
      const rows = await this.rows(
        `INSERT INTO institutions (name, region_code, category, source_file, source_line)
         SELECT i.name, $1, i.category, $2, i.line FROM unnest($3::text[], $4::text[], $5::int[]) AS i (name, category, line)
         ON CONFLICT (region_code, name) DO NOTHING RETURNING *`,
        [regionCode, file, batch.map((i) => i.name), batch.map((i) => i.category), batch.map((i) => i.line)],
      );
      created.push(...rows.map(toInstitutionView));
    }
    const rows = await this.rows<InstitutionRef>(`SELECT id, name FROM institutions WHERE region_code = $1 AND name = ANY($2::text[])`, [
      regionCode,
      institutions.map((i) => i.name),
    ]);
    return { ids: new Map(rows.map((r) => [r.name, r.id])), created };
  }

  /** Gives institutions the category given where theirs differs (a plan document is the authority on its own). */
  async correctCategories(regionCode: string, institutions: readonly { name: string; category: string }[]): Promise<{ before: InstitutionView; after: InstitutionView }[]> {
    if (institutions.length === 0) return [];
    const rows = await this.rows<{ before: Row; after: Row }>(
      `WITH given AS (SELECT * FROM unnest($2::text[], $3::text[]) AS g (name, category)),
            old AS (SELECT i.* FROM institutions i JOIN given g ON g.name = i.name WHERE i.region_code = $1 AND i.category <> g.category FOR UPDATE)
       UPDATE institutions i SET category = g.category, version = i.version + 1, updated_at = now()
         FROM given g, old o WHERE o.id = i.id AND g.name = i.name
       RETURNING to_jsonb(o) AS before, to_jsonb(i) AS after`,
      [regionCode, institutions.map((i) => i.name), institutions.map((i) => i.category)],
    );
    return rows.map((row) => ({ before: toInstitutionView(row.before), after: toInstitutionView(row.after) }));
  }
}

export function toInstitutionView(row: Row): InstitutionView {
  return {
    id: row.id as string,
    name: row.name as string,
    regionCode: row.region_code as string,
    category: row.category as string,
    source: sourceOf(row),
    version: row.version as number,
  };
}
