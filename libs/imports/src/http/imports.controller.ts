import { Controller, HttpCode, Post, Query, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsRegionCode, ProblemException, ProblemResponses, prefersChinese } from '@tracker/api-conventions';
import { actorOf, CurrentPrincipal, Roles, type Principal } from '@tracker/auth';
import { PARSER_LIMITS, PlanParseError } from '@tracker/plan-parser';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { importFile } from '../import-file';
import { ImportReportView } from './import-report.views';
import { ImportConflictError } from '../project-matcher';
import { ImportRaceError, ImportTargetError } from '../plan-importer';

class ImportQuery {
  @ApiPropertyOptional({ default: false, description: 'Preview: report exactly what the import would do, write nothing' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;

  @ApiPropertyOptional({ example: '510604-2022-2022', description: 'The plan a project list (.xlsx, .xls, .csv) is for; required for lists' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'planCode must be a plan code such as 510604-2021-2025' })
  planCode?: string;

  @ApiPropertyOptional({ example: '项目表', description: 'The sheet to read, when a workbook has several with project rows' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sheet?: string;

  @ApiPropertyOptional({ example: 2022, description: 'The year of a list’s annual figures (年度计划投资), when its title and headers do not say' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ example: '2022-05', description: 'The month a list’s progress figures (累计完成投资, 进展情况) are as of, when its title and headers do not say' })
  @IsOptional()
  @Matches(/^(20\d{2}|2100)-(0[1-9]|1[0-2])$/, { message: 'period must be a month YYYY-MM' })
  period?: string;

  @ApiPropertyOptional({ example: '511102', description: 'The division of a plan document whose title names it ambiguously (市中区)' })
  @IsOptional()
  @IsRegionCode()
  regionCode?: string;

  @ApiPropertyOptional({ default: 0, description: 'The first row of the row-by-row preview to return' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  rowOffset?: number;

  @ApiPropertyOptional({ default: 50, maximum: 500, description: 'How many rows of the row-by-row preview to return (0 for none)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(500)
  rowLimit?: number;
}

interface UploadedPlanFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}


const mib = (bytes: number) => `${bytes / (1024 * 1024)} MiB`;
@ApiTags('imports')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 409, 413, 429)
@Controller('imports')
export class ImportsController {
  constructor(private readonly dataSource: DataSource) {}

  @Post()
  @HttpCode(200)
  @Roles('admin')
  // In memory (multer's default storage): no temporary file exists to outlive the request. File names are UTF-8
  // ('2022年重点项目.xlsx'); multer would read them as Latin-1 unless told.
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: PARSER_LIMITS.maxSheetBytes, files: 1, fields: 5 }, defParamCharset: 'utf8' }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'A plan document (.txt) or a project list (.xlsx, .xls, .csv)' } },
    },
  })
  @ApiOperation({
    summary: 'Import a plan document or a project list (admin)',
    description:
      'All or nothing, in one transaction. A plan document (.txt, UTF-8 or GB18030) creates or updates its plan, whose ' +
      'region is recognised from the title in the division catalogue. A project list (.xlsx, .xls, .csv; `planCode` ' +
      'required) is read by the meaning of its headers, with title rows, unit rows (单位：万元/亿元), two-level merged ' +
      'headers, 合计/小计 rows (reconciled) and section rows (一、续建项目) understood; every column is either read or ' +
      'listed as ignored. Rows match the plan’s projects by code, else by normalised name and institution; a row the ' +
      'tracker cannot match with certainty is refused. Only what changed is written: the same content again, from a file ' +
      'of any name, changes nothing. Errors and the summary are in Chinese and name the sheet, row and column. ' +
      `Files up to ${mib(PARSER_LIMITS.maxSheetBytes)} (documents ${mib(PARSER_LIMITS.maxBytes)}); sheets up to ${PARSER_LIMITS.maxSheetRows.toLocaleString('en-US')} rows ` +
      `in all (100,000 projects and their header rows) and ${PARSER_LIMITS.maxSheetColumns} columns.`,
  })
  @ApiOkResponse({ type: ImportReportView })
  async import(
    @UploadedFile() file: UploadedPlanFile | undefined,
    @Query() query: ImportQuery,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
  ) {
    const chinese = prefersChinese(req);
    if (!file) throw invalid(chinese, 'file', chinese ? '请以 multipart 字段“file”上传文件' : 'send the file as multipart field "file"');
    try {
      return await importFile(this.dataSource, file.buffer, file.originalname, {
        actor: actorOf(principal, req),
        dryRun: query.dryRun ?? false,
        planCode: query.planCode,
        sheet: query.sheet,
        year: query.year,
        period: query.period,
        regionCode: query.regionCode,
        rowOffset: query.rowOffset,
        rowLimit: query.rowLimit,
      });
    } catch (error) {
      if (error instanceof PlanParseError) {
        const location = error.place ? { ...error.place } : error.line ? { line: error.line } : undefined;
        throw invalid(chinese, 'file', error.message, location);
      }
      if (error instanceof ImportConflictError) throw invalid(chinese, 'file', error.message, { line: error.line });
      if (error instanceof ImportTargetError) throw invalid(chinese, error.field, error.message);
      if (error instanceof ImportRaceError) {
        throw new ProblemException(409, 'Conflict', chinese ? error.message : 'Projects changed while the import ran; nothing was written. Import again.');
      }
      throw error;
    }
  }
}

function invalid(chinese: boolean, field: string, message: string, location?: { sheet?: string; row?: number; column?: string; header?: string; line?: number }): ProblemException {
  const where = location?.row ? `${location.sheet ? `sheet ${location.sheet}, ` : ''}row ${location.row}${location.column ? `, column ${location.column}` : ''}` : location?.line ? `line ${location.line}` : null;
  const detail = chinese
    ? `文件无法导入${where ? `（${message.split('：')[0]}）` : ''}，未写入任何数据。`
    : `The file cannot be imported${where ? ` (${where})` : ''}; nothing was written.`;
  return new ProblemException(400, 'Bad Request', detail, [{ field, message, ...(location ? { location } : {}) }]);
}
