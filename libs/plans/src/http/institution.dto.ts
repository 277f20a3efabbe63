import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { UnlessAbsent } from '@tracker/api-conventions';

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
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '510604', description: 'Division code of a region known to the tracker' })
  @Matches(/^\d{6}$/, { message: 'regionCode must be a 6-digit division code' })
  regionCode: string;

  @ApiPropertyOptional({ enum: INSTITUTION_CATEGORIES, default: 'other' })
  @UnlessAbsent()
  @IsIn(INSTITUTION_CATEGORIES)
  category?: string;
}
