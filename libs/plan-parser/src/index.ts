export type {
  BedMeasure,
  BedReconciliation,
  BuildType,
  Decimal,
  DeclaredTotals,
  IndicatorNature,
  InstitutionCategory,
  ParsedBedTarget,
  ParsedIndicator,
  ParsedInstitution,
  ParsedPlan,
  ParsedPlanDocument,
  ParsedProgram,
  ParsedProject,
  ParseWarning,
  ProgramKind,
  ProgramReconciliation,
  RegionLevel,
  SourceRef,
} from './types';
export { PlanParseError } from './errors';
export { PARSER_LIMITS, type ParserLimits } from './limits';
export { decodeDocument, decodeText } from './decode';
export { addDecimals, subtractDecimals, multiplyDecimals, compareDecimals, normalizeDecimal, sumDecimals } from './decimal';
export { parsePlanDocument, type ParseOptions } from './document';
export { RegionIndex, shortNameOf, type Region, type RegionCatalogueFile } from './regions/catalogue';
export { recogniseRegion } from './regions/recognise';
export { extractQuantities, type ContentQuantities } from './projects/quantities';
export { buildTypeOf, buildTypeFrom } from './projects/build-type';
export { institutionCategoryOf } from './projects/institution-category';
export { projectCode } from './projects/project-code';
export { mergeCuratedProjects, type CuratedProject } from './curated';
export { readWorkbook, SHEET_EXTENSIONS } from './sheets/read-workbook';
export { parseProjectSheet, type ProjectSheetOptions } from './sheets/project-sheet';
export type { Workbook, Sheet, SheetRow, CellRange } from './sheets/workbook';
export { columnLetter } from './sheets/workbook';
export * from './sheets/sheet-types';
export { projectNameKey, institutionNameKey } from './projects/name-key';
export { describeSheetPlace, type SheetPlace } from './errors';
