import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { BUILD_TYPES, PROJECT_STATUSES } from '@tracker/projects';
import { GROUPINGS, type Grouping } from '../groupings';

/** The project filters of /projects, applied to finance figures. */
export class FinanceFilters {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  institutionId?: string;

  @ApiPropertyOptional({ example: '510604', description: 'A region and the regions under it (a city includes its counties)' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit division code' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: PROJECT_STATUSES })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: string;

  @ApiPropertyOptional({ enum: BUILD_TYPES })
  @IsOptional()
  @IsIn(BUILD_TYPES)
  buildType?: string;

  @ApiPropertyOptional({ example: 2021 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  startYear?: number;

  @ApiPropertyOptional({ example: '医院', description: 'Substring of the project name or content' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class TotalsQuery extends FinanceFilters {
  @ApiProperty({ enum: GROUPINGS, example: 'program' })
  @IsIn(GROUPINGS)
  groupBy: Grouping;
}

export class ReconciliationQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ example: '510604' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit division code' })
  regionCode?: string;
}
