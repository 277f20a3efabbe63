import { IsRegionCode } from '@tracker/api-conventions';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ProjectFilters } from '@tracker/projects';
import { GROUPINGS, type Grouping } from '../groupings';

/** The project filters of /projects: finance figures select the same projects. */
export class FinanceFilters extends ProjectFilters {}

export class TotalsQuery extends FinanceFilters {
  @ApiProperty({ enum: GROUPINGS, example: 'program', description: '`annualCategory` (新开工, 续建, 前期, 竣工) needs `year`' })
  @IsIn(GROUPINGS)
  groupBy: Grouping;

  @ApiPropertyOptional({ example: 2022, description: 'Adds the year’s planned investment (年度计划投资, from the projects’ annual plans) to every row and the total' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class ReconciliationQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ example: '510604', description: 'A region and the regions under it (a city includes its counties)' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;
}

export class PaceQuery extends FinanceFilters {
  @ApiPropertyOptional({ example: 2025, description: 'Defaults to the current year (in the plans’ time zone)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
