/** The vocabulary of 调度: rounds, their reports, and the problems (存在问题) of projects. */

export const ROUND_STATUSES = ['open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/**
 * A report's life: `pending` (nothing saved yet) → `draft` (saved, not submitted) → `submitted` → `approved`, or
 * `returned` with a reason, then edited (`draft`) and submitted again.
 */
export const REPORT_STATUSES = ['pending', 'draft', 'submitted', 'returned', 'approved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** What a closed round lists as missing: every report not submitted by then. */
export const UNSUBMITTED: readonly ReportStatus[] = ['pending', 'draft', 'returned'];

export const PROBLEM_CATEGORIES = ['land', 'funding', 'approval', 'demolition', 'construction', 'other'] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];
export const PROBLEM_CATEGORY_NAMES: Record<ProblemCategory, string> = {
  land: '用地',
  funding: '资金',
  approval: '手续审批',
  demolition: '征地拆迁',
  construction: '施工',
  other: '其他',
};

export const PROBLEM_STATUSES = ['open', 'resolved'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

/** Projects that owe no report: finished or cancelled. */
export const FINISHED_PROJECT_STATUSES = ['completed', 'in_service', 'cancelled'] as const;
