import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '@tracker/api-conventions';

export class PlanListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '510600', description: 'A region and the regions under it (a city includes its counties)' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit division code' })
  regionCode?: string;
}

export class InstitutionListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '510604', description: 'A region and the regions under it (a city includes its counties)' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit division code' })
  regionCode?: string;

  @ApiPropertyOptional({ example: 'general_hospital' })
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: 'category must be a category code such as general_hospital' })
  category?: string;

  @ApiPropertyOptional({ example: '人民医院', description: 'Substring of the name' })
  @IsOptional()
  @MaxLength(100)
  q?: string;
}

export class PlanScopedQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ example: '510604', description: 'A region and the regions under it (a city includes its counties)' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit division code' })
  regionCode?: string;
}

export const REGION_LEVELS = ['province', 'city', 'district', 'county'] as const;

export class RegionListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REGION_LEVELS })
  @IsOptional()
  @IsIn(REGION_LEVELS)
  level?: (typeof REGION_LEVELS)[number];

  @ApiPropertyOptional({ example: '510600', description: 'The regions directly under this one' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'parentCode must be a 6-digit division code' })
  parentCode?: string;

  @ApiPropertyOptional({ example: '德阳', description: 'Substring of the name' })
  @IsOptional()
  @MaxLength(100)
  q?: string;
}
