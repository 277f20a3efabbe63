/** The kinds of reminder, as the API and the database spell them (each is also the event `milestone.<kind>`). */
export const REMINDER_KINDS = ['due_soon', 'overdue', 'escalated'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
