import { PageOf } from '@tracker/api-conventions';
import { ApiProperty } from '@nestjs/swagger';
import { REGION_LEVELS } from './region.dto';

export class RegionView {
  @ApiProperty({ example: '510604', description: 'Division code (行政区划代码, GB/T 2260)' })
  code: string;
  @ApiProperty({ example: '罗江区' })
  name: string;
  @ApiProperty({ example: '罗江', description: 'The name without its administrative suffix, as titles often write it' })
  shortName: string;
  @ApiProperty({ example: '德阳市罗江区', description: 'A county or district with its city, as a person tells it apart' })
  fullName: string;
  @ApiProperty({ enum: REGION_LEVELS })
  level: string;
  @ApiProperty({ type: String, nullable: true, example: '510600' })
  parentCode: string | null;
  @ApiProperty({ example: 1, description: 'Plans in this region and the regions under it; 0 when there are none' })
  planCount: number;
}

export const RegionPage = PageOf(RegionView);
export type RegionPage = InstanceType<typeof RegionPage>;

export class RegionDetailView extends RegionView {
  @ApiProperty({ type: [RegionView], description: 'The regions above this one, nearest first' })
  ancestors: RegionView[];
}
