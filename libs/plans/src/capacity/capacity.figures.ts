import { INSTITUTION_CATEGORIES } from '../http/institution.dto';
import { categoryOfSubject, isTotalSubject, type InstitutionCategory } from './subject-categories';

/** One row of a plan's bed table, as stored in bed_targets (cells verbatim beside the numbers read from them). */
export interface BedSubject {
  subject: string;
  subjectKind: string;
  /** For a row naming one institution: that institution's own category, when the import matched it. */
  institutionCategory: string | null;
  baselineBeds: number | null;
  baselineBedsText: string | null;
  targetBeds: number | null;
  targetBedsText: string | null;
  source: { file: string | null; line: number | null };
}

export interface AddedBeds {
  planned: number;
  underConstruction: number;
  inService: number;
  total: number;
}

export const NO_ADDED_BEDS: AddedBeds = { planned: 0, underConstruction: 0, inService: 0, total: 0 };

export interface Capacity {
  baselineBeds: number | null;
  targetBeds: number | null;
  addedBeds: AddedBeds;
  projectedBeds: number | null;
  reachesTarget: boolean | null;
}

// 不设上限 ("no upper limit", 罗江's 社会办医): the plan deliberately sets no target, which is neither 0 nor a gap.
const UNCAPPED = /不设上限/;

const isUncapped = (row: BedSubject) => row.targetBeds === null && row.targetBedsText !== null && UNCAPPED.test(row.targetBedsText);

/** The sum of the figures the plan states; null when it states none, so an absent cell never reads as 0. */
function sumStated(values: (number | null)[]): number | null {
  const stated = values.filter((v): v is number => v !== null);
  return stated.length ? stated.reduce((a, b) => a + b, 0) : null;
}

export function capacityOf(baselineBeds: number | null, targetBeds: number | null, addedBeds: AddedBeds): Capacity {
  // Without a baseline the projects' beds have nothing to add to: projecting from 0 would understate the region.
  const projectedBeds = baselineBeds === null ? null : baselineBeds + addedBeds.total;
  const reachesTarget = projectedBeds === null || targetBeds === null ? null : projectedBeds >= targetBeds;
  return { baselineBeds, targetBeds, addedBeds, projectedBeds, reachesTarget };
}

/**
 * The category a row counts in: a row naming an institution takes the institution's own category (乐山's 表2);
 * a row naming a kind of institution goes through the subject rules (罗江's 专栏4).
 */
export function categoryOfRow(row: BedSubject): InstitutionCategory {
  const own = INSTITUTION_CATEGORIES.find((c) => c === row.institutionCategory);
  return own ?? categoryOfSubject(row.subject);
}

export type BedSubjectFigures = Omit<BedSubject, 'institutionCategory'>;

export interface CategoryCapacity extends Capacity {
  category: InstitutionCategory;
  subjects: BedSubjectFigures[];
}

/**
 * One row per category that the bed table names or that projects add beds to, in the order of the tracker's
 * categories. Several subjects of one category add up (社区卫生服务中心 + 社区卫生服务站); one uncapped subject
 * leaves the whole category without a target.
 */
export function categoryCapacities(rows: BedSubject[], added: Map<string, AddedBeds>): CategoryCapacity[] {
  const subjects = new Map<InstitutionCategory, BedSubject[]>();
  for (const row of rows) {
    if (isTotalSubject(row.subject)) continue;
    const category = categoryOfRow(row);
    subjects.set(category, [...(subjects.get(category) ?? []), row]);
  }
  return INSTITUTION_CATEGORIES.flatMap((category) => {
    const own = subjects.get(category) ?? [];
    const addedBeds = added.get(category) ?? NO_ADDED_BEDS;
    if (!own.length && addedBeds.total === 0) return [];
    const target = own.some(isUncapped) ? null : sumStated(own.map((r) => r.targetBeds));
    const baseline = sumStated(own.map((r) => r.baselineBeds));
    const printed = own.map(({ institutionCategory: _, ...row }) => row);
    return [{ category, ...capacityOf(baseline, target, addedBeds), subjects: printed }];
  });
}

export type TotalsBasis = 'total_row' | 'subjects' | 'none';

/**
 * The plan's own 合计 row when the table has one; otherwise the sum of its subjects. Uncapped subjects are left
 * out of the target sum, as the plans do: 罗江's 合计 of 1500 is the sum of every row but 社会办医 (不设上限).
 */
export function planTotals(rows: BedSubject[], added: AddedBeds): Capacity & { basis: TotalsBasis } {
  const total = rows.find((r) => isTotalSubject(r.subject));
  if (total) return { ...capacityOf(total.baselineBeds, total.targetBeds, added), basis: 'total_row' };
  const capped = rows.filter((r) => !isUncapped(r));
  return {
    ...capacityOf(sumStated(rows.map((r) => r.baselineBeds)), sumStated(capped.map((r) => r.targetBeds)), added),
    basis: rows.length ? 'subjects' : 'none',
  };
}
