import {
  institutionCategoryOf,
  type ParsedPlanDocument,
  type ParsedProjectSheet,
  type RegionIndex,
  type SheetField,
} from '@tracker/plan-parser';
import { recordChanges, type Actor, type AnyOutboxEntry, type AuditRecord, type ChangeRecorder } from '@tracker/audit';
import { InstitutionsRepository, PlansRepository, type InstitutionView } from '@tracker/plans';
import {
  AnnualPlansRepository,
  ProgressRepository,
  progressSnapshot,
  ProjectsRepository,
  toAnnualPlanView,
  toProjectView,
  type AnnualValues,
  type ImportedProjectRow,
  type ProjectValues,
} from '@tracker/projects';
import { RegionsRepository } from '@tracker/regions';
import type { EntityManager } from 'typeorm';
import { buildReport, type RowOutcome } from './import-report.builder';
import type { ImportAction, ImportReport } from './import-report';
import { planAnnual, planProgress, ProjectValuePlanner, type ImportableProject, type PlanningContext } from './import-planner';
import { ImportConflictError, matchProjects, type ExistingProject } from './project-matcher';

/** The import refers to something that does not exist (a plan code for a project list). */
export class ImportTargetError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Someone changed a project, annual plan or month the import was about to change: nothing was written. */
export class ImportRaceError extends Error {}

export type ImportInput =
  | { kind: 'plan-document'; document: ParsedPlanDocument; regions: RegionIndex }
  | { kind: 'project-sheet'; sheet: ParsedProjectSheet; planCode: string };

export interface ImportOptions {
  file: string;
  actor: Actor;
  dryRun: boolean;
  /** The page of the row-by-row preview to return. */
  rowOffset?: number;
  rowLimit?: number;
}

type Row = Record<string, unknown>;

/** The repositories an import writes through, on its transaction. */
class ImportStores {
  readonly plans: PlansRepository;
  readonly institutions: InstitutionsRepository;
  readonly regions: RegionsRepository;
  readonly projects: ProjectsRepository;
  readonly annualPlans: AnnualPlansRepository;
  readonly progress: ProgressRepository;

  constructor(manager: EntityManager) {
    this.plans = new PlansRepository(manager);
    this.institutions = new InstitutionsRepository(manager);
    this.regions = new RegionsRepository(manager);
    this.projects = new ProjectsRepository(manager);
    this.annualPlans = new AnnualPlansRepository(manager);
    this.progress = new ProgressRepository(manager);
  }
}

/**
 * Writes a parsed plan document or project list: one transaction, all or nothing, set-based (a statement per table
 * per few thousand rows). Rows are matched to the plan's projects (see matchProjects); only what changed is written,
 * so importing the same content twice, under any file name, writes nothing. A dry run makes the same decisions
 * from the same reads and writes nothing, so its preview is exactly what the import would do.
 */
export async function runImport(manager: EntityManager, input: ImportInput, options: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const report = await recordChanges(manager, options.actor, (changes) =>
    input.kind === 'plan-document' ? importDocument(changes, input, options) : importSheet(changes, input, options),
  );
  report.durationMs = Math.round(performance.now() - started);
  return report;
}

async function importDocument(changes: ChangeRecorder, input: Extract<ImportInput, { kind: 'plan-document' }>, options: ImportOptions): Promise<ImportReport> {
  const { document } = input;
  const { plan } = document;
  const stores = new ImportStores(changes.manager);
  await stores.plans.lockForImport(plan.code);
  if (!options.dryRun) await stores.regions.insertMissing(input.regions.lineage(plan.regionCode).reverse());

  const existingPlan = await stores.plans.viewByCode(plan.code);
  const planChanged =
    !existingPlan ||
    existingPlan.title !== plan.title ||
    existingPlan.regionCode !== plan.regionCode ||
    existingPlan.periodStart !== plan.periodStart ||
    existingPlan.periodEnd !== plan.periodEnd ||
    existingPlan.documentNumber !== plan.documentNumber ||
    existingPlan.issuedOn !== plan.issuedOn;
  const planAction: ImportAction = !existingPlan ? 'create' : planChanged ? 'update' : 'unchanged';
  let planId = existingPlan?.id ?? null;
  if (!options.dryRun && planChanged) {
    planId = await stores.plans.upsertFromDocument(
      { code: plan.code, title: plan.title, regionCode: plan.regionCode, periodStart: plan.periodStart, periodEnd: plan.periodEnd, documentNumber: plan.documentNumber, issuedOn: plan.issuedOn },
      { file: options.file, line: plan.source.line },
    );
    const after = (await stores.plans.view(planId))!;
    await changes.audit(existingPlan ? 'update' : 'create', 'plan', planId, existingPlan, after);
    if (existingPlan) await changes.emit('plan.updated', { aggregateId: planId }, { plan: after, previous: existingPlan });
    else await changes.emit('plan.created', { aggregateId: planId }, { plan: after });
  }

  const programs = document.programs.map((p) => ({
    number: p.number,
    title: p.title,
    kind: p.kind,
    declaredLandMu: p.declared?.landMu ?? null,
    declaredInvestmentWan: p.declared?.investmentWan ?? null,
    line: p.source.line,
  }));
  const programIds = !planId ? new Map<number, string>() : options.dryRun ? await stores.plans.programIds(planId) : await stores.plans.upsertPrograms(planId, programs, options.file);
  const rows: ImportableProject[] = document.projects.map((project) => ({
    ...project,
    line: project.source.line,
    givenCode: null,
    tier: null,
    started: null,
    annual: null,
    progress: null,
  }));
  const written = await writeProjects(changes, stores, rows, {
    planId,
    planCode: plan.code,
    regionCode: plan.regionCode,
    mode: 'document',
    given: new Set(),
    file: options.file,
    programIds,
    categoryOf: (name) => document.institutions.find((i) => i.name === name)?.category ?? institutionCategoryOf(name),
    // The document's own institutions (a bed table names some that no project does), its categories authoritative.
    institutions: document.institutions.map((i) => ({ name: i.name, category: i.category, line: i.source.line })),
    placeOf: (row) => `${options.file} 第 ${row.line} 行`,
    dryRun: options.dryRun,
    year: null,
    period: null,
  });

  if (planId && !options.dryRun) {
    await stores.plans.replaceBedTargets(planId, bedTargetRows(document, planId, programIds, written.institutionIds, options.file));
    await stores.plans.replaceIndicators(planId, indicatorRows(document, planId, options.file));
  }
  const report = buildReport({
    file: options.file,
    dryRun: options.dryRun,
    kind: 'plan-document',
    plan: { id: planId, code: plan.code, title: plan.title, action: planAction },
    sheet: null,
    outcomes: written.outcomes,
    institutionsCreated: written.institutionsCreated,
    counts: { programs: document.programs.length, bedTargets: document.bedTargets.length, indicators: document.indicators.length },
    document,
    warnings: document.warnings,
    projectsNotInFile: written.notInFile,
    rowOffset: options.rowOffset,
    rowLimit: options.rowLimit,
  });
  if (planId && !options.dryRun && (planAction !== 'unchanged' || written.changed)) {
    await changes.audit('import', 'plan', planId, null, { file: options.file, counts: report.counts });
  }
  return report;
}

async function importSheet(changes: ChangeRecorder, input: Extract<ImportInput, { kind: 'project-sheet' }>, options: ImportOptions): Promise<ImportReport> {
  const { sheet } = input;
  const stores = new ImportStores(changes.manager);
  const plan = await stores.plans.viewByCode(input.planCode);
  if (!plan) throw new ImportTargetError('planCode', `没有代码为 ${input.planCode} 的规划`);
  await stores.plans.lockForImport(plan.code);
  const programIds = await stores.plans.programIds(plan.id);
  const rows: ImportableProject[] = sheet.projects.map((project) => ({ ...project, line: project.row }));
  for (const row of rows) {
    if (row.programNumber !== null && !programIds.has(row.programNumber)) {
      throw new ImportConflictError(`${placeOf(sheet, row.line)}：规划“${plan.title}”没有专栏 ${row.programNumber}`, row.line);
    }
  }
  if (sheet.period !== null) {
    const month = await stores.plans.currentMonth(plan.id);
    if (sheet.period > month) throw new ImportConflictError(`${sheet.sheet}：进展月份 ${sheet.period} 晚于本月 ${month}`, sheet.headerRows[0] ?? 1);
  }
  const written = await writeProjects(changes, stores, rows, {
    planId: plan.id,
    planCode: plan.code,
    regionCode: plan.regionCode,
    mode: 'sheet',
    given: new Set(sheet.given),
    file: options.file,
    programIds,
    categoryOf: institutionCategoryOf,
    institutions: [],
    placeOf: (row) => placeOf(sheet, row.line),
    dryRun: options.dryRun,
    year: sheet.year,
    period: sheet.period,
  });
  const report = buildReport({
    file: options.file,
    dryRun: options.dryRun,
    kind: 'project-sheet',
    plan: { id: plan.id, code: plan.code, title: plan.title, action: 'unchanged' },
    sheet,
    outcomes: written.outcomes,
    institutionsCreated: written.institutionsCreated,
    counts: { programs: 0, bedTargets: 0, indicators: 0 },
    document: null,
    warnings: sheet.warnings,
    projectsNotInFile: written.notInFile,
    rowOffset: options.rowOffset,
    rowLimit: options.rowLimit,
  });
  if (!options.dryRun && written.changed) {
    await changes.audit('import', 'plan', plan.id, null, { file: options.file, sheet: sheet.sheet, counts: report.counts });
  }
  return report;
}

function placeOf(sheet: ParsedProjectSheet, line: number): string {
  return sheet.format === 'csv' ? `${sheet.file} 第 ${line} 行` : `工作表“${sheet.sheet}”第 ${line} 行`;
}

interface WriteContext {
  planId: string | null;
  planCode: string;
  regionCode: string;
  mode: PlanningContext['mode'];
  given: ReadonlySet<SheetField>;
  file: string;
  programIds: Map<number, string>;
  categoryOf: (institutionName: string) => string;
  /** Institutions to have whether or not a row names them, with the category to give (or correct) them. */
  institutions: { name: string; category: string; line: number }[];
  placeOf: (row: ImportableProject) => string;
  dryRun: boolean;
  year: number | null;
  period: string | null;
}

interface WrittenProjects {
  outcomes: RowOutcome[];
  institutionIds: Map<string, string>;
  institutionsCreated: number;
  notInFile: { code: string; name: string }[];
  /** True when anything at all was written. */
  changed: boolean;
}

const PLACEHOLDER = 'new-institution:';

/**
 * The rows of a document or list against the plan's projects: matched, planned, then written in bulk (institutions,
 * new projects, changed projects, annual plans, months' progress, their audit entries and events).
 */
async function writeProjects(changes: ChangeRecorder, stores: ImportStores, rows: ImportableProject[], context: WriteContext): Promise<WrittenProjects> {
  const existingRows: ImportedProjectRow[] = context.planId ? await stores.projects.ofPlanForImport(context.planId) : [];
  const byId = new Map(existingRows.map((row) => [row.id as string, row]));
  const existing: ExistingProject[] = existingRows.map((row) => ({
    id: row.id as string,
    code: row.code as string,
    name: row.name as string,
    institutionName: (row.institution_name as string | null) ?? null,
  }));
  const matches = matchProjects(rows, existing, {
    placeOf: context.placeOf,
    lineOf: (row) => row.line,
    givenCodeOf: (row) => row.givenCode,
  });

  // New codes must be free in the whole tracker, not only in this plan.
  const newCodes = matches.filter((m) => !m.existing).map((m) => m.row.code);
  const inUse = await stores.projects.codesInUse(newCodes);
  for (const match of matches.filter((m) => !m.existing && inUse.has(m.row.code))) {
    const other = inUse.get(match.row.code)!;
    throw new ImportConflictError(
      `${context.placeOf(match.row)}：项目代码 ${match.row.code} 已被规划 ${other.planCode} 的项目“${other.name}”使用`,
      match.row.line,
    );
  }

  // Institutions by name; the ones the import would create get a placeholder id until they exist.
  const known = await stores.institutions.idsByName(context.regionCode);
  const missing = new Map<string, { name: string; category: string; line: number }>();
  for (const institution of context.institutions) if (!known.has(institution.name)) missing.set(institution.name, institution);
  for (const row of rows) {
    const name = row.institutionName;
    if (name && !known.has(name) && !missing.has(name)) missing.set(name, { name, category: context.categoryOf(name), line: row.line });
  }
  let institutionsCreated = missing.size;
  const institutionIds = new Map(known);
  let createdInstitutions: InstitutionView[] = [];
  if (!context.dryRun && missing.size > 0) {
    const ensured = await stores.institutions.ensure(context.regionCode, [...missing.values()], context.file);
    for (const [name, id] of ensured.ids) institutionIds.set(name, id);
    createdInstitutions = ensured.created;
    institutionsCreated = ensured.created.length;
  } else if (context.dryRun) {
    for (const name of missing.keys()) institutionIds.set(name, `${PLACEHOLDER}${name}`);
  }

  const planning: PlanningContext = { mode: context.mode, given: context.given, file: context.file, programIds: context.programIds, institutionIds };
  const planner = new ProjectValuePlanner(planning);
  const matchedIds = matches.flatMap((m) => (m.existing ? [m.existing.id] : []));
  const annualBefore = context.year === null ? new Map<string, Row>() : await stores.annualPlans.ofProjects(matchedIds, context.year);
  const progressBefore = context.period === null ? new Map<string, Row>() : await stores.progress.around(matchedIds, context.period);

  const outcomes: RowOutcome[] = [];
  const inserts: { code: string; values: ProjectValues; outcome: RowOutcome }[] = [];
  const updates: { id: string; version: number; values: ProjectValues; outcome: RowOutcome }[] = [];
  for (const match of matches) {
    const before = match.existing ? byId.get(match.existing.id)! : null;
    const { values, changes: fields } = planner.plan(match.row, before);
    const annual = planAnnual(match.row.annual, before ? (annualBefore.get(before.id as string) ?? null) : null);
    const progress = planProgress(match.row.progress, before ? progressBefore.get(before.id as string) : undefined, context.placeOf(match.row), match.row.line);
    const allChanges = [...fields, ...(annual ? ['annualPlan'] : []), ...(progress ? ['progress'] : [])];
    const action: ImportAction = !before ? 'create' : allChanges.length > 0 ? 'update' : 'unchanged';
    const outcome: RowOutcome = {
      row: match.row,
      action,
      matched: before ? { id: before.id as string, code: before.code as string, name: before.name as string, by: match.by! } : null,
      changes: action === 'update' ? allChanges : [],
      annual: annual && { values: annual.values, version: before ? ((annualBefore.get(before.id as string)?.version as number | undefined) ?? null) : null },
      progress,
      projectId: (before?.id as string | undefined) ?? null,
    };
    outcomes.push(outcome);
    if (!before) inserts.push({ code: match.row.code, values, outcome });
    else if (fields.length > 0) updates.push({ id: before.id as string, version: before.version as number, values, outcome });
  }
  const matched = new Set(matchedIds);
  const notInFile = existingRows
    .filter((row) => row.source_file === context.file && !matched.has(row.id as string))
    .map((row) => ({ code: row.code as string, name: row.name as string }));
  const recategorised = context.dryRun ? [] : await stores.institutions.correctCategories(context.regionCode, context.institutions);
  const changed = createdInstitutions.length > 0 || recategorised.length > 0 || outcomes.some((o) => o.action !== 'unchanged');
  if (context.dryRun || !changed) return { outcomes, institutionIds, institutionsCreated, notInFile, changed: false };

  // ---- the writes ----
  const audit: AuditRecord[] = createdInstitutions.map((institution) => ({
    action: 'create',
    entityType: 'institution',
    entityId: institution.id,
    before: null,
    after: institution,
  }));
  const events: AnyOutboxEntry[] = createdInstitutions.map((institution) => ({
    name: 'institution.created',
    subject: { aggregateId: institution.id },
    payload: { institution },
  }));
  for (const { before, after } of recategorised) {
    audit.push({ action: 'update', entityType: 'institution', entityId: after.id, before, after });
    events.push({ name: 'institution.updated', subject: { aggregateId: after.id }, payload: { institution: after, previous: before } });
  }

  await changes.auditMany(audit);
  await changes.emitMany(events);

  // The rows go out a few thousand at a time, each slice with its audit entries and events, so that what the writes
  // hold in memory (a view before and after per record) stays the size of a slice, not of the file.
  const byOutcome = new Map(inserts.map((insert) => [insert.outcome, insert]));
  const updateOf = new Map(updates.map((update) => [update.outcome, update]));
  for (let start = 0; start < outcomes.length; start += WRITE_SLICE) {
    const slice = outcomes.slice(start, start + WRITE_SLICE);
    await writeSlice(changes, stores, context, {
      inserts: slice.flatMap((o) => byOutcome.get(o) ?? []),
      updates: slice.flatMap((o) => updateOf.get(o) ?? []),
      outcomes: slice,
      byId,
      annualBefore,
    });
  }
  return { outcomes, institutionIds, institutionsCreated, notInFile, changed: true };
}

const WRITE_SLICE = 5000;

interface Slice {
  inserts: { code: string; values: ProjectValues; outcome: RowOutcome }[];
  updates: { id: string; version: number; values: ProjectValues; outcome: RowOutcome }[];
  outcomes: RowOutcome[];
  byId: Map<string, Row>;
  annualBefore: Map<string, Row>;
}

/** One slice of the rows: new projects, changed projects, annual plans, months' progress, then their audit and events. */
async function writeSlice(changes: ChangeRecorder, stores: ImportStores, context: WriteContext, slice: Slice): Promise<void> {
  const { inserts, updates, outcomes, byId, annualBefore } = slice;
  const audit: AuditRecord[] = [];
  const events: AnyOutboxEntry[] = [];
  const inserted = await stores.projects.insertMany(context.planId!, context.regionCode, inserts.map(({ code, values }) => ({ code, values })));
  inserted.forEach((view, i) => {
    inserts[i].outcome.projectId = view.id;
    audit.push({ action: 'create', entityType: 'project', entityId: view.id, before: null, after: view });
    events.push({ name: 'project.created', subject: { aggregateId: view.id, projectId: view.id }, payload: { project: view } });
  });
  const updated = await stores.projects.updateMany(updates.map(({ id, version, values }) => ({ id, version, values })));
  if (updated.length !== updates.length) throw new ImportRaceError('项目在导入期间被其他人修改，未写入任何数据；请重新导入');
  for (const after of updated) {
    const before = toProjectView(byId.get(after.id)!);
    audit.push({ action: 'update', entityType: 'project', entityId: after.id, before, after });
    events.push({ name: 'project.updated', subject: { aggregateId: after.id, projectId: after.id }, payload: { project: after, previous: before } });
  }

  const annualWrites = outcomes.filter((o) => o.annual).map((o) => ({ projectId: o.projectId!, line: o.row.line, version: o.annual!.version, values: o.annual!.values as AnnualValues }));
  if (annualWrites.length > 0) {
    const written = await stores.annualPlans.writeMany(context.year!, context.file, annualWrites);
    if (written.length !== annualWrites.length) throw new ImportRaceError('年度计划在导入期间被其他人修改，未写入任何数据；请重新导入');
    for (const row of written) {
      const after = toAnnualPlanView(row);
      const previous = row.inserted ? null : annualBefore.get(after.projectId);
      const before = previous ? toAnnualPlanView(previous) : null;
      const id = `${after.projectId}/${after.year}`;
      audit.push({ action: before ? 'update' : 'create', entityType: 'annual_plan', entityId: id, before, after });
      events.push({ name: 'annual_plan.updated', subject: { aggregateId: id, projectId: after.projectId }, payload: { annualPlan: after, previous: before ?? undefined } });
    }
  }
  const progressWrites = outcomes.filter((o) => o.progress).map((o) => ({ projectId: o.projectId!, version: o.progress!.version, completedWan: o.progress!.completedWan, text: o.progress!.text }));
  if (progressWrites.length > 0) {
    const written = await stores.progress.writeMonths(context.period!, progressWrites);
    if (written.length !== progressWrites.length) throw new ImportRaceError('进展在导入期间被其他人填报，未写入任何数据；请重新导入');
    for (const row of written) {
      const after = progressSnapshot(row);
      const id = `${after.projectId}/${after.period}`;
      audit.push({ action: row.inserted ? 'create' : 'update', entityType: 'progress_report', entityId: id, before: null, after });
      events.push({ name: 'progress.reported', subject: { aggregateId: id, projectId: after.projectId }, payload: { ...after, replaced: !row.inserted } });
    }
  }
  await changes.auditMany(audit);
  await changes.emitMany(events);
}


function bedTargetRows(document: ParsedPlanDocument, planId: string, programIds: Map<number, string>, institutionIds: Map<string, string>, file: string): Row[] {
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

