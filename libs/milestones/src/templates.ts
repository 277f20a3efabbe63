// Pure functions: no providers, no database. The type import from @tracker/projects is erased at compile time; the
// date range is the one the milestone DTOs accept (IsCalendarDate, in api-conventions).
import { EARLIEST_DATE, LATEST_DATE } from '@tracker/api-conventions';
import type { BuildType } from '@tracker/projects';
import type { MilestoneKind } from './milestone.types';

export type StandardKind = Exclude<MilestoneKind, 'custom'>;

export interface StandardMilestone {
  kind: StandardKind;
  name: string;
  /** YYYY-MM-DD */
  plannedDate: string;
}

/** The names the approval documents and site boards use; managers rename them as they like afterwards. */
export const STANDARD_NAMES: Record<StandardKind, string> = {
  approval: '立项',
  feasibility: '可研批复',
  design: '初步设计批复',
  permit: '施工许可',
  groundbreaking: '开工',
  topping_out: '主体封顶',
  completion: '竣工验收',
  in_service: '投入使用',
};

const FULL: readonly StandardKind[] = [
  'approval',
  'feasibility',
  'design',
  'permit',
  'groundbreaking',
  'topping_out',
  'completion',
  'in_service',
];

/**
 * The approval and construction sequence per build type. A renovation usually goes without 可研 (its
 * investment and scope are settled at 立项) and has no new structure to top out. For `other` (equipment,
 * informatisation, mixed works) only the steps every project passes are certain.
 */
export const STANDARD_SEQUENCES: Record<BuildType, readonly StandardKind[]> = {
  new: FULL,
  expansion: FULL,
  relocation: FULL,
  renovation: ['approval', 'design', 'permit', 'groundbreaking', 'completion', 'in_service'],
  other: ['approval', 'groundbreaking', 'completion', 'in_service'],
};

// The years a milestone date may fall in, as the milestone DTOs accept them.
const FIRST_YEAR = Number(EARLIEST_DATE.slice(0, 4));
const LAST_YEAR = Number(LATEST_DATE.slice(0, 4));
const DAY_MS = 86_400_000;

/**
 * The standard milestones of a build type, planned over the project's years.
 *
 * The span runs from 1 March of `startYear` to 31 December of `endYear`: local budgets (and with them the year's
 * project list) are adopted by the people's congresses in January–February, so work of a year can start in March
 * at the earliest, and projects are planned to be accepted by the year's end. The first milestone falls on the
 * first day, the last on the last, the others evenly between (whole days, rounded to the nearest), so the dates
 * strictly increase; managers then adjust them.
 *
 * Both years are required: where a project's own years are unknown, the caller resolves them first with
 * `milestoneSpan` from its plan's period. Throws a RangeError for years outside 2000–2100, `endYear < startYear`,
 * or an unknown build type.
 */
export function standardMilestones(buildType: BuildType, startYear: number, endYear: number): StandardMilestone[] {
  const kinds = STANDARD_SEQUENCES[buildType] as readonly StandardKind[] | undefined;
  if (!kinds) throw new RangeError(`unknown build type ${String(buildType)}`);
  assertYear('startYear', startYear);
  assertYear('endYear', endYear);
  if (endYear < startYear) throw new RangeError(`endYear ${endYear} is before startYear ${startYear}`);

  const first = Date.UTC(startYear, 2, 1);
  const days = (Date.UTC(endYear, 11, 31) - first) / DAY_MS;
  const gaps = kinds.length - 1;
  return kinds.map((kind, i) => ({
    kind,
    name: STANDARD_NAMES[kind],
    // At least 305 days over at most 7 gaps: rounding never makes two dates meet.
    plannedDate: new Date(first + Math.round((i * days) / gaps) * DAY_MS).toISOString().slice(0, 10),
  }));
}

/**
 * A project's years, with the plan's period standing in for the ones it lacks (start_year and end_year are
 * often blank in the plans' tables; the plan's period is then the best knowledge of when it happens). When only
 * one is known and the plan's bound would put the other on its wrong side (a project starting after the plan's
 * end), the known year wins and the project is taken to last that one year rather than refused.
 */
export function milestoneSpan(
  startYear: number | null,
  endYear: number | null,
  plan: { periodStart: number; periodEnd: number },
): { startYear: number; endYear: number } {
  const start = startYear ?? (endYear === null ? plan.periodStart : Math.min(plan.periodStart, endYear));
  const end = endYear ?? Math.max(plan.periodEnd, start);
  return { startYear: start, endYear: end };
}

function assertYear(name: string, year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`${name} must be a whole year from ${FIRST_YEAR} to ${LAST_YEAR}, not ${year}`);
  }
}
