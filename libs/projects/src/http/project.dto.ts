import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsDecimal, IsRegionCode, MAX_WAN, NotBlank, PageQuery, UnlessAbsent } from '@tracker/api-conventions';
import { BUILD_TYPES, PROJECT_STATUSES } from '../project.types';

const MAX_AREA = 1e10;

/** The fields a person may set on a project (never its code, plan or provenance). */
export class ProjectFieldsDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'A 专栏 program of the same plan' })
  @IsOptional()
  @IsUUID()
  programId?: string | null;

  @ApiProperty({ format: 'uuid', description: 'The institution the project builds for' })
  @IsUUID()
  institutionId: string;

  @ApiProperty({ example: '传染病区建设项目', maxLength: 300 })
  @IsString()
  @NotBlank()
  @MaxLength(300)
  name: string;

  @ApiPropertyOptional({ type: String, example: '新建县级传染病区急诊部、门诊部、医技部、病房及配套设施', maxLength: 10000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  content?: string | null;

  @ApiPropertyOptional({ enum: BUILD_TYPES, default: 'other' })
  @UnlessAbsent()
  @IsIn(BUILD_TYPES)
  buildType?: (typeof BUILD_TYPES)[number];

  @ApiPropertyOptional({ enum: PROJECT_STATUSES, default: 'planned' })
  @UnlessAbsent()
  @IsIn(PROJECT_STATUSES)
  status?: (typeof PROJECT_STATUSES)[number];

  @ApiPropertyOptional({ type: Number, example: 20, description: '亩, up to 4 decimals', nullable: true })
  @IsOptional()
  @IsDecimal(4)
  @Min(0)
  @Max(MAX_AREA)
  landMu?: number | null;

  @ApiPropertyOptional({ type: Number, example: 12000, description: '万元, up to 2 decimals', nullable: true })
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  @Max(MAX_WAN)
  investmentWan?: number | null;

  @ApiPropertyOptional({ type: Number, example: 19295.23, description: 'm², up to 2 decimals', nullable: true })
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  @Max(MAX_AREA)
  floorAreaM2?: number | null;

  @ApiPropertyOptional({ type: Number, example: 12000, nullable: true })
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  @Max(MAX_AREA)
  newBuildAreaM2?: number | null;

  @ApiPropertyOptional({ type: Number, example: 3000, nullable: true })
  @IsOptional()
  @IsDecimal(2)
  @Min(0)
  @Max(MAX_AREA)
  renovationAreaM2?: number | null;

  @ApiPropertyOptional({ type: Number, example: 100, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  beds?: number | null;

  @ApiPropertyOptional({ type: Number, example: 2021, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  startYear?: number | null;

  @ApiPropertyOptional({ type: Number, example: 2025, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  endYear?: number | null;

  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  remark?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '市重点', maxLength: 50, description: '层次: 省重点, 市重点, 县（区）重点 …' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(50)
  tier?: string | null;
}

export class CreateProjectDto extends ProjectFieldsDto {
  @ApiProperty({ format: 'uuid', description: 'The plan the project belongs to' })
  @IsUUID()
  planId: string;

  @ApiPropertyOptional({ example: '510604-2021-2025-X-01', description: 'Stable code; generated when omitted', maxLength: 80 })
  @UnlessAbsent()
  @Matches(/^[A-Za-z0-9._-]{1,80}$/, { message: 'code must be 1 to 80 letters, digits, dots, dashes or underscores' })
  code?: string;
}

// skipNullProperties: false: a `null` is validated, so only the nullable fields (their own @IsOptional) may be cleared.
export class UpdateProjectDto extends PartialType(ProjectFieldsDto, { skipNullProperties: false }) {}

/** The project filters, shared by /projects and the finance figures (which must select the same projects). */
export class ProjectFilters {
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
  @IsRegionCode()
  regionCode?: string;

  @ApiPropertyOptional({ enum: PROJECT_STATUSES })
  @IsOptional()
  @IsIn(PROJECT_STATUSES)
  status?: string;

  @ApiPropertyOptional({ enum: BUILD_TYPES })
  @IsOptional()
  @IsIn(BUILD_TYPES)
  buildType?: string;

  @ApiPropertyOptional({ example: '传染病', description: 'Substring of the name or the content (Chinese as is)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ example: 2021 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  startYear?: number;
}

export class ProjectListQuery extends IntersectionType(PageQuery, ProjectFilters) {}
