import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@tracker/api-conventions';

/** What a manager should look at first: the order of `GET /me/projects`. */
export const ATTENTION = ['overdue', 'unreported', 'due', 'none'] as const;
export type Attention = (typeof ATTENTION)[number];

export class NextMilestoneView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '开工' }) name: string;
  @ApiProperty({ example: 'groundbreaking' }) kind: string;
  @ApiProperty({ format: 'date', example: '2026-03-01' }) plannedDate: string;
  @ApiProperty({ description: 'Its planned date has passed (in the plan’s time zone)' }) overdue: boolean;
}

export class MyProjectView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '510626-2021-2025-P01' }) code: string;
  @ApiProperty({ example: '传染病区建设项目' }) name: string;
  @ApiProperty({ example: 'under_construction' }) status: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ format: 'uuid' }) institutionId: string;
  @ApiProperty({ example: '罗江区人民医院' }) institutionName: string;
  @ApiProperty({ type: Number, nullable: true, example: 12000 }) investmentWan: number | null;
  @ApiProperty({
    enum: ATTENTION,
    description:
      'overdue: an open milestone past its planned date, or a report of an open round past its due date; unreported: a report of an open round ' +
      'not submitted (pending, draft or returned); due: an open milestone due within 30 days; none: nothing pressing',
  })
  attention: Attention;
  @ApiProperty({ example: 1, description: 'Open milestones past their planned date' }) overdueMilestones: number;
  @ApiProperty({ example: 0, description: 'Open milestones due within the next 30 days' }) dueMilestones: number;
  @ApiProperty({ example: 1, description: 'Reports of open rounds not submitted (pending, draft or returned)' }) unreportedReports: number;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The earliest due date of those reports' }) reportDueDate: string | null;
  @ApiProperty({ type: NextMilestoneView, nullable: true, description: 'The earliest open milestone' }) nextMilestone: NextMilestoneView | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-10', description: 'The last month with monthly progress' }) lastReportedPeriod: string | null;
}

export const MyProjectPage = PageOf(MyProjectView);
export type MyProjectPage = InstanceType<typeof MyProjectPage>;
