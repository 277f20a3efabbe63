import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { ProjectFilters } from '@tracker/projects';
import { GROUPINGS, type Grouping } from '../groupings';

/** The project filters of /projects: finance figures select the same projects. */
export class FinanceFilters extends ProjectFilters {}

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

  @ApiPropertyOptional({ example: '510604', description: 'A region and the regions under it (a city includes its counties)' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit division code' })
  regionCode?: string;
}
