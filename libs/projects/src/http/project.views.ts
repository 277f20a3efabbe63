import { PageOf } from '@tracker/api-conventions';
import { ApiProperty } from '@nestjs/swagger';
import { BUILD_TYPES, PROJECT_STATUSES } from '../project.types';

export class ProjectSourceView {
  @ApiProperty({ type: String, example: '003_4027c28a8168d5a8.txt', nullable: true })
  file: string | null;
  @ApiProperty({ type: Number, example: 494, nullable: true })
  line: number | null;
}

export class ProjectView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: '510604-2021-2025-Z2-6f1c2a9b' })
  code: string;
  @ApiProperty({ format: 'uuid' })
  planId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  programId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  institutionId: string | null;
  @ApiProperty({ example: '510604' })
  regionCode: string;
  @ApiProperty({ example: '传染病区建设项目' })
  name: string;
  @ApiProperty({ type: String, nullable: true, example: '新建县级传染病区急诊部、门诊部、医技部、病房及配套设施' })
  content: string | null;
  @ApiProperty({ enum: BUILD_TYPES, example: 'new' })
  buildType: string;
  @ApiProperty({ enum: PROJECT_STATUSES, example: 'planned' })
  status: string;
  @ApiProperty({ type: Number, nullable: true, example: 20, description: '亩' })
  landMu: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 12000, description: '万元' })
  investmentWan: number | null;
  @ApiProperty({ type: Number, nullable: true, example: null, description: 'm²' })
  floorAreaM2: number | null;
  @ApiProperty({ type: Number, nullable: true, example: null })
  newBuildAreaM2: number | null;
  @ApiProperty({ type: Number, nullable: true, example: null })
  renovationAreaM2: number | null;
  @ApiProperty({ type: Number, nullable: true, example: null })
  beds: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 2021 })
  startYear: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 2025 })
  endYear: number | null;
  @ApiProperty({ type: String, nullable: true })
  remark: string | null;
  @ApiProperty({ type: String, nullable: true, example: '市重点', description: '层次: the tier an annual key-project list gives (省重点, 市重点, 县（区）重点 …)' })
  tier: string | null;
  @ApiProperty({ type: ProjectSourceView })
  source: ProjectSourceView;
  @ApiProperty({ example: 1 })
  version: number;
}

export const ProjectPage = PageOf(ProjectView);
export type ProjectPage = InstanceType<typeof ProjectPage>;
