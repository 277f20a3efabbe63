import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@tracker/api-conventions';
import { REMINDER_KINDS } from '../notifications.types';

export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REMINDER_KINDS }) kind: string;
  @ApiProperty({ enum: ['milestone', 'round', 'problem'], description: 'What the reminder is about' }) subject: 'milestone' | 'round' | 'problem';
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) milestoneId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'A reporting round: its reports owed by the institution' }) roundId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) problemId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for a round reminder (about several projects)' }) projectId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) institutionId: string | null;
  @ApiProperty({ type: String, nullable: true, example: '传染病区建设项目', description: 'The project’s name; null for a round reminder' }) projectName: string | null;
  @ApiProperty({ type: String, nullable: true, example: '510626-2021-2025-P01' }) projectCode: string | null;
  @ApiProperty({ type: String, nullable: true, example: '罗江区人民医院' }) institutionName: string | null;
  @ApiProperty({ type: String, nullable: true, example: '开工', description: 'For a milestone reminder: the milestone’s name' }) milestoneName: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'groundbreaking', description: 'For a milestone reminder: the milestone’s kind' }) milestoneKind: string | null;
  @ApiProperty({ example: '里程碑「开工」将于2025-03-01到期（还有7天）' }) title: string;
  @ApiProperty({ format: 'date', example: '2025-03-01' }) dueDate: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ description: 'Acknowledged by the caller' }) acked: boolean;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When its cause went: the milestone done or its planned date moved, the problem resolved or its due date moved, the round closed or all its reports submitted. Listed only with `history=true`.',
  })
  resolvedAt: string | null;
}

export class AcknowledgedView {
  @ApiProperty({ example: 3, description: 'Reminders acknowledged by this request (those acknowledged before are not counted)' }) acknowledged: number;
}

export const NotificationPage = PageOf(NotificationView);
export type NotificationPage = InstanceType<typeof NotificationPage>;
