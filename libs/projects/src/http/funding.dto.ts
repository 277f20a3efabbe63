import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsDecimal, MAX_WAN, UnlessAbsent } from '@tracker/api-conventions';
import { FUNDING_SOURCES, FUNDING_STATUSES, type FundingSource, type FundingStatus } from '../project.types';

export class FundingLineDto {
  @ApiProperty({ enum: FUNDING_SOURCES, example: 'special_bonds', description: 'special_bonds = 地方政府专项债券' })
  @IsIn(FUNDING_SOURCES)
  source: FundingSource;

  @ApiProperty({ example: 6000, minimum: 0, description: '万元, up to 2 decimals' })
  @IsDecimal(2)
  @Min(0)
  @Max(MAX_WAN)
  amountWan: number;

  @ApiPropertyOptional({ enum: FUNDING_STATUSES, default: 'planned' })
  @UnlessAbsent()
  @IsIn(FUNDING_STATUSES)
  status?: FundingStatus;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, example: '2022年第三批专项债券' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class ReplaceFundingDto {
  @ApiProperty({ type: [FundingLineDto], maxItems: 50, description: 'The whole set: lines not sent are removed' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FundingLineDto)
  items: FundingLineDto[];
}
