import { provinceOf, type ParsedInstitution, type ParsedPlanDocument, type ParsedProject } from '@tracker/plan-parser';
import { recordChanges, type Actor, type ChangeRecorder } from '@tracker/audit';
import type { EntityManager } from 'typeorm';
import type { ImportAction, ImportedProject, ImportReport } from './import-report';
import type { ParsedImport } from './import-source';

/** The import refers to something that does not exist (a plan code for a project list). */
export class ImportTargetError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

type Row = Record<string, unknown>;

/** Rolls a dry run back after computing exactly what a real run would do. */
class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

/**
 * Writes a parsed plan document: one transaction, all or nothing. Idempotent: every record is keyed by something
 * stable (region code, plan code, program number, institution name, project code), rows that did not change are
 * not touched, so importing the same document twice changes nothing; a newer version of a document updates its
 * projects in place. A dry run does the same work and rolls it back, so its preview is exact.
 */
export async function runImport(
  manager: EntityManager,
  parsed: ParsedImport,
  options: { file: string; actor: Actor; dryRun: boolean },
): Promise<ImportReport> {
  const started = performance.now();
  try {
    return await recordChanges(manager, options.actor, async (changes) => {
      const report =
        parsed.kind === 'plan-document'
          ? await writeDocument(changes, parsed.document, options.file, options.dryRun)
          : await writeProjectSheet(changes, parsed, options.file, options.dryRun);
      report.durationMs = Math.round(performance.now() - started);
      if (options.dryRun) throw new DryRunRollback(report);
      return report;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report;
    throw error;
  }
}

async function writeDocument(
  changes: ChangeRecorder,
  document: ParsedPlanDocument,
  file: string,
  dryRun: boolean,
): Promise<ImportReport> {
  const q = changes.manager;
  const { plan } = document;
  // Serialise imports of the same plan, so two concurrent imports cannot interleave their upserts.
  await q.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7243003))`, [plan.code]);

  // The region, its parent, and the province above them (from the division code), so that every regionCode
  // filter above the plan's own region finds it.
  const province = provinceOf(plan.regionCode);
  if (province) await upsertRegion(q, province.code, province.name, null, 'province');
  const parent = plan.parentRegion && plan.parentRegion.code !== province?.code ? plan.parentRegion : null;
  if (parent) await upsertRegion(q, parent.code, parent.name, provinceOf(parent.code)?.code ?? null);
  await upsertRegion(q, plan.regionCode, plan.regionName, plan.parentRegion?.code ?? null, plan.regionLevel);
  if (!plan.parentRegion && province) {
    // A plan that names no parent hangs under its province, unless the region already has a parent (a city).
    await q.query(`UPDATE regions SET parent_code = $2 WHERE code = $1 AND parent_code IS NULL`, [plan.regionCode, province.code]);
  }

  const [planRow] = await q.query(
    `INSERT INTO plans (code, title, region_code, period_start, period_end, document_number, issued_on, source_file, source_line)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (code) DO UPDATE SET title = EXCLUDED.title, region_code = EXCLUDED.region_code,
       period_start = EXCLUDED.period_start, period_end = EXCLUDED.period_end,
       document_number = EXCLUDED.document_number, issued_on = EXCLUDED.issued_on,
       source_file = EXCLUDED.source_file, source_line = EXCLUDED.source_line,
       version = plans.version + 1, updated_at = now()
     WHERE (plans.title, plans.region_code, plans.period_start, plans.period_end, plans.document_number,
            plans.issued_on, plans.source_file, plans.source_line)
       IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.region_code, EXCLUDED.period_start, EXCLUDED.period_end,
            EXCLUDED.document_number, EXCLUDED.issued_on, EXCLUDED.source_file, EXCLUDED.source_line)
     RETURNING id, (xmax = 0) AS inserted`,
    [plan.code, plan.title, plan.regionCode, plan.periodStart, plan.periodEnd, plan.documentNumber, plan.issuedOn, file, plan.source.line],
  );
  const planAction: ImportAction = !planRow ? 'unchanged' : planRow.inserted ? 'create' : 'update';
  const planId: string = planRow?.id ?? (await q.query(`SELECT id FROM plans WHERE code = $1`, [plan.code]))[0].id;

  const programIds = new Map<number, string>();
  for (const program of document.programs) {
    const [row] = await q.query(
      `INSERT INTO programs (plan_id, number, title, kind, declared_land_mu, declared_investment_wan, source_file, source_line)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (plan_id, number) DO UPDATE SET title = EXCLUDED.title, kind = EXCLUDED.kind,
         declared_land_mu = EXCLUDED.declared_land_mu, declared_investment_wan = EXCLUDED.declared_investment_wan,
         source_file = EXCLUDED.source_file, source_line = EXCLUDED.source_line
       RETURNING id`,
      [planId, program.number, program.title, program.kind, program.declared?.landMu ?? null,
       program.declared?.investmentWan ?? null, file, program.source.line],
    );
    programIds.set(program.number, row.id);
  }

  const written = await writeProjects(changes, {
    planId,
    regionCode: plan.regionCode,
    file,
    programIds,
    institutions: document.institutions,
    projects: document.projects,
    // The plan document is the authority on its institutions' categories; a project list is not.
    updateCategories: true,
  });

  await replaceIfChanged(q, 'bed_targets', planId, bedTargetRows(document, planId, programIds, written.institutionIds, file));
  await replaceIfChanged(q, 'indicators', planId, indicatorRows(document, planId, file));

  const report = buildReport(written, {
    file,
    dryRun,
    plan: { code: plan.code, title: plan.title, action: planAction },
    programs: document.programs.length,
    bedTargets: document.bedTargets.length,
    indicators: document.indicators.length,
    reconciliation: document.reconciliation,
    warnings: document.warnings,
  });
  if (planAction !== 'unchanged' || report.counts.projectsCreated + report.counts.projectsUpdated > 0) {
    await changes.audit('import', 'plan', planId, null, { file, counts: report.counts });
  }
  return report;
}

/** A project list (csv, xlsx) for a plan already in the tracker. */
async function writeProjectSheet(
  changes: ChangeRecorder,
  sheet: Extract<ParsedImport, { kind: 'project-sheet' }>,
  file: string,
  dryRun: boolean,
): Promise<ImportReport> {
  const q = changes.manager;
  const [plan] = await q.query(`SELECT id, code, title, region_code FROM plans WHERE code = $1`, [sheet.planCode]);
  if (!plan) throw new ImportTargetError('planCode', `no plan with code ${sheet.planCode}`);
  await q.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7243003))`, [plan.code]);
  const programIds = new Map<number, string>(
    (await q.query(`SELECT id, number FROM programs WHERE plan_id = $1`, [plan.id])).map((r: Row) => [r.number as number, r.id as string]),
  );
  const names = [...new Set(sheet.projects.map((p) => p.institutionName).filter((n): n is string => Boolean(n)))];
  const written = await writeProjects(changes, {
    planId: plan.id,
    regionCode: plan.region_code,
    file,
    programIds,
    institutions: names.map((name) => ({ name, category: 'other', source: { file, line: 1 } })),
    projects: sheet.projects,
    updateCategories: false,
  });
  const report = buildReport(written, {
    file,
    dryRun,
    plan: { code: plan.code, title: plan.title, action: 'unchanged' },
    programs: 0,
    bedTargets: 0,
    indicators: 0,
    reconciliation: [],
    warnings: sheet.warnings,
  });
  if (report.counts.projectsCreated + report.counts.projectsUpdated > 0) {
    await changes.audit('import', 'plan', plan.id, null, { file, counts: report.counts });
  }
  return report;
}

interface WrittenProjects {
  institutionIds: Map<string, string>;
  institutionsCreated: number;
  imported: ImportedProject[];
  projectsNotInDocument: { code: string; name: string }[];
}

async function writeProjects(
  changes: ChangeRecorder,
  context: {
    planId: string;
    regionCode: string;
    file: string;
    programIds: Map<number, string>;
    institutions: ParsedInstitution[];
    projects: ParsedProject[];
    updateCategories: boolean;
  },
): Promise<WrittenProjects> {
  const q = changes.manager;
  const institutionIds = new Map<string, string>();
  let institutionsCreated = 0;
  for (const institution of context.institutions) {
    const [row] = await q.query(
      `INSERT INTO institutions (name, region_code, category, source_file, source_line) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (region_code, name) DO UPDATE
         SET category = CASE WHEN $6 THEN EXCLUDED.category ELSE institutions.category END
       RETURNING id, (xmax = 0) AS inserted`,
      [institution.name, context.regionCode, institution.category, context.file, institution.source.line, context.updateCategories],
    );
    institutionIds.set(institution.name, row.id);
    if (row.inserted) {
      institutionsCreated++;
      await changes.audit('create', 'institution', row.id, null, { name: institution.name, regionCode: context.regionCode });
    }
  }

  const existing = new Map<string, Row>(
    (await q.query(`SELECT * FROM projects WHERE plan_id = $1`, [context.planId])).map((row: Row) => [row.code as string, row]),
  );
  const imported: ImportedProject[] = [];
  for (const project of context.projects) {
    const action = await upsertProject(changes, project, {
      planId: context.planId,
      regionCode: context.regionCode,
      file: context.file,
      programId: project.programNumber === null ? null : (context.programIds.get(project.programNumber) ?? null),
      institutionId: project.institutionName ? (institutionIds.get(project.institutionName) ?? null) : null,
      before: existing.get(project.code) ?? null,
    });
    imported.push(toImportedProject(project, action, context.file));
  }
  const listed = new Set(context.projects.map((p) => p.code));
  const projectsNotInDocument = [...existing.values()]
    .filter((row) => row.source_file === context.file && !listed.has(row.code as string))
    .map((row) => ({ code: row.code as string, name: row.name as string }));
  return { institutionIds, institutionsCreated, imported, projectsNotInDocument };
}

function buildReport(
  written: WrittenProjects,
  rest: Pick<ImportReport, 'file' | 'dryRun' | 'plan' | 'reconciliation' | 'warnings'> & {
    programs: number;
    bedTargets: number;
    indicators: number;
  },
): ImportReport {
  const count = (action: ImportAction) => written.imported.filter((p) => p.action === action).length;
  return {
    file: rest.file,
    dryRun: rest.dryRun,
    plan: rest.plan,
    counts: {
      programs: rest.programs,
      institutionsCreated: written.institutionsCreated,
      projectsCreated: count('create'),
      projectsUpdated: count('update'),
      projectsUnchanged: count('unchanged'),
      bedTargets: rest.bedTargets,
      indicators: rest.indicators,
    },
    projectsNotInDocument: written.projectsNotInDocument,
    projects: written.imported,
    reconciliation: rest.reconciliation,
    warnings: rest.warnings,
    durationMs: 0,
  };
}

async function upsertRegion(
  q: EntityManager,
  code: string,
  name: string,
  parentCode: string | null,
  level?: string,
): Promise<void> {
  // Division codes say their level: ..0000 a province, ..00 a city, anything else a county or district.
  const derivedLevel = level ?? (code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county');
  // Insert if new, then update only a row that differs: an UPDATE locks only the rows it changes, where
  // INSERT … ON CONFLICT DO UPDATE … WHERE would lock the row anyway, and imports of different plans in one
  // province would wait for each other's whole transaction.
  await q.query(
    `INSERT INTO regions (code, name, level, parent_code) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING`,
    [code, name, derivedLevel, parentCode],
  );
  await q.query(
    `UPDATE regions SET name = $2, level = $3, parent_code = coalesce($4, parent_code)
      WHERE code = $1 AND ((name, level) IS DISTINCT FROM ($2, $3) OR ($4::varchar IS NOT NULL AND parent_code IS DISTINCT FROM $4))`,
    [code, name, derivedLevel, parentCode],
  );
}

const PROJECT_COLUMNS = [
  'program_id', 'institution_id', 'name', 'content', 'build_type', 'land_mu', 'investment_wan', 'floor_area_m2',
  'new_build_area_m2', 'renovation_area_m2', 'beds', 'start_year', 'end_year', 'remark', 'source_file', 'source_line',
] as const;

async function upsertProject(
  changes: ChangeRecorder,
  project: ParsedProject,
  context: { planId: string; regionCode: string; file: string; programId: string | null; institutionId: string | null; before: Row | null },
): Promise<ImportAction> {
  const values = [
    context.programId, context.institutionId, project.name, project.content, project.buildType, project.landMu,
    project.investmentWan, project.floorAreaM2, project.newBuildAreaM2, project.renovationAreaM2, project.beds,
    project.startYear, project.endYear, project.remark, context.file, project.source.line,
  ];
  // Only what the plan says is written; status, milestones and progress belong to the people tracking it.
  const [row] = await changes.manager.query(
    `INSERT INTO projects (code, plan_id, region_code, ${PROJECT_COLUMNS.join(', ')})
     VALUES ($1, $2, $3, ${PROJECT_COLUMNS.map((_, i) => `$${i + 4}`).join(', ')})
     ON CONFLICT (code) DO UPDATE SET ${PROJECT_COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')},
       version = projects.version + 1, updated_at = now()
     WHERE (${PROJECT_COLUMNS.map((c) => `projects.${c}`).join(', ')})
       IS DISTINCT FROM (${PROJECT_COLUMNS.map((c) => `EXCLUDED.${c}`).join(', ')})
     RETURNING *, (xmax = 0) AS inserted`,
    [project.code, context.planId, context.regionCode, ...values],
  );
  if (!row) return 'unchanged';
  const action: ImportAction = row.inserted ? 'create' : 'update';
  const snapshot = (r: Row) => Object.fromEntries(['code', 'name', ...PROJECT_COLUMNS, 'version'].map((c) => [c, r[c]]));
  await changes.audit(action, 'project', row.id, context.before ? snapshot(context.before) : null, snapshot(row));
  await changes.emit({
    type: action === 'create' ? 'project.created' : 'project.updated',
    aggregateType: 'project',
    aggregateId: row.id,
    projectId: row.id,
    payload: { projectId: row.id, code: row.code, source: 'import' },
  });
  return action;
}

/**
 * Bed targets and indicators have no natural key of their own: the plan's set is replaced as a whole, but only when
 * it differs, so a repeated import leaves the rows (and their ids) alone.
 */
async function replaceIfChanged(q: EntityManager, table: 'bed_targets' | 'indicators', planId: string, rows: Row[]): Promise<void> {
  const columns = Object.keys(rows[0] ?? {});
  const current: Row[] = await q.query(
    `SELECT ${columns.length ? columns.join(', ') : '*'} FROM ${table} WHERE plan_id = $1 ORDER BY source_line, id`,
    [planId],
  );
  // numeric(18,4) reads back as '5.2000': compare decimals without their trailing zeros.
  const text = (v: unknown) => (v === null ? null : String(v).replace(/^(-?\d+)\.(\d*?)0+$/, (_, i, f) => (f ? `${i}.${f}` : i)));
  const normalise = (list: Row[]) =>
    JSON.stringify(list.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, text(v)]))));
  if (rows.length === current.length && (rows.length === 0 || normalise(rows) === normalise(current))) return;
  await q.query(`DELETE FROM ${table} WHERE plan_id = $1`, [planId]);
  for (const row of rows) {
    await q.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      columns.map((c) => row[c]),
    );
  }
}

function bedTargetRows(
  document: ParsedPlanDocument,
  planId: string,
  programIds: Map<number, string>,
  institutionIds: Map<string, string>,
  file: string,
): Row[] {
  return document.bedTargets.map((b) => ({
    plan_id: planId,
    program_id: b.programNumber === null ? null : (programIds.get(b.programNumber) ?? null),
    institution_id: b.subjectKind === 'institution' ? (institutionIds.get(b.subject) ?? null) : null,
    subject: b.subject,
    subject_kind: b.subjectKind,
    baseline_year: b.baselineYear,
    target_year: b.targetYear,
    baseline_count: b.baselineCount,
    baseline_count_text: b.baselineCountText,
    baseline_beds: b.baselineBeds,
    baseline_beds_text: b.baselineBedsText,
    target_count: b.targetCount,
    target_count_text: b.targetCountText,
    target_beds: b.targetBeds,
    target_beds_text: b.targetBedsText,
    source_file: file,
    source_line: b.source.line,
  }));
}

function indicatorRows(document: ParsedPlanDocument, planId: string, file: string): Row[] {
  return document.indicators.map((x, position) => ({
    plan_id: planId,
    position: position + 1,
    domain: x.domain,
    name: x.name,
    unit: x.unit,
    baseline: x.baseline,
    baseline_text: x.baselineText,
    target: x.target,
    target_text: x.targetText,
    nature: x.nature,
    source_file: file,
    source_line: x.source.line,
  }));
}

function toImportedProject(project: ParsedProject, action: ImportAction, file: string): ImportedProject {
  const num = (value: string | null) => (value === null ? null : Number(value));
  return {
    action,
    code: project.code,
    name: project.name,
    programNumber: project.programNumber,
    institutionName: project.institutionName,
    buildType: project.buildType,
    landMu: num(project.landMu),
    investmentWan: num(project.investmentWan),
    floorAreaM2: num(project.floorAreaM2),
    newBuildAreaM2: num(project.newBuildAreaM2),
    renovationAreaM2: num(project.renovationAreaM2),
    beds: project.beds,
    startYear: project.startYear,
    endYear: project.endYear,
    source: { file, line: project.source.line },
  };
}
