import type { RegionLevel } from './regions/catalogue';

export type { RegionLevel };

/** Where a record came from: the file and its 1-based line (or, for a spreadsheet, its row number). */
export interface SourceRef {
  file: string;
  line: number;
}

/** An exact decimal as a string, e.g. "19295.23". Never a JS float: amounts are summed with bigint arithmetic. */
export type Decimal = string;

export type BuildType = 'new' | 'expansion' | 'renovation' | 'relocation' | 'other';

export interface ParsedPlan {
  /** `${regionCode}-2021-2025` */
  code: string;
  title: string;
  regionCode: string;
  regionName: string;
  regionLevel: RegionLevel;
  parentRegion: { code: string; name: string } | null;
  periodStart: number;
  periodEnd: number;
  documentNumber: string | null;
  /** 'YYYY-MM-DD' when the document states it. */
  issuedOn: string | null;
  source: SourceRef;
}

export type ProgramKind = 'projects' | 'beds' | 'indicators' | 'list';

export interface DeclaredTotals {
  landMu: Decimal | null;
  investmentWan: Decimal | null;
}

/** A numbered box (专栏) or table (表) of the plan. */
export interface ParsedProgram {
  /**
   * The 专栏 number. A 表 keeps its own number unless a 专栏 of the same document already has it; then it is
   * 100 + its number (the importer keys programs by number). `label` always keeps the document's own name.
   */
  number: number;
  title: string;
  kind: ProgramKind;
  /** From the 合计 row; null when the table has none. */
  declared: DeclaredTotals | null;
  source: SourceRef;
  /** The document's own name for it: '专栏2', '表1'. */
  label: string;
  /** True when the document prints no number and the parser counted it from its neighbours. */
  numberInferred: boolean;
}

export type InstitutionCategory =
  | 'general_hospital'
  | 'tcm_hospital'
  | 'maternal_child'
  | 'township_health_center'
  | 'community_health_center'
  | 'village_clinic'
  | 'cdc'
  | 'public_health'
  | 'elderly_care'
  | 'childcare'
  | 'other';

export interface ParsedInstitution {
  name: string;
  category: InstitutionCategory;
  source: SourceRef;
}

export interface ParsedProject {
  /** `${planCode}-Z${programNumber ?? 0}-${first 16 hex of sha1((institutionName ?? '') + '|' + name)}` */
  code: string;
  programNumber: number | null;
  institutionName: string | null;
  name: string;
  /** The 建设内容及规模 text as written, continuation lines joined with '\n'. */
  content: string | null;
  buildType: BuildType;
  landMu: Decimal | null;
  investmentWan: Decimal | null;
  floorAreaM2: Decimal | null;
  newBuildAreaM2: Decimal | null;
  renovationAreaM2: Decimal | null;
  beds: number | null;
  /** 新建8-10所 → { min: 8, max: 10 } */
  count: { min: number; max: number } | null;
  startYear: number | null;
  endYear: number | null;
  remark: string | null;
  source: SourceRef;
}

export interface ParsedBedTarget {
  subject: string;
  subjectKind: 'institution' | 'category';
  programNumber: number | null;
  baselineYear: number;
  targetYear: number;
  /** Numbers are the cell's leading figure; for a range ('90-94', '2-3') the upper bound. The text is verbatim. */
  baselineCount: number | null;
  baselineCountText: string | null;
  baselineBeds: number | null;
  baselineBedsText: string | null;
  targetCount: number | null;
  targetCountText: string | null;
  targetBeds: number | null;
  targetBedsText: string | null;
  source: SourceRef;
  /** A designation printed after an institution's name, e.g. '县域医疗卫生次中心'. */
  subjectNote: string | null;
  /** The 院区 (campus) column, where the table has one. */
  campus: string | null;
}

export type IndicatorNature = 'binding' | 'expected' | 'guiding';

export interface ParsedIndicator {
  domain: string | null;
  name: string;
  unit: string | null;
  baseline: Decimal | null;
  baselineText: string | null;
  target: Decimal | null;
  targetText: string | null;
  nature: IndicatorNature | null;
  source: SourceRef;
  programNumber: number | null;
}

export interface ParseWarning {
  line: number;
  message: string;
}

export interface ProgramReconciliation {
  programNumber: number;
  declared: DeclaredTotals;
  computed: { landMu: Decimal; investmentWan: Decimal };
  /** declared − computed, null where nothing is declared. */
  difference: { landMu: Decimal | null; investmentWan: Decimal | null };
  reconciled: boolean;
}

export type BedMeasure = 'baselineCount' | 'baselineBeds' | 'targetCount' | 'targetBeds';

/** A bed table's 合计 row against its rows; ranges ('2-3') add up as ranges. */
export interface BedReconciliation {
  programNumber: number;
  measure: BedMeasure;
  declaredText: string;
  /** 'n' or 'min-max' */
  computedText: string;
  reconciled: boolean;
}

export interface ParsedPlanDocument {
  plan: ParsedPlan;
  programs: ParsedProgram[];
  institutions: ParsedInstitution[];
  projects: ParsedProject[];
  bedTargets: ParsedBedTarget[];
  indicators: ParsedIndicator[];
  warnings: ParseWarning[];
  reconciliation: ProgramReconciliation[];
  bedReconciliation: BedReconciliation[];
}
