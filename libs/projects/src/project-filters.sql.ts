import type { SqlParams } from '@tracker/api-conventions';
import type { ProjectFilters } from './http/project.dto';
import { regionTreeSql } from '@tracker/regions';


/**
 * The WHERE conditions (on projects aliased `p`) for the filters, with every value bound through `params`.
 * /projects and the finance figures use this one function, so a total always describes the listed projects.
 */
export function projectFilterSql(filters: ProjectFilters, params: SqlParams): string[] {
  const where: string[] = [];
  const equals: [keyof ProjectFilters, string][] = [
    ['planId', 'p.plan_id'],
    ['programId', 'p.program_id'],
    ['institutionId', 'p.institution_id'],
    ['status', 'p.status'],
    ['buildType', 'p.build_type'],
    ['startYear', 'p.start_year'],
  ];
  for (const [field, column] of equals) {
    if (filters[field] !== undefined) where.push(`${column} = ${params.add(filters[field])}`);
  }
  if (filters.regionCode) where.push(`p.region_code IN ${regionTreeSql(params.add(filters.regionCode))}`);
  if (filters.q) {
    // LIKE with escaped wildcards, so the trigram indexes on name and content serve it.
    const pattern = params.add(`%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(p.name LIKE ${pattern} OR p.content LIKE ${pattern})`);
  }
  return where;
}
