import { PageOf } from '@tracker/api-conventions';
import { ApiProperty } from '@nestjs/swagger';
import { MILESTONE_KINDS } from '../milestone.types';
import { MILESTONE_STATUSES } from './milestone.dto';

export class MilestoneView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  projectId: string;
  @ApiProperty({ format: 'uuid', description: 'The plan of the project' })
  planId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The institution of the project' })
  institutionId: string | null;
  @ApiProperty({ example: '510604', description: 'The region of the project' })
  regionCode: string;
  @ApiProperty({ enum: MILESTONE_KINDS, example: 'groundbreaking' })
  kind: string;
  @ApiProperty({ example: '传染病区建设项目开工' })
  name: string;
  @ApiProperty({ format: 'date', example: '2022-03-15' })
  plannedDate: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2022-04-06' })
  actualDate: string | null;
  @ApiProperty({
    enum: MILESTONE_STATUSES,
    example: 'done',
    description: 'Derived, never stored: done with an actual date, else overdue once the planned date is past in the plan’s time zone, else pending',
  })
  status: string;
  @ApiProperty({ type: String, nullable: true, example: '施工许可证已核发' })
  note: string | null;
  @ApiProperty({ example: 2 })
  version: number;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export const MilestonePage = PageOf(MilestoneView);
export type MilestonePage = InstanceType<typeof MilestonePage>;

/** Milestones created together, in planned order; unlike a page, complete in one response. */
export class MilestoneList {
  @ApiProperty({ type: [MilestoneView] })
  items: MilestoneView[];
}
