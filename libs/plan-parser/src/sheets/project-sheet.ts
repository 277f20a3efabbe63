import { addDecimals, compareDecimals, DecimalTotal, multiplyDecimals, subtractDecimals, sumDecimals } from '../decimal';
import { describeSheetPlace, PlanParseError, sheetError, type SheetPlace } from '../errors';
import { parseFigure, parseYearSpan, type StrictNumber } from '../numbers';
import { buildTypeOf } from '../projects/build-type';
import { institutionNameKey, projectNameKey } from '../projects/name-key';
import { completeProject, type ProjectDraft } from '../projects/complete-project';
import { nullIfEmpty, verbatim } from '../text';
import type { Decimal } from '../types';
import { areaUnitIn, landUnitIn, moneyUnitIn, toMu, toSquareMetres, toWan, type AreaUnit, type LandUnit, type MoneyUnit } from '../units';
import { FIGURE_ROLES, SINGLE_ROLES, type SheetRole } from './columns';
import { findLayout, type LayoutColumn, type SheetLayout } from './layout';
import { columnUnit, statedUnits } from './sheet-units';
import type {
  AnnualCategory,
  ParsedProjectSheet,
  QuarterPlan,
  SheetColumnView,
  SheetField,
  SheetMeasure,
  SheetProject,
  SheetTotalCheck,
  SheetWarning,
} from './sheet-types';
import { columnLetter, type Sheet, type SheetRow, type Workbook } from './workbook';

export interface ProjectSheetOptions {
  fileName: string;
  /** The plan the list is for: generated project codes start with it. */
  planCode: string;
  /** The plan's years: an annual figure for a year outside them is refused. */
  planYears?: { start: number; end: number };
  /** The sheet to read, when the workbook has several with project rows. */
  sheet?: string;
  /** The year of the annual figures, when neither the title nor the headers say it. */
  year?: number;
  /** The month (YYYY-MM) the progress figures are as of, when neither the title nor the headers say it. */
  period?: string;
}

const TOTAL = /^(?:合\s*计|总\s*计|全部合计|总合计)(?:[（(].*[）)])?$/;
const SUBTOTAL = /^(?:小\s*计|分类小计)(?:[（(].*[）)])?$/;
// '一', '（一）', '一、续建项目', '(二)新开工项目': the heading of a group of rows.
const SECTION = /^(?:[一二三四五六七八九十]+|[（(][一二三四五六七八九十]+[)）])(?:[、.．]|$)/;
const CATEGORY_WORDS: readonly [AnnualCategory, RegExp][] = [
  ['continuing', /续建/],
  ['new', /新开工|新建|新开/],
  ['preparatory', /前期|预备|储备|谋划/],
  ['completing', /竣工|收尾|投产|完工|建成/],
];
const STARTED_YES = /^(?:是|已开工|开工|已开|在建|已完工|完工|竣工|已竣工|Y|YES|TRUE|√|✓)$/i;
const STARTED_NO = /^(?:否|未开工|未开|未|N|NO|FALSE|×|✗)$/i;
const MONEY_ROLES: ReadonlySet<SheetRole> = new Set(['investment', 'annualPlan', 'cumulativeCompleted', 'yearToDateCompleted', 'monthCompleted', 'quarterPlan']);
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * A bureau's project list (年度重点项目表, 投资路线图, 进展情况表 and the like), from any workbook format, into
 * projects with their annual plans and progress. Everything it cannot be sure of is refused with the sheet, row
 * and column; what it skips is warned of by row; every column is either understood or listed as ignored.
 */
export function parseProjectSheet(workbook: Workbook, options: ProjectSheetOptions): ParsedProjectSheet {
  const { layout, otherSheets } = pickSheet(workbook, options);
  return new SheetReader(layout, workbook.format, otherSheets, options).read();
}

function pickSheet(workbook: Workbook, options: ProjectSheetOptions): { layout: SheetLayout; otherSheets: { name: string; reason: string }[] } {
  const names = workbook.sheets.map((sheet) => `“${sheet.name}”`).join('、');
  if (options.sheet !== undefined) {
    const wanted = options.sheet.trim();
    const sheet = workbook.sheets.find((s) => s.name === wanted) ?? workbook.sheets.find((s) => s.name.trim().toLowerCase() === wanted.toLowerCase());
    if (!sheet) throw new PlanParseError(`${options.fileName} 中没有名为“${wanted}”的工作表；有：${names || '（无）'}`, null);
    const layout = findLayout(sheet);
    if (!layout) throw new PlanParseError(`${options.fileName} 的工作表“${sheet.name}”前 30 行中没有含“项目名称”列的表头`, null);
    return { layout, otherSheets: workbook.sheets.filter((s) => s !== sheet).map((s) => ({ name: s.name, reason: '未选择' })) };
  }
  const found = workbook.sheets.map((sheet) => ({ sheet, layout: findLayout(sheet) }));
  const withProjects = found.filter((f) => f.layout && f.layout.body.length > 0);
  if (withProjects.length === 0) {
    const where = workbook.format === 'csv' ? '' : `（工作表：${names || '无'}）`;
    throw new PlanParseError(`${options.fileName} 中没有找到项目表：前 30 行中没有含“项目名称”列的表头，或表头下没有数据${where}`, null);
  }
  if (withProjects.length > 1) {
    throw new PlanParseError(
      `${options.fileName} 有 ${withProjects.length} 个工作表含项目表（${withProjects.map((f) => `“${f.sheet.name}”`).join('、')}），` +
        `无法确定导入哪一个；请用 sheet 参数指定工作表（每次导入一个）`,
      null,
    );
  }
  const chosen = withProjects[0];
  return {
    layout: chosen.layout!,
    otherSheets: found.filter((f) => f !== chosen).map((f) => ({ name: f.sheet.name, reason: f.layout ? '表头下没有数据' : '没有项目表表头' })),
  };
}

interface Section {
  row: number;
  label: string;
  category: AnnualCategory | null;
  /** Index into the projects of the first project under it. */
  from: number;
  declared: Map<SheetMeasure, Decimal> | null;
}

class SheetReader {
  private readonly sheetName: string | undefined;
  private readonly columns: LayoutColumn[];
  // The column of each role, looked up once per row and role: plain properties, not string-keyed maps.
  private readonly byRole: Partial<Record<SheetRole, LayoutColumn>> = {};
  private readonly quarterColumns: { quarter: 1 | 2 | 3 | 4; plan?: LayoutColumn; work?: LayoutColumn }[] = [];
  private readonly headerRow: number;
  private readonly warnings: SheetWarning[] = [];
  private readonly projects: SheetProject[] = [];
  private readonly totals: SheetTotalCheck[] = [];
  private readonly units: { money: Map<number, MoneyUnit>; land: LandUnit | null; area: AreaUnit | null };
  private readonly year: number | null;
  private readonly period: string | null;
  private readonly moneyUnitShown: string;
  private rowsSkipped = 0;
  /** Where the rows a 小计 covers begin: after the last section heading or 小计. */
  private boundary = 0;

  constructor(
    private readonly layout: SheetLayout,
    private readonly format: Workbook['format'],
    private readonly otherSheets: { name: string; reason: string }[],
    private readonly options: ProjectSheetOptions,
  ) {
    this.sheetName = format === 'csv' ? undefined : layout.sheet.name;
    this.columns = layout.columns;
    this.headerRow = layout.headerRows[layout.headerRows.length - 1];
    this.checkSingleRoles();
    for (const column of this.columns) {
      const { role, quarter } = column.role;
      if (quarter) {
        let entry = this.quarterColumns.find((q) => q.quarter === quarter);
        if (!entry) this.quarterColumns.push((entry = { quarter }));
        if (role === 'quarterPlan') entry.plan ??= column;
        else entry.work ??= column;
      } else {
        this.byRole[role] ??= column;
      }
    }
    this.quarterColumns.sort((a, b) => a.quarter - b.quarter);
    const stated = statedUnits([...layout.titleCells, ...layout.headerUnitCells], this.sheetName);
    const money = new Map<number, MoneyUnit>();
    let defaulted = false;
    for (const column of this.columns.filter((c) => MONEY_ROLES.has(c.role.role))) {
      const unit = columnUnit(column, this.headerRow, stated.money, moneyUnitIn(column.header), '金额', this.sheetName);
      money.set(column.index, unit ?? '万元');
      if (!unit) defaulted = true;
    }
    if (defaulted) this.warn(this.headerRow, '表格没有注明金额单位（标题、“单位：”行或表头），按万元读取；如果不是万元，请注明单位后重新导入');
    this.moneyUnitShown = [...new Set(money.values())].join('、') || '万元';
    const landColumn = this.column('land');
    const areaColumn = this.column('floorArea');
    this.units = {
      money,
      land: landColumn ? columnUnit(landColumn, this.headerRow, stated.land, landUnitIn(landColumn.header), '用地', this.sheetName) : null,
      area: areaColumn ? columnUnit(areaColumn, this.headerRow, stated.area, areaUnitIn(areaColumn.header), '面积', this.sheetName) : null,
    };
    if (landColumn && !this.units.land) this.warn(this.headerRow, `用地列（${landColumn.letter} 列）没有注明单位，按亩读取`, landColumn.letter);
    if (areaColumn && !this.units.area) this.warn(this.headerRow, `建筑面积列（${areaColumn.letter} 列）没有注明单位，按平方米读取`, areaColumn.letter);
    this.year = this.resolveYear();
    this.period = this.resolvePeriod();
  }

  read(): ParsedProjectSheet {
    const merged = this.format === 'csv' || this.layout.sheet.merges.length === 0 ? null : mergedAreas(this.layout.sheet);
    let institution: string | null = null;
    let section: Section | null = null;
    let previousRow = this.headerRow;
    const totals: { row: number; label: string; figures: Map<SheetMeasure, Decimal> }[] = [];
    const closeSection = () => {
      if (section?.declared) this.check('subtotal', section.row, section.label, section.declared, section.from);
      section = null;
    };

    for (const row of this.layout.body) {
      this.noteBlankRows(previousRow, row.number);
      previousRow = row.number;
      this.checkWidth(row);
      const text = (role: SheetRole) => this.cell(row, role);
      const labels = [text('seq'), text('name'), text('institution'), text('code')].map((t) => t.replace(/\s+/g, ''));
      const name = text('name').replace(/\s*\n\s*/g, ' ').trim();

      if (labels.some((label) => TOTAL.test(label))) {
        // A 合计 may stand above the rows (right under the header) or below them: it is checked at the end.
        totals.push({ row: row.number, label: labels.find((label) => TOTAL.test(label))!, figures: this.figures(row) });
        continue;
      }
      if (labels.some((label) => SUBTOTAL.test(label))) {
        const from = section?.from ?? this.boundary;
        const label = section ? `${section.label} 小计` : '小计';
        this.check('subtotal', row.number, label, this.figures(row), from);
        if (section) section.declared = null;
        this.boundary = this.projects.length;
        continue;
      }
      if (name !== '' && name === this.column('name')!.header) {
        this.skip(row.number, '是重复的表头行，已跳过');
        continue;
      }
      const sectionLabel = this.sectionLabel(row, name);
      if (sectionLabel !== null) {
        closeSection();
        const category = categoryOf(sectionLabel);
        const figures = this.figures(row);
        section = { row: row.number, label: sectionLabel, category, from: this.projects.length, declared: figures.size > 0 ? figures : null };
        this.boundary = this.projects.length;
        this.skip(row.number, `“${sectionLabel}”是分组行，已跳过${category ? `（其下项目的年度类别：${CATEGORY_LABELS[category]}）` : ''}`);
        continue;
      }
      if (name === '') {
        const figures = this.figures(row);
        if (figures.size > 0) {
          const column = this.columns.find((c) => FIGURE_ROLES.has(c.role.role) && (row.cells[c.index] ?? '').trim() !== '')!;
          throw this.error(row.number, column, '这一行有数字但没有项目名称，无法确定属于哪个项目');
        }
        this.skip(row.number, '没有项目名称，已跳过');
        continue;
      }

      const ownInstitution = text('institution').replace(/\s*\n\s*/g, '').trim();
      if (ownInstitution !== '') institution = ownInstitution;
      else if (merged && !merged.covers(row.number, this.column('institution')?.index ?? -1)) institution = null;
      this.projects.push(this.project(row, name, this.column('institution') ? institution : null, section?.category ?? null));
    }
    closeSection();
    for (const total of totals) this.check('total', total.row, total.label, total.figures, 0);
    this.refuseRepeats();
    return this.result();
  }

  /** The same project twice in one list (same name and builder, or same code) cannot be matched: refused. */
  private refuseRepeats(): void {
    const seen = new Map<string, SheetProject>();
    for (const project of this.projects) {
      const keys = [`name:${projectNameKey(project.name)}|${institutionNameKey(project.institutionName ?? '')}`, ...(project.givenCode ? [`code:${project.givenCode}`] : [])];
      for (const key of keys) {
        const first = seen.get(key);
        if (first) {
          const column = key.startsWith('code:') ? this.column('code')! : this.column('name')!;
          throw this.error(project.row, column, `与第 ${first.row} 行是同一个项目（${key.startsWith('code:') ? '项目代码相同' : '名称和建设单位相同'}）；请合并或删去其中一行`);
        }
        seen.set(key, project);
      }
    }
  }

  private project(row: SheetRow, name: string, institution: string | null, sectionCategory: AnnualCategory | null): SheetProject {
    const text = (role: SheetRole) => this.cell(row, role);
    const content = nullIfEmpty(verbatim(text('content')));
    const buildTypeText = text('buildType');
    const draft: ProjectDraft = {
      programNumber: programOf(text('program')) ?? null,
      institutionName: institution,
      name,
      content,
      remark: nullIfEmpty(verbatim(text('remark'))),
      source: { file: this.options.fileName, line: row.number },
    };
    if (this.column('buildType')) draft.buildType = buildTypeOf(buildTypeText) ?? undefined;
    if (this.column('investment')) draft.investmentWan = this.money(row, 'investment');
    if (this.column('land')) draft.landMu = this.land(row);
    if (this.column('floorArea')) draft.floorAreaM2 = this.area(row);
    if (this.column('beds')) draft.beds = this.beds(row);
    const years = this.years(row);
    if (years) {
      draft.startYear = years.start;
      draft.endYear = years.end;
    }
    const project = completeProject(draft, this.options.planCode);
    const givenCode = text('code').trim();
    if (givenCode !== '' && !CODE.test(givenCode)) {
      throw this.error(row.number, this.column('code')!, `“${givenCode}”不是有效的项目代码（字母、数字、点、横线和下划线，最多 100 个字符）`);
    }
    // 续建 / 新开工 / 前期 in 建设性质 name the category outright; 新建 there is as often the build type (新建 vs 改扩建)
    // of a project listed under 续建 or 前期, so it names the category only where no section does.
    const category = categoryOf(buildTypeText.replace(/新建/g, '')) ?? sectionCategory ?? categoryOf(buildTypeText);
    const code = givenCode !== '' ? givenCode : project.code;
    // Every field written out, not spread: an object spread of two dozen fields leaves V8 a slow dictionary object,
    // and each of 100,000 rows is read again by the sums and the importer.
    return {
      code,
      programNumber: project.programNumber,
      institutionName: project.institutionName,
      name: project.name,
      content: project.content,
      buildType: project.buildType,
      landMu: project.landMu,
      investmentWan: project.investmentWan,
      floorAreaM2: project.floorAreaM2,
      newBuildAreaM2: project.newBuildAreaM2,
      renovationAreaM2: project.renovationAreaM2,
      beds: project.beds,
      count: project.count,
      startYear: project.startYear,
      endYear: project.endYear,
      remark: project.remark,
      source: project.source,
      row: row.number,
      givenCode: givenCode !== '' ? givenCode : null,
      tier: this.byRole.tier ? nullIfEmpty(text('tier').replace(/\s+/g, '')) : null,
      started: this.started(row),
      annual: this.annual(row, category),
      progress: this.progress(row),
    };
  }

  private annual(row: SheetRow, category: AnnualCategory | null): SheetProject['annual'] {
    const quarters: QuarterPlan[] = [];
    for (const { quarter, plan, work } of this.quarterColumns) {
      quarters.push({
        quarter,
        planWan: plan ? this.moneyIn(row, plan) : null,
        work: work ? nullIfEmpty(verbatim((row.cells[work.index] ?? '').trim())) : null,
      });
    }
    const planWan = this.column('annualPlan') ? this.money(row, 'annualPlan') : null;
    const task = this.column('annualTask') ? nullIfEmpty(verbatim(this.cell(row, 'annualTask'))) : null;
    if (this.year === null) return null;
    if (planWan === null && task === null && category === null && quarters.every((q) => q.planWan === null && q.work === null)) return null;
    return { year: this.year, category, planWan, task, quarters };
  }

  private progress(row: SheetRow): SheetProject['progress'] {
    if (this.period === null) return null;
    const cumulativeWan = this.column('cumulativeCompleted') ? this.money(row, 'cumulativeCompleted') : null;
    const yearToDateWan = this.column('yearToDateCompleted') ? this.money(row, 'yearToDateCompleted') : null;
    const monthWan = this.column('monthCompleted') ? this.money(row, 'monthCompleted') : null;
    const text = this.column('progressText') ? nullIfEmpty(verbatim(this.cell(row, 'progressText'))) : null;
    if (cumulativeWan === null && yearToDateWan === null && monthWan === null && text === null) return null;
    return { period: this.period, cumulativeWan, yearToDateWan, monthWan, text };
  }

  private started(row: SheetRow): boolean | null {
    const column = this.column('started');
    if (!column) return null;
    const value = this.cell(row, 'started').replace(/\s+/g, '');
    if (value === '' || /^[-—/]$/.test(value)) return null;
    if (STARTED_YES.test(value)) return true;
    if (STARTED_NO.test(value)) return false;
    throw this.error(row.number, column, `“${value}”不能判断是否开工（请填“是”或“否”）`);
  }

  private years(row: SheetRow): { start: number; end: number } | null {
    const period = this.column('period') ? parseYearSpan(this.cell(row, 'period')) : null;
    const start = this.column('startDate') ? yearOf(this.cell(row, 'startDate')) : null;
    const end = this.column('endDate') ? yearOf(this.cell(row, 'endDate')) : null;
    if (!period && start === null && end === null) return null;
    const from = start ?? period?.start ?? null;
    const to = end ?? period?.end ?? null;
    if (from !== null && to !== null && to < from) {
      throw this.error(row.number, this.column('endDate') ?? this.column('period')!, `竣工年份 ${to} 早于开工年份 ${from}`);
    }
    return { start: from ?? to!, end: to ?? from! };
  }

  // ---- figures -------------------------------------------------------------------------------------------------

  private figure(row: SheetRow, column: LayoutColumn): StrictNumber | null {
    const raw = row.cells[column.index] ?? '';
    const figure = parseFigure(raw);
    if (figure === 'invalid') throw this.error(row.number, column, `“${raw.trim()}”不是数字`);
    if (figure === 'negative') throw this.error(row.number, column, `“${raw.trim()}”是负数，这一列不能为负`);
    if (figure?.note) this.warn(row.number, `${column.letter} 列（${column.header}）的括注“${figure.note}”不计入数字`, column.letter);
    return figure;
  }

  private money(row: SheetRow, role: SheetRole, quarter?: number): Decimal | null {
    return this.moneyIn(row, this.column(role, quarter)!);
  }

  private moneyIn(row: SheetRow, column: LayoutColumn): Decimal | null {
    const figure = this.figure(row, column);
    if (!figure) return null;
    const unit = figure.unit ? moneyUnitIn(`（${figure.unit}）`) : this.units.money.get(column.index)!;
    if (!unit) throw this.error(row.number, column, `“${figure.value}${figure.unit}”不是金额`);
    return this.round(toWan(figure.value, unit), 2, row.number, column, '万元');
  }

  private land(row: SheetRow): Decimal | null {
    const column = this.column('land')!;
    const figure = this.figure(row, column);
    if (!figure) return null;
    const unit = figure.unit ? landUnitIn(figure.unit) : (this.units.land ?? '亩');
    if (!unit) throw this.error(row.number, column, `“${figure.value}${figure.unit}”不是用地面积`);
    return this.round(toMu(figure.value, unit), 4, row.number, column, '亩');
  }

  private area(row: SheetRow): Decimal | null {
    const column = this.column('floorArea')!;
    const figure = this.figure(row, column);
    if (!figure) return null;
    const unit = figure.unit ? areaUnitIn(figure.unit) : (this.units.area ?? '平方米');
    if (!unit) throw this.error(row.number, column, `“${figure.value}${figure.unit}”不是建筑面积`);
    return this.round(toSquareMetres(figure.value, unit), 2, row.number, column, '平方米');
  }

  private beds(row: SheetRow): number | null {
    const column = this.column('beds')!;
    const figure = this.figure(row, column);
    if (!figure) return null;
    if (figure.unit && figure.unit !== '张') throw this.error(row.number, column, `“${figure.value}${figure.unit}”不是床位数`);
    if (!/^\d+$/.test(figure.value)) throw this.error(row.number, column, `“${figure.value}”不是整数`);
    return Number(figure.value);
  }

  /**
   * The tracker keeps 万元 to 0.01, 亩 to 0.0001 and ㎡ to 0.01. A finer figure (元 converted to 万元) is rounded
   * half up, with a warning naming the cell: stored silently, the database would round it anyway.
   */
  private round(value: Decimal, places: number, row: number, column: LayoutColumn, unit: string): Decimal {
    const dot = value.indexOf('.');
    if (dot < 0 || value.length - dot - 1 <= places) return value;
    const rounded = roundDecimal(value, places);
    this.warn(row, `${column.letter} 列（${column.header}）${value} ${unit} 按 ${places === 2 ? '0.01' : '0.0001'} ${unit}取整为 ${rounded} ${unit}`, column.letter);
    return rounded;
  }

  /** The figures of a total, subtotal or section row, by measure, in the tracker's units. */
  private figures(row: SheetRow): Map<SheetMeasure, Decimal> {
    const found = new Map<SheetMeasure, Decimal>();
    for (const column of this.columns) {
      const measure = measureOf(column);
      if (!measure) continue;
      if ((row.cells[column.index] ?? '').trim() === '') continue;
      const value =
        measure === 'landMu' ? this.land(row) : measure === 'floorAreaM2' ? this.area(row) : measure === 'beds' ? decimalOrNull(this.beds(row)) : this.money(row, column.role.role, column.role.quarter);
      if (value !== null) found.set(measure, value);
    }
    return found;
  }

  private check(kind: 'total' | 'subtotal', row: number, label: string, declared: Map<SheetMeasure, Decimal>, from: number): void {
    const covered = this.projects.slice(from);
    const measures = [...declared].map(([measure, value]) => {
      const computed = sumDecimals(covered.map((project) => measureValue(project, measure)));
      const difference = subtractDecimals(value, computed);
      return { measure, declared: value, computed, difference, reconciled: compareDecimals(value, computed) === 0 };
    });
    if (measures.length === 0) {
      this.skip(row, `“${label}”行没有数字，已跳过`);
      return;
    }
    const rows = covered.length > 0 ? { from: covered[0].row, to: covered[covered.length - 1].row } : null;
    const reconciled = measures.every((m) => m.reconciled);
    this.totals.push({ row, kind, label, rows, measures, reconciled });
    this.rowsSkipped++;
    for (const m of measures.filter((x) => !x.reconciled)) {
      this.warn(row, `“${label}”的${MEASURE_LABELS[m.measure]}是 ${m.declared}，而${rows ? `第 ${rows.from}–${rows.to} 行` : '其上各行'}相加是 ${m.computed}（相差 ${m.difference}）`);
    }
  }

  // ---- layout checks -------------------------------------------------------------------------------------------

  private checkSingleRoles(): void {
    const seen = new Map<string, LayoutColumn>();
    for (const column of this.columns) {
      const { role, quarter } = column.role;
      if (!SINGLE_ROLES.has(role) && role !== 'quarterPlan' && role !== 'quarterWork') continue;
      const key = quarter ? `${role}:${quarter}` : role;
      const first = seen.get(key);
      if (first) {
        throw sheetError(
          { sheet: this.sheetName, row: this.headerRow, column: column.letter, header: column.header },
          `与 ${first.letter} 列（${first.header}）都可以读作${ROLE_LABELS[role] ?? role}，无法确定读哪一列；请删去或改名其中一列`,
        );
      }
      seen.set(key, column);
    }
  }

  private checkWidth(row: SheetRow): void {
    for (let index = this.columns.length; index < row.cells.length; index++) {
      const value = (row.cells[index] ?? '').trim();
      if (value === '') continue;
      const last = this.columns[this.columns.length - 1];
      throw sheetError(
        { sheet: this.sheetName, row: row.number, column: columnLetter(index) },
        `“${truncate(value)}”在表头之外（表头只到 ${last.letter} 列“${last.header}”）；这一行的单元格可能错位了，请核对后重新导入`,
      );
    }
  }

  private sectionLabel(row: SheetRow, name: string): string | null {
    const seq = this.cell(row, 'seq').replace(/\s+/g, '');
    const institution = this.cell(row, 'institution').trim();
    if (SECTION.test(name)) return name;
    if (seq !== '' && SECTION.test(seq) && !/^\d+$/.test(seq)) {
      return name === '' ? seq : `${seq}${/[、.．]$/.test(seq) ? '' : '、'}${name}`;
    }
    // A row that only names a category ('续建项目（12个）') over its projects.
    if (institution === '' && /^(?:续建|新开工|新建|前期|预备|竣工)(?:项目)?(?:[（(].*[）)])?$/.test(name.replace(/\s+/g, ''))) return name;
    return null;
  }

  private noteBlankRows(previous: number, current: number): void {
    if (current - previous <= 1 || previous < this.headerRow) return;
    const from = previous + 1;
    const to = current - 1;
    this.warn(from, from === to ? `第 ${from} 行是空行，已跳过` : `第 ${from}–${to} 行是空行，已跳过`);
  }

  // ---- year and month ------------------------------------------------------------------------------------------

  private resolveYear(): number | null {
    const needed = this.columns.some((c) => ['annualPlan', 'annualTask', 'quarterPlan', 'quarterWork'].includes(c.role.role));
    const headerYears = this.columns.filter((c) => c.role.role === 'annualPlan').flatMap((c) => singleYears(c.header).map((year) => ({ year, where: `${c.letter} 列表头“${c.header}”` })));
    const titleYears = this.layout.titleCells.flatMap((cell) => singleYears(cell.text).map((year) => ({ year, where: `第 ${cell.row} 行标题“${truncate(cell.text)}”` })));
    const plan = this.options.planYears;
    const candidates = [
      ...(this.options.year !== undefined ? [{ year: this.options.year, where: '导入参数 year' }] : []),
      ...headerYears,
      ...titleYears,
    ];
    const distinct = [...new Map(candidates.map((c) => [c.year, c])).values()];
    if (distinct.length > 1) {
      throw new PlanParseError(
        `${this.where()}年度不一致：${distinct.map((c) => `${c.where}是 ${c.year} 年`).join('，')}；请核对后重新导入（或用 year 参数指定）`,
        this.headerRow,
      );
    }
    const year = distinct[0]?.year ?? (plan && plan.start === plan.end ? plan.start : null);
    if (year === null) {
      if (needed) {
        throw new PlanParseError(`${this.where()}有年度计划列，但标题、表头和规划都没有说明是哪一年；请在标题中写明（如“2022年重点项目表”）或用 year 参数指定`, this.headerRow);
      }
      return null;
    }
    if (plan && (year < plan.start || year > plan.end)) {
      throw new PlanParseError(`${this.where()}的年度 ${year} 不在规划期 ${plan.start}–${plan.end} 年内`, this.headerRow);
    }
    return year;
  }

  private resolvePeriod(): string | null {
    const figures = this.columns.filter((c) => ['cumulativeCompleted', 'yearToDateCompleted', 'monthCompleted'].includes(c.role.role));
    const texts = this.columns.filter((c) => c.role.role === 'progressText');
    if (figures.length === 0 && texts.length === 0) return null;
    if (this.options.period !== undefined) return this.options.period;
    const months = [
      ...[...figures, ...texts].flatMap((c) => monthsIn(c.header).map((month) => ({ month, year: singleYears(c.header)[0] ?? null, where: `${c.letter} 列表头“${c.header}”` }))),
      ...this.layout.titleCells.flatMap((cell) => monthsIn(cell.text).map((month) => ({ month, year: singleYears(cell.text)[0] ?? null, where: `第 ${cell.row} 行标题“${truncate(cell.text)}”` }))),
    ];
    const distinct = [...new Map(months.map((m) => [m.month, m])).values()];
    if (distinct.length > 1) {
      throw new PlanParseError(`${this.where()}进展所属月份不一致：${distinct.map((m) => `${m.where}是 ${m.month} 月`).join('，')}；请核对后重新导入（或用 period 参数指定，如 2022-05）`, this.headerRow);
    }
    const month = distinct[0];
    const year = month?.year ?? this.year;
    if (!month || year === null) {
      if (figures.length > 0) {
        throw new PlanParseError(
          `${this.where()}有完成投资列（${figures.map((c) => `${c.letter} 列“${c.header}”`).join('、')}），但不能确定截至哪一年哪一月；请在标题中写明（如“2022年5月进展情况”）或用 period 参数指定（如 2022-05）`,
          this.headerRow,
        );
      }
      this.warn(this.headerRow, `不能确定进展情况（${texts.map((c) => `${c.letter} 列`).join('、')}）所属的月份，这些列未导入；请在标题中写明（如“2022年5月进展情况”）或用 period 参数指定`);
      return null;
    }
    return `${year}-${String(month.month).padStart(2, '0')}`;
  }

  // ---- output --------------------------------------------------------------------------------------------------

  private result(): ParsedProjectSheet {
    const sums: Partial<Record<SheetMeasure, Decimal>> = {};
    for (const column of this.columns) {
      const measure = measureOf(column);
      if (!measure) continue;
      const total = new DecimalTotal();
      for (const project of this.projects) total.add(measureValue(project, measure));
      sums[measure] = total.value;
    }
    const title = this.layout.titleCells.map((cell) => cell.text).find((text) => text.length >= 4 && !/^(?:单位|金额单位)/.test(text)) ?? null;
    return {
      file: this.options.fileName,
      format: this.format,
      sheet: this.layout.sheet.name,
      otherSheets: this.otherSheets,
      title,
      headerRows: this.layout.headerRows,
      year: this.year,
      period: this.period,
      units: { money: this.moneyUnitShown, land: this.units.land ?? '亩', area: this.units.area ?? '平方米' },
      columns: this.columns.map((column) => this.columnView(column)),
      given: this.given(),
      projects: this.projects,
      totals: this.totals,
      sums,
      rowsRead: this.layout.body.length,
      rowsSkipped: this.rowsSkipped,
      warnings: this.warnings.sort((a, b) => a.line - b.line),
    };
  }

  private columnView(column: LayoutColumn): SheetColumnView {
    const { role, quarter, reason } = column.role;
    const view: SheetColumnView = { letter: column.letter, header: column.header, role, ...(quarter ? { quarter } : {}) };
    if (MONEY_ROLES.has(role)) view.unit = this.units.money.get(column.index);
    if (role === 'land') view.unit = this.units.land ?? '亩';
    if (role === 'floorArea') view.unit = this.units.area ?? '平方米';
    if (reason) view.ignored = reason;
    else if (role === 'seq') view.ignored = '序号，不导入';
    else if ((role === 'annualPlan' || role === 'annualTask' || role === 'quarterPlan' || role === 'quarterWork') && this.year === null) view.ignored = '年度不明，未导入';
    else if ((role === 'progressText' || role === 'cumulativeCompleted') && this.period === null) view.ignored = '月份不明，未导入';
    return view;
  }

  private given(): SheetField[] {
    const fields: SheetField[] = ['name'];
    const has = (role: SheetRole) => Boolean(this.column(role));
    if (has('institution')) fields.push('institution');
    if (has('program')) fields.push('program');
    if (has('content')) fields.push('content');
    if (has('buildType')) fields.push('buildType');
    if (has('land')) fields.push('landMu');
    if (has('investment')) fields.push('investmentWan');
    if (has('floorArea')) fields.push('floorAreaM2');
    if (has('beds')) fields.push('beds');
    if (has('period') || has('startDate') || has('endDate')) fields.push('years');
    if (has('remark')) fields.push('remark');
    if (has('tier')) fields.push('tier');
    if (has('started')) fields.push('started');
    return fields;
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  private column(role: SheetRole, quarter?: number): LayoutColumn | undefined {
    if (!quarter) return this.byRole[role];
    const entry = this.quarterColumns.find((q) => q.quarter === quarter);
    return role === 'quarterPlan' ? entry?.plan : entry?.work;
  }

  private cell(row: SheetRow, role: SheetRole, quarter?: number): string {
    const column = this.column(role, quarter);
    return column ? (row.cells[column.index] ?? '').trim() : '';
  }

  private where(): string {
    return this.sheetName ? `工作表“${this.sheetName}”` : this.options.fileName;
  }

  private place(row: number, column?: LayoutColumn): SheetPlace {
    return { sheet: this.sheetName, row, column: column?.letter, header: column?.header };
  }

  private error(row: number, column: LayoutColumn, message: string): PlanParseError {
    return sheetError(this.place(row, column), message);
  }

  private warn(row: number, message: string, column?: string): void {
    const place = describeSheetPlace({ sheet: this.sheetName, row });
    this.warnings.push({ line: row, message: message.startsWith('第 ') ? message : `${place}：${message}`, ...(this.sheetName ? { sheet: this.sheetName } : {}), ...(column ? { column } : {}) });
  }

  private skip(row: number, message: string): void {
    this.rowsSkipped++;
    this.warn(row, message);
  }
}

const CATEGORY_LABELS: Record<AnnualCategory, string> = { new: '新开工', continuing: '续建', preparatory: '前期', completing: '竣工' };

const MEASURE_LABELS: Record<SheetMeasure, string> = {
  investmentWan: '总投资（万元）',
  annualPlanWan: '年度计划投资（万元）',
  cumulativeCompletedWan: '累计完成投资（万元）',
  yearToDateCompletedWan: '年度完成投资（万元）',
  monthCompletedWan: '本月完成投资（万元）',
  q1PlanWan: '一季度投资（万元）',
  q2PlanWan: '二季度投资（万元）',
  q3PlanWan: '三季度投资（万元）',
  q4PlanWan: '四季度投资（万元）',
  landMu: '用地（亩）',
  floorAreaM2: '建筑面积（平方米）',
  beds: '床位（张）',
};

const ROLE_LABELS: Partial<Record<SheetRole, string>> = {
  code: '项目代码', program: '专栏', name: '项目名称', institution: '建设单位', content: '建设内容', investment: '总投资',
  annualPlan: '年度计划投资', annualTask: '年度建设任务', cumulativeCompleted: '累计完成投资', yearToDateCompleted: '年度完成投资',
  monthCompleted: '本月完成投资', progressText: '进展情况', quarterPlan: '季度投资', quarterWork: '季度工作内容', land: '用地',
  floorArea: '建筑面积', beds: '床位', buildType: '建设性质', started: '是否开工', tier: '层次', period: '建设年限',
  startDate: '开工时间', endDate: '竣工时间',
};

function measureOf(column: LayoutColumn): SheetMeasure | null {
  switch (column.role.role) {
    case 'investment': return 'investmentWan';
    case 'annualPlan': return 'annualPlanWan';
    case 'cumulativeCompleted': return 'cumulativeCompletedWan';
    case 'yearToDateCompleted': return 'yearToDateCompletedWan';
    case 'monthCompleted': return 'monthCompletedWan';
    case 'quarterPlan': return `q${column.role.quarter}PlanWan` as SheetMeasure;
    case 'land': return 'landMu';
    case 'floorArea': return 'floorAreaM2';
    case 'beds': return 'beds';
    default: return null;
  }
}

function measureValue(project: SheetProject, measure: SheetMeasure): Decimal | null {
  switch (measure) {
    case 'investmentWan': return project.investmentWan;
    case 'annualPlanWan': return project.annual?.planWan ?? null;
    case 'cumulativeCompletedWan': return project.progress?.cumulativeWan ?? null;
    case 'yearToDateCompletedWan': return project.progress?.yearToDateWan ?? null;
    case 'monthCompletedWan': return project.progress?.monthWan ?? null;
    case 'landMu': return project.landMu;
    case 'floorAreaM2': return project.floorAreaM2;
    case 'beds': return project.beds === null ? null : String(project.beds);
    default: {
      const quarter = Number(measure[1]);
      return project.annual?.quarters.find((q) => q.quarter === quarter)?.planWan ?? null;
    }
  }
}

function categoryOf(text: string): AnnualCategory | null {
  for (const [category, words] of CATEGORY_WORDS) if (words.test(text)) return category;
  return null;
}

function programOf(text: string): number | null {
  const match = /\d+/.exec(text);
  return match ? Number(match[0]) : null;
}

function decimalOrNull(value: number | null): Decimal | null {
  return value === null ? null : String(value);
}

/** Years a text names on their own, not as the ends of a range ('2021-2025年'). */
function singleYears(text: string): number[] {
  const years: number[] = [];
  const ranges = [...text.matchAll(/((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})/g)];
  const masked = ranges.reduce((t, range) => t.replace(range[0], ' '), text);
  for (const match of masked.matchAll(/((?:19|20)\d{2})\s*年/g)) years.push(Number(match[1]));
  return [...new Set(years)];
}

/** The months a text names as the end of its period: '5月进展情况' → 5, '1-5月' → 5, '截至6月底' → 6. */
function monthsIn(text: string): number[] {
  const months: number[] = [];
  for (const match of text.matchAll(/(?:\d{1,2}\s*[-—–~至到]\s*)?(\d{1,2})\s*月(?!份?\s*[-—–~至到])/g)) {
    const month = Number(match[1]);
    if (month >= 1 && month <= 12) months.push(month);
  }
  return [...new Set(months)];
}

function yearOf(text: string): number | null {
  const match = /((?:19|20)\d{2})/.exec(text);
  return match ? Number(match[1]) : null;
}

function roundDecimal(value: Decimal, places: number): Decimal {
  const [whole, fraction = ''] = value.split('.');
  const kept = `${whole}.${fraction.slice(0, places)}`;
  const roundUp = Number(fraction[places]) >= 5;
  return roundUp ? addDecimals(kept, multiplyDecimals('1', `0.${'0'.repeat(places - 1)}1`)) : addDecimals(kept, '0');
}

function truncate(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

/** The merged areas of a sheet, asked whether a cell lies inside one (not as its first cell). */
function mergedAreas(sheet: Sheet) {
  return {
    covers(row: number, column: number): boolean {
      return sheet.merges.some((m) => m.left <= column && m.right >= column && m.top < row && m.bottom >= row);
    },
  };
}
