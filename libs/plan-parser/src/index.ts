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
export { decodeDocument } from './decode';
export { addDecimals, subtractDecimals, multiplyDecimals, compareDecimals, normalizeDecimal, sumDecimals } from './decimal';
export { parsePlanDocument, type ParseOptions } from './document';
export { KNOWN_REGIONS, provinceOf, type KnownRegion } from './metadata/regions';
export { extractQuantities, type ContentQuantities } from './projects/quantities';
export { buildTypeOf, buildTypeFrom } from './projects/build-type';
export { institutionCategoryOf } from './projects/institution-category';
export { projectCode } from './projects/project-code';
export { mergeCuratedProjects, type CuratedProject } from './curated';
export { parseProjectCsv, parseProjectXlsx, type SheetOptions } from './sheets/parse-sheets';
