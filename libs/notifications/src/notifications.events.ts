import { ApiProperty } from '@nestjs/swagger';
import { defineEvents, type CatalogueOf } from '@tracker/events';

export class MilestoneReminderEvent {
  @ApiProperty({ format: 'uuid' })
  notificationId: string;
  @ApiProperty({ format: 'uuid' })
  milestoneId: string;
  @ApiProperty({ format: 'uuid' })
  projectId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  institutionId: string | null;
  @ApiProperty({ format: 'date', example: '2025-06-30' })
  plannedDate: string;
  @ApiProperty({ example: '里程碑「开工」将于2025-06-30到期（还有7天）' })
  title: string;
}

export class RoundReminderEvent {
  @ApiProperty({ format: 'uuid' })
  notificationId: string;
  @ApiProperty({ format: 'uuid' })
  roundId: string;
  @ApiProperty({ example: '2022-05', description: 'The month the round reports on' })
  period: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The institution whose reports are owed' })
  institutionId: string | null;
  @ApiProperty({ type: String, nullable: true, example: '德阳市罗江区人民医院' })
  institutionName: string | null;
  @ApiProperty({ example: 2, description: 'Its reports not submitted (pending, draft or returned) when the reminder was made' })
  unsubmitted: number;
  @ApiProperty({ format: 'date', example: '2022-06-05' })
  dueDate: string;
  @ApiProperty({ example: '调度「2022-05」：德阳市罗江区人民医院还有2个项目未提交，2022-06-05截止（还有3天）' })
  title: string;
}

/** The reminders of the scan: written by it, in the same transaction as their notifications. */
export const REMINDER_EVENTS = defineEvents('notifications', {
  'milestone.due_soon': { aggregate: 'milestone', summary: 'A milestone is due within the configured days', payload: MilestoneReminderEvent, public: true },
  'milestone.overdue': { aggregate: 'milestone', summary: 'A milestone’s planned date has passed', payload: MilestoneReminderEvent, public: true },
  'milestone.escalated': { aggregate: 'milestone', summary: 'A milestone is long overdue (to finance; again weekly)', payload: MilestoneReminderEvent, public: true },
  'round.due_soon': { aggregate: 'reporting_round', summary: 'An institution’s reports of a round are due within the configured days', payload: RoundReminderEvent, public: true },
  'round.overdue': { aggregate: 'reporting_round', summary: 'An institution’s reports of a round are past their due date', payload: RoundReminderEvent, public: true },
  'round.escalated': { aggregate: 'reporting_round', summary: 'An institution’s reports are still missing days after the due date (to finance)', payload: RoundReminderEvent, public: true },
});

declare module '@tracker/events' {
  interface EventCatalogue extends CatalogueOf<typeof REMINDER_EVENTS> {}
}
