export type MilestoneStatus = 'pending' | 'done' | 'overdue';

/**
 * A milestone is done once it has an actual date, overdue from the day after its planned date, pending before.
 * `today` is the calendar date (YYYY-MM-DD) in the plan's time zone; ISO dates compare correctly as strings.
 */
export function milestoneStatus(plannedDate: string, actualDate: string | null, today: string): MilestoneStatus {
  if (actualDate) return 'done';
  return plannedDate < today ? 'overdue' : 'pending';
}
