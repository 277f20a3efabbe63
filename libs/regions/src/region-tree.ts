/**
 * The codes of a region and of every region under it (provinces → cities → counties), as a subquery. Every
 * `regionCode` filter (plans, projects, finance) means "in this region", so a city's figures include its counties.
 */
export const regionTreeSql = (param: string) =>
  `(SELECT code FROM regions WHERE code = ${param} OR parent_code = ${param}
      OR parent_code IN (SELECT code FROM regions WHERE parent_code = ${param}))`;
