import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, MaxLength } from 'class-validator';
import { PageQuery, IsRegionCode } from '@tracker/api-conventions';

export const REGION_LEVELS = ['province', 'city', 'district', 'county'] as const;

export class RegionListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REGION_LEVELS, description: '`district` and `county` are both county-level (区 / 县, 县级市, 旗)' })
  @IsOptional()
  @IsIn(REGION_LEVELS)
  level?: (typeof REGION_LEVELS)[number];

  @ApiPropertyOptional({ example: '510600', description: 'The regions directly under this one' })
  @IsOptional()
  @IsRegionCode('parentCode')
  parentCode?: string;

  @ApiPropertyOptional({ example: '罗江', description: 'Part of the name, short name or full name' })
  @IsOptional()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Only regions with at least one plan in them or under them' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  withPlans?: boolean;
}
