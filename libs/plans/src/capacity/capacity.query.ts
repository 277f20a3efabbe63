import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';

export class BedCapacityQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this plan' })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ example: '510604', description: 'The plans of a region and of the regions under it (a city includes its counties)' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit division code' })
  regionCode?: string;
}
