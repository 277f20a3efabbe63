import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsRegionCode, NotBlank, UnlessAbsent } from '@tracker/api-conventions';

export const INSTITUTION_CATEGORIES = [
  'general_hospital',
  'tcm_hospital',
  'maternal_child',
  'specialist_hospital',
  'township_health_center',
  'community_health_center',
  'village_clinic',
  'cdc',
  'public_health',
  'elderly_care',
  'childcare',
  'other',
] as const;

export class CreateInstitutionDto {
  @ApiProperty({ example: '德阳市罗江区中医医院', maxLength: 200 })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '510604', description: 'Division code of a region known to the tracker' })
  @IsRegionCode()
  regionCode: string;

  @ApiPropertyOptional({ enum: INSTITUTION_CATEGORIES, default: 'other' })
  @UnlessAbsent()
  @IsIn(INSTITUTION_CATEGORIES)
  category?: string;
}
