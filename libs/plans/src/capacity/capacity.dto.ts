import { IsRegionCode } from '@tracker/api-conventions';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class BedCapacityQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this plan' })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ example: '510604', description: 'The plans of a region and of the regions under it (a city includes its counties)' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;
}
