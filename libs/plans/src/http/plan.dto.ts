import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsRegionCode, NotBlank, PageQuery, UnlessAbsent } from '@tracker/api-conventions';

const YEAR = { min: 2000, max: 2100 };

/** The fields of a plan a person may set (never its code after creation, nor its region). */
export class PlanFieldsDto {
  @ApiProperty({ example: '德阳市罗江区2022年重点项目投资计划', maxLength: 200 })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  title: string;

  @ApiProperty({ example: 2022, minimum: YEAR.min, maximum: YEAR.max })
  @IsInt()
  @Min(YEAR.min)
  @Max(YEAR.max)
  startYear: number;

  @ApiProperty({ example: 2022, minimum: YEAR.min, maximum: YEAR.max, description: 'Equal to startYear for an annual key-project list' })
  @IsInt()
  @Min(YEAR.min)
  @Max(YEAR.max)
  endYear: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: '罗府办发〔2022〕3号', maxLength: 100 })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(100)
  documentNumber?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', example: '2022-02-15' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'issuedOn must be a date YYYY-MM-DD' })
  issuedOn?: string | null;
}

export class CreatePlanDto extends PlanFieldsDto {
  @ApiProperty({ example: '510604', description: 'A division of the catalogue (GET /regions)' })
  @IsRegionCode()
  regionCode: string;

  @ApiPropertyOptional({ example: '510604-2022-2022', description: 'Defaults to <regionCode>-<startYear>-<endYear>' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'code must be 1 to 64 letters, digits, dots, dashes or underscores' })
  code?: string;
}

export class UpdatePlanDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @UnlessAbsent()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ minimum: YEAR.min, maximum: YEAR.max })
  @UnlessAbsent()
  @IsInt()
  @Min(YEAR.min)
  @Max(YEAR.max)
  startYear?: number;

  @ApiPropertyOptional({ minimum: YEAR.min, maximum: YEAR.max })
  @UnlessAbsent()
  @IsInt()
  @Min(YEAR.min)
  @Max(YEAR.max)
  endYear?: number;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100 })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(100)
  documentNumber?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'issuedOn must be a date YYYY-MM-DD' })
  issuedOn?: string | null;
}

export class PlanListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '510600', description: 'A region and the regions under it (a city includes its counties)' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;
}

export class InstitutionListQuery extends PageQuery {
  @ApiPropertyOptional({ example: '510604', description: 'A region and the regions under it (a city includes its counties)' })
  @IsOptional()
  @IsRegionCode()
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
  @IsRegionCode()
  regionCode?: string;
}
