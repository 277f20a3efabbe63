import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '@tracker/api-conventions';

export class PlanListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '510604', description: 'Plans of this region (division code)' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit division code' })
  regionCode?: string;
}

export class InstitutionListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '510604' })
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

  @ApiPropertyOptional({ example: '510604' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit division code' })
  regionCode?: string;
}
