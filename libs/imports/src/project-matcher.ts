import { institutionNameKey, projectNameKey, type ParsedProject } from '@tracker/plan-parser';

/** A project the plan already holds, as the matcher needs it. */
export interface ExistingProject {
  id: string;
  code: string;
  name: string;
  institutionName: string | null;
}

export type MatchedBy = 'code' | 'name';

export interface Match<P> {
  row: P;
  existing: ExistingProject | null;
  by: MatchedBy | null;
}

/** A row that cannot be matched with certainty: refused, with the place and both projects named. */
export class ImportConflictError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export interface MatchOptions<P> {
  /** Where a row is, for messages: '工作表“项目表”第 12 行', '第 492 行'. */
  placeOf: (row: P) => string;
  /** A code the row itself gives (项目代码): one that belongs to a project of another name is refused. */
  givenCodeOf?: (row: P) => string | null;
  lineOf: (row: P) => number;
}

/**
 * Rows of a list or document against the projects the plan holds. A row is the project with its code, else the
 * project with its normalised name (spaces, brackets, a trailing 项目 ignored) and the same institution (or none
 * recorded on either side). It is refused when the tracker cannot be sure: a code that belongs to a project of
 * another name, two projects the row could be, or two rows that would be the same project. A list never doubles a
 * plan and never merges two projects.
 */
export function matchProjects<P extends Pick<ParsedProject, 'code' | 'name' | 'institutionName'>>(
  rows: readonly P[],
  existing: readonly ExistingProject[],
  options: MatchOptions<P>,
): Match<P>[] {
  const byCode = new Map(existing.map((project) => [project.code, project]));
  const byName = new Map<string, ExistingProject[]>();
  for (const project of existing) {
    const key = projectNameKey(project.name);
    byName.set(key, [...(byName.get(key) ?? []), project]);
  }
  const claimed = new Map<string, P>();
  const describe = (project: ExistingProject) => `“${project.name}”（${project.code}${project.institutionName ? `，${project.institutionName}` : ''}）`;

  return rows.map((row) => {
    const nameKey = projectNameKey(row.name);
    let match: Match<P> = { row, existing: null, by: null };
    const sameCode = byCode.get(row.code);
    if (sameCode) {
      if (projectNameKey(sameCode.name) !== nameKey) {
        const given = options.givenCodeOf?.(row);
        throw new ImportConflictError(
          `${options.placeOf(row)}：${given ? `项目代码 ${given}` : `生成的项目代码 ${row.code}`} 已属于另一个名称的项目 ${describe(sameCode)}，` +
            `与这一行的“${row.name}”不同；请核对项目代码${given ? '' : '或项目名称'}`,
          options.lineOf(row),
        );
      }
      match = { row, existing: sameCode, by: 'code' };
    } else {
      const institutionKey = row.institutionName ? institutionNameKey(row.institutionName) : null;
      const candidates = (byName.get(nameKey) ?? []).filter(
        (project) => institutionKey === null || project.institutionName === null || institutionNameKey(project.institutionName) === institutionKey,
      );
      if (candidates.length > 1) {
        throw new ImportConflictError(
          `${options.placeOf(row)}：“${row.name}”可能是 ${candidates.slice(0, 3).map(describe).join('，也可能是 ')}，无法确定是哪一个；` +
            `请写明建设单位或项目代码`,
          options.lineOf(row),
        );
      }
      if (candidates.length === 1) match = { row, existing: candidates[0], by: 'name' };
    }
    if (match.existing) {
      const earlier = claimed.get(match.existing.id);
      if (earlier) {
        throw new ImportConflictError(
          `${options.placeOf(row)} 与 ${options.placeOf(earlier)} 都是已有项目 ${describe(match.existing)}；请合并或删去其中一行`,
          options.lineOf(row),
        );
      }
      claimed.set(match.existing.id, row);
    }
    return match;
  });
}
